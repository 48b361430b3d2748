package io.annolab.cli.commands;

import java.nio.file.Path;
import java.util.Map;

import io.annolab.cli.Arguments;
import io.annolab.cli.Cli;
import io.annolab.cli.Command;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ProjectDatasets;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.FormatDetection;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.store.ProjectSession;
import io.annolab.core.api.store.ProjectStore;
import io.annolab.model.Task;

/** {@code annolab import -p PROJECT -i PATH [-if FORMAT] [-n TASK]}: a dataset becomes a new task. */
public class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "import a dataset into a project as a new task";
    }

    @Override
    public String help() {
        return """
                Usage: annolab import -p PROJECT -i PATH [-if FORMAT] [-n TASK_NAME]

                  -p, --project DIR           the Annolab project folder
                  -i, --input PATH            the dataset
                  -f, -if, --format FORMAT    its format (Datumaro's spelling is -f); detected when left out
                  -n, --name TASK_NAME        the new task's name (default: the dataset's name)

                Labels are matched by name; labels the project lacks are added to it. The media are
                copied into the project (media/<task name>/), so the project keeps working when the
                dataset is moved, and images read from an archive stay available.
                """;
    }

    @Override
    public Map<String, String> valuedOptions() {
        return Map.of("-p", "project", "--project", "project", "-i", "input", "--input", "input", "-if", "input-format",
                "--input-format", "input-format", "-f", "input-format", "--format", "input-format", "-n", "name", "--name", "name");
    }

    @Override
    public int run(Arguments arguments, Cli cli) throws Exception {
        arguments.expectPositional(0, 0, "");
        Path folder = Path.of(arguments.required("project", "the project folder (-p DIR)"));
        Path input = Path.of(arguments.required("input", "the dataset (-i PATH)"));
        String format = arguments.option("input-format") != null ? arguments.option("input-format") : new FormatDetection().detect(input);
        try (ProjectSession session = ProjectStore.open(folder);
                DatasetSource source = new Conversion().importer(format).open(input, FormatOptions.NONE)) {
            String name = arguments.option("name") != null ? arguments.option("name") : source.header().getName();
            Task task = ProjectDatasets.importAsTask(session.project(), folder, source, name);
            session.markProjectDirty();
            task.getJobs().forEach(session::markDirty);
            session.save();
            long annotations = task.getJobs().stream().mapToLong(j -> j.getAnnotations().size()).sum();
            cli.out().println("imported " + format + " as task " + task.getId() + " '" + task.getName() + "': "
                    + task.getMedia().size() + " frames, " + annotations + " annotations");
        }
        return Cli.OK;
    }
}
