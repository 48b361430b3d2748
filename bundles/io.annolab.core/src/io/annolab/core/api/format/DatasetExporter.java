package io.annolab.core.api.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.annolab.core.api.dataset.DatasetSource;

/** Writes a dataset format. */
public interface DatasetExporter {

    /**
     * Writes {@code source} to {@code target}. What the format cannot hold is converted or
     * recorded in {@code report}, never dropped silently. On failure or cancellation nothing is
     * left at {@code target} (write to a staging place and move it there at the end).
     */
    void export(DatasetSource source, Path target, FormatOptions options, ExportReport report, IProgressMonitor monitor)
            throws IOException;

    /** The options {@link #export} understands. */
    default List<FormatOption> options() {
        return List.of();
    }
}
