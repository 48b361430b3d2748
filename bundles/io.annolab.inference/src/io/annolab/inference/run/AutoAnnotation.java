package io.annolab.inference.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.launch.LoadedModel;

/**
 * Runs a model over a whole dataset (any importable format, or a video) and writes the
 * predictions with any exporter: the headless {@code annolab infer}. The exporter stages its
 * output, so a failure or a cancel leaves nothing behind.
 */
public final class AutoAnnotation {

    /** Model labels that mean "nothing here" and are never written. */
    public static final List<String> BACKGROUND = List.of("background", "__background__");

    private final Conversion formats;

    public AutoAnnotation() {
        this(new Conversion());
    }

    public AutoAnnotation(Conversion formats) {
        this.formats = formats;
    }

    public record Result(ExportReport report, long items, long predictions) {
    }

    /** What to do with the input's own annotations and with masks. */
    public record Settings(boolean keepAnnotations, boolean masksToPolygons) {
        public static final Settings DEFAULT = new Settings(false, false);
    }

    /** {@code inputFormat} may be null for a video file. */
    public Result run(LoadedModel model, String inputFormat, Path input, String outputFormat, Path output,
            FormatOptions exportOptions, IProgressMonitor monitor) throws IOException {
        return run(model, inputFormat, input, outputFormat, output, exportOptions, Settings.DEFAULT, monitor);
    }

    public Result run(LoadedModel model, String inputFormat, Path input, String outputFormat, Path output,
            FormatOptions exportOptions, Settings settings, IProgressMonitor monitor) throws IOException {
        DatasetExporter exporter = formats.exporter(outputFormat);
        ExportReport report = new ExportReport();
        try (DatasetSource source = inputFormat == null ? VideoSource.open(input)
                : formats.importer(inputFormat).open(input, FormatOptions.NONE)) {
            LabelMapping labels = new LabelMapping(model.labels(), source.header(), BACKGROUND);
            PredictionPipeline pipeline = new PredictionPipeline(model, labels, settings.keepAnnotations())
                    .masksToPolygons(settings.masksToPolygons());
            exporter.export(pipeline.over(source), output, exportOptions, report, monitor);
            return new Result(report, report.items(), pipeline.predictions());
        }
    }
}
