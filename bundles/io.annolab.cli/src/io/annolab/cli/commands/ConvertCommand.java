package io.annolab.cli.commands;

import java.nio.file.Path;
import java.util.Map;

import io.annolab.cli.Arguments;
import io.annolab.cli.Cli;
import io.annolab.cli.Command;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatDetection;
import io.annolab.core.api.format.FormatOptions;

/** {@code annolab convert -if FMT -i PATH -f FMT -o PATH [-- options]}, as Datumaro's {@code datum convert}. */
public class ConvertCommand implements Command {

    @Override
    public String name() {
        return "convert";
    }

    @Override
    public String summary() {
        return "convert a dataset from one format to another (streaming)";
    }

    @Override
    public String help() {
        return """
                Usage: annolab convert [-if INPUT_FORMAT] -i INPUT -f OUTPUT_FORMAT -o OUTPUT [-- EXPORT_OPTIONS]

                  -i,  --input PATH            the dataset to read
                  -if, --input-format FORMAT   its format; detected when left out (see 'annolab detect')
                  -o,  --output-dir PATH       where to write; must not exist or be an empty folder
                  -f,  --output-format FORMAT  the format to write (see 'annolab formats')
                  --   EXPORT_OPTIONS          options of the output format, e.g. -- --save-media

                Items stream from reader to writer. The last line says what was written and what the
                output format could not hold. Nothing is left at OUTPUT if the conversion fails.
                """;
    }

    @Override
    public Map<String, String> valuedOptions() {
        return Map.of("-i", "input", "--input", "input", "-if", "input-format", "--input-format", "input-format",
                "-o", "output", "--output-dir", "output", "-f", "output-format", "--output-format", "output-format");
    }

    @Override
    public int run(Arguments arguments, Cli cli) throws Exception {
        arguments.expectPositional(0, 0, "");
        Path input = Path.of(arguments.required("input", "the input dataset (-i PATH)"));
        Path output = Path.of(arguments.required("output", "the output folder (-o PATH)"));
        String outputFormat = arguments.required("output-format", "the output format (-f FORMAT)");
        String inputFormat = arguments.option("input-format");
        if (inputFormat == null) {
            inputFormat = new FormatDetection().detect(input);
            cli.err().println("detected input format: " + inputFormat);
        }
        Conversion conversion = new Conversion();
        FormatOptions exportOptions = arguments.formatOptions(conversion.exporter(outputFormat).options());
        ExportReport report = conversion.convert(inputFormat, input, FormatOptions.NONE, outputFormat, output, exportOptions,
                cli.progress());
        cli.out().println("converted " + inputFormat + " -> " + outputFormat + ": " + report.summaryLine());
        return Cli.OK;
    }
}
