package io.annolab.cli.commands;

import java.nio.file.Path;
import java.util.Map;

import io.annolab.cli.Arguments;
import io.annolab.cli.Cli;
import io.annolab.cli.Command;
import io.annolab.cli.UsageException;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.FormatDetection;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.launch.LoadedModel;
import io.annolab.inference.api.DescriptorReader;
import io.annolab.inference.api.ModelDescriptor;
import io.annolab.inference.api.Models;
import io.annolab.inference.run.AutoAnnotation;
import io.annolab.inference.run.VideoSource;

/** {@code annolab infer --model DESCRIPTOR -i INPUT [-if FORMAT] -f FORMAT -o OUTPUT [--threshold T]}. */
public class InferCommand implements Command {

    @Override
    public String name() {
        return "infer";
    }

    @Override
    public String summary() {
        return "run a model over a dataset, a folder of images or a video, and write its predictions";
    }

    @Override
    public String help() {
        return """
                Usage: annolab infer --model DESCRIPTOR -i INPUT [-if INPUT_FORMAT] -f OUTPUT_FORMAT -o OUTPUT
                                     [--threshold T] [--keep-annotations] [--polygons] [-- EXPORT_OPTIONS]

                  -m,  --model DESCRIPTOR      the model's descriptor file (JSON: family, model file, input,
                                               labels, thresholds; see the README's 'Models' section)
                  -i,  --input PATH            a dataset in any readable format, a folder of images or a video
                  -if, --input-format FORMAT   its format; detected when left out (videos need none)
                  -f,  --output-format FORMAT  the format to write the predictions in (see 'annolab formats')
                  -o,  --output-dir PATH       where to write; must not exist or be an empty folder
                  --threshold T                the lowest score kept, in [0, 1] (default: the descriptor's)
                  --keep-annotations           keep the input's annotations beside the predictions
                  --polygons                   write masks as polygons (the outline of each mask)
                  --   EXPORT_OPTIONS          options of the output format

                Decoding, the model and writing run at the same time on their own threads. The predictions
                replace the input's annotations unless --keep-annotations; model labels join the dataset's
                labels by name. Nothing is left at OUTPUT if the run fails or is cancelled.
                """;
    }

    @Override
    public Map<String, String> valuedOptions() {
        return Map.ofEntries(Map.entry("-m", "model"), Map.entry("--model", "model"), Map.entry("-i", "input"),
                Map.entry("--input", "input"), Map.entry("-if", "input-format"), Map.entry("--input-format", "input-format"),
                Map.entry("-o", "output"), Map.entry("--output-dir", "output"), Map.entry("-f", "output-format"),
                Map.entry("--output-format", "output-format"), Map.entry("--threshold", "threshold"));
    }

    @Override
    public Map<String, String> flagOptions() {
        return Map.of("--keep-annotations", "keep-annotations", "--polygons", "polygons");
    }

    @Override
    public int run(Arguments arguments, Cli cli) throws Exception {
        arguments.expectPositional(0, 0, "");
        Path descriptorFile = Path.of(arguments.required("model", "the model descriptor (--model DESCRIPTOR)"));
        Path input = Path.of(arguments.required("input", "the input (-i PATH)"));
        Path output = Path.of(arguments.required("output", "the output folder (-o PATH)"));
        String outputFormat = arguments.required("output-format", "the output format (-f FORMAT)");
        ModelDescriptor descriptor = new DescriptorReader().read(descriptorFile);
        String threshold = arguments.option("threshold");
        if (threshold != null) {
            descriptor = descriptor.withScoreThreshold(threshold(threshold));
        }
        String inputFormat = arguments.option("input-format");
        if (inputFormat == null && !VideoSource.isVideo(input)) {
            inputFormat = new FormatDetection().detect(input);
            cli.err().println("detected input format: " + inputFormat);
        }
        Conversion formats = new Conversion();
        FormatOptions exportOptions = arguments.formatOptions(formats.exporter(outputFormat).options());
        try (LoadedModel model = Models.load(descriptor)) {
            long start = System.nanoTime(); // after loading: the rate is the run's, comparable with the model's own
            var settings = new AutoAnnotation.Settings(arguments.flag("keep-annotations"), arguments.flag("polygons"));
            AutoAnnotation.Result result = new AutoAnnotation(formats).run(model, inputFormat, input, outputFormat, output,
                    exportOptions, settings, cli.progress());
            double seconds = (System.nanoTime() - start) / 1e9;
            cli.out().printf("%s on %d items: %d predictions in %.1f s (%.1f items/s) -> %s: %s%n", descriptor.name(),
                    result.items(), result.predictions(), seconds, result.items() / seconds, outputFormat,
                    result.report().summaryLine());
        }
        return Cli.OK;
    }

    private static float threshold(String text) throws UsageException {
        try {
            float value = Float.parseFloat(text);
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--threshold must be a number in [0, 1], was '" + text + "'");
    }
}
