package io.annolab.cli.commands;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import io.annolab.cli.Arguments;
import io.annolab.cli.Cli;
import io.annolab.cli.Command;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.FormatDetection;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.store.ProjectSession;
import io.annolab.core.api.store.ProjectStore;
import io.annolab.model.Annotation;
import io.annolab.model.DatasetItem;
import io.annolab.model.Job;
import io.annolab.model.Label;
import io.annolab.model.Project;
import io.annolab.model.Shape;
import io.annolab.model.Task;

/** {@code annolab info PATH}: what a project or a dataset holds. */
public class InfoCommand implements Command {

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String summary() {
        return "show what an Annolab project or a dataset holds";
    }

    @Override
    public String help() {
        return """
                Usage: annolab info PATH [-if FORMAT]

                For an Annolab project folder: its labels, tasks and jobs with annotation counts.
                For a dataset: its format (detected unless -if is given), items, subsets, labels and
                annotation counts by type.
                """;
    }

    @Override
    public Map<String, String> valuedOptions() {
        return Map.of("-if", "input-format", "--input-format", "input-format");
    }

    @Override
    public int run(Arguments arguments, Cli cli) throws Exception {
        arguments.expectPositional(1, 1, "the PATH of a project or dataset");
        Path path = Path.of(arguments.positional().get(0));
        if (ProjectStore.isProject(path)) {
            projectInfo(path, cli);
        } else {
            datasetInfo(path, arguments.option("input-format"), cli);
        }
        return Cli.OK;
    }

    private static void projectInfo(Path folder, Cli cli) throws Exception {
        try (ProjectSession session = ProjectStore.open(folder)) {
            Project project = session.project();
            cli.out().println("project: " + project.getName());
            cli.out().println("labels: " + project.getLabels().size());
            for (Label label : project.getLabels()) {
                cli.out().println("  " + label.getName() + " (" + label.getType().getLiteral() + ", " + label.getColor() + ")"
                        + (label.getSublabels().isEmpty() ? "" : " points: " + label.getSublabels().stream().map(Label::getName).toList()));
            }
            cli.out().println("tasks: " + project.getTasks().size());
            for (Task task : project.getTasks()) {
                cli.out().println("  task " + task.getId() + " '" + task.getName() + "': " + task.getMode().getLiteral() + ", "
                        + task.getMedia().size() + " frames" + (task.getSubset().isEmpty() ? "" : ", subset " + task.getSubset()));
                for (Job job : task.getJobs()) {
                    String state = session.isAvailable(job) ? job.getAnnotations().size() + " annotations"
                            : "UNAVAILABLE: " + session.unavailableJobs().get(job).getMessage();
                    cli.out().println("    job " + job.getId() + ": frames " + job.getStartFrame() + "-" + job.getStopFrame() + ", "
                            + job.getStage().getLiteral() + ", " + job.getState().getLiteral() + ", " + state);
                }
            }
        }
    }

    private static void datasetInfo(Path path, String format, Cli cli) throws Exception {
        String formatId = format != null ? format : new FormatDetection().detect(path);
        Map<String, Integer> subsets = new TreeMap<>();
        Map<String, Integer> types = new TreeMap<>();
        long items = 0;
        try (DatasetSource source = new Conversion().importer(formatId).open(path, FormatOptions.NONE);
                ItemCursor cursor = source.items()) {
            for (DatasetItem item = cursor.next(); item != null; item = cursor.next()) {
                items++;
                subsets.merge(item.getSubset(), 1, Integer::sum);
                for (Annotation annotation : item.getAnnotations()) {
                    String type = annotation instanceof Shape shape ? shape.getType().getLiteral() : annotation.eClass().getName().toLowerCase();
                    types.merge(type, 1, Integer::sum);
                }
            }
            cli.out().println("format: " + formatId);
            cli.out().println("items: " + items);
            cli.out().println("subsets: " + subsets);
            cli.out().println("labels: " + source.header().getLabels().stream().map(Label::getName).toList());
            cli.out().println("annotations: " + (types.isEmpty() ? "none" : types));
        }
    }
}
