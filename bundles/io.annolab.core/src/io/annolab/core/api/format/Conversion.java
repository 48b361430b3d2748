package io.annolab.core.api.format;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ReadAhead;
import io.annolab.core.api.registry.Contribution;
import io.annolab.core.api.registry.Registries;
import io.annolab.core.api.registry.Registry;

/** Streams a dataset from one format's reader into another's writer. */
public final class Conversion {

    private final Registry<DatasetFormat> formats;

    public Conversion() {
        this(Registries.formats());
    }

    public Conversion(Registry<DatasetFormat> formats) {
        this.formats = formats;
    }

    public DatasetImporter importer(String formatId) throws AnnolabException {
        DatasetImporter importer = format(formatId).importer();
        if (importer == null) {
            throw new AnnolabException("format '" + formatId + "' can be written but not read", null,
                    "See 'annolab formats' for the formats that can be read");
        }
        return importer;
    }

    public DatasetExporter exporter(String formatId) throws AnnolabException {
        DatasetExporter exporter = format(formatId).exporter();
        if (exporter == null) {
            throw new AnnolabException("format '" + formatId + "' can be read but not written", null,
                    "See 'annolab formats' for the formats that can be written");
        }
        return exporter;
    }

    public DatasetFormat format(String formatId) throws AnnolabException {
        return formats.find(formatId).map(Contribution::get).orElseThrow(() -> new AnnolabException(
                "unknown format '" + formatId + "'", null, "Installed formats: "
                        + formats.contributions().stream().map(Contribution::id).toList()));
    }

    /** Reads {@code input} as {@code inputFormat} and writes it to {@code output} as {@code outputFormat}. */
    public ExportReport convert(String inputFormat, Path input, FormatOptions importOptions, String outputFormat,
            Path output, FormatOptions exportOptions, IProgressMonitor monitor) throws IOException {
        DatasetExporter exporter = exporter(outputFormat);
        ExportReport report = new ExportReport();
        try (DatasetSource source = ReadAhead.of(importer(inputFormat).open(input, importOptions))) {
            exporter.export(source, output, exportOptions, report, monitor);
        }
        return report;
    }
}
