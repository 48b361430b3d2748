package io.annolab.core.api.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.annolab.core.api.dataset.DatasetSource;

/** Reads a dataset format. */
public interface DatasetImporter {

    /** Detection confidences, as in Datumaro: the highest answer wins. */
    int NONE = 0;
    int LOW = 10;
    int MEDIUM = 50;
    int HIGH = 100;

    /**
     * How sure this importer is that {@code path} holds its format, from {@link #NONE} to
     * {@link #HIGH}. Must be cheap: read names and headers, never whole files.
     */
    int detect(Path path) throws IOException;

    /** Opens the dataset for streaming. Errors name the file (and line) that is wrong. */
    DatasetSource open(Path path, FormatOptions options) throws IOException;

    /** The options {@link #open} understands. */
    default List<FormatOption> options() {
        return List.of();
    }
}
