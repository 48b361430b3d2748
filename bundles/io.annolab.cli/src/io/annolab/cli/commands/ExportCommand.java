package io.annolab.cli.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.annolab.cli.Arguments;
import io.annolab.cli.Cli;
import io.annolab.cli.Command;
import io.annolab.cli.UsageException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ProjectDatasets;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.store.ProjectSession;
import io.annolab.core.api.store.ProjectStore;
import io.annolab.model.Task;

/** {@code annolab export -p PROJECT -f FORMAT -o PATH [--task ID]}: a project (or one task) as a dataset. */
public class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "export a project or one of its tasks to a dataset format";
    }

    @Override
    public String help() {
        return """
                Usage: annolab export -p PROJECT -f FORMAT -o PATH [--task ID] [-- EXPORT_OPTIONS]

                  -p, --project DIR           the Annolab project folder
                  -f, --output-format FORMAT  the format to write (see 'annolab formats')
                  -o, --output-dir PATH       where to write; must not exist or be an empty folder
                  --task ID                   only this task (default: every task, one item per frame)
                """;
    }

    @Override
    public Map<String, String> valuedOptions() {
        return Map.of("-p", "project", "--project", "project", "-f", "output-format", "--output-format", "output-format",
                "-o", "output", "--output-dir", "output", "--task", "task");
    }

    @Override
    public int run(Arguments arguments, Cli cli) throws Exception {
        arguments.expectPositional(0, 0, "");
        Path folder = Path.of(arguments.required("project", "the project folder (-p DIR)"));
        String format = arguments.required("output-format", "the output format (-f FORMAT)");
        Path output = Path.of(arguments.required("output", "the output folder (-o PATH)"));
        DatasetExporter exporter = new Conversion().exporter(format);
        FormatOptions options = arguments.formatOptions(exporter.options());
        try (ProjectSession session = ProjectStore.open(folder)) {
            List<Task> tasks = List.of();
            if (arguments.option("task") != null) {
                int id = Integer.parseInt(arguments.option("task"));
                tasks = List.of(session.project().getTasks().stream().filter(t -> t.getId() == id).findFirst()
                        .orElseThrow(() -> new UsageException("the project has no task " + id)));
            }
            ExportReport report = new ExportReport();
            DatasetSource source = ProjectDatasets.export(session.project(), folder, tasks, report);
            exporter.export(source, output, options, report, cli.progress());
            cli.out().println("exported to " + format + ": " + report.summaryLine());
        }
        return Cli.OK;
    }
}
