package io.annolab.ui.explorer;

import io.annolab.model.Job;
import io.annolab.model.JobType;
import io.annolab.model.Label;
import io.annolab.model.Project;
import io.annolab.model.Task;

/**
 * What the explorer says about each node: a name, then details shown greyed. Kept apart from
 * SWT so the wording is easy to test and reuse (tooltips, status line).
 */
public final class ExplorerTexts {

    private ExplorerTexts() {
    }

    public static String name(Object element) {
        return switch (element) {
            case Project project -> blankAs(project.getName(), "(unnamed project)");
            case ExplorerGroup group -> group.kind().title();
            case Label label -> blankAs(label.getName(), "(unnamed label)");
            case Task task -> "Task " + task.getId() + ": " + blankAs(task.getName(), "(unnamed)");
            case Job job -> jobText(job);
            default -> String.valueOf(element);
        };
    }

    /** Secondary facts, or "" when there are none. */
    public static String details(Object element) {
        return switch (element) {
            case Project project -> count(project.getTasks().size(), "task") + ", " + count(project.getLabels().size(), "label");
            case ExplorerGroup group -> String.valueOf(group.children().size());
            case Label label -> labelDetails(label);
            case Task task -> taskDetails(task);
            default -> "";
        };
    }

    /** "Job 3: frames 0–9, annotation, new" (type first only when it is not a normal annotation job). */
    static String jobText(Job job) {
        StringBuilder text = new StringBuilder("Job ").append(job.getId())
                .append(": frames ").append(job.getStartFrame()).append('\u2013').append(job.getStopFrame());
        if (job.getType() != null && job.getType() != JobType.ANNOTATION) {
            text.append(", ").append(job.getType().getLiteral().replace('_', ' '));
        }
        return text.append(", ").append(job.getStage().getLiteral())
                .append(", ").append(job.getState().getLiteral()).toString();
    }

    private static String labelDetails(Label label) {
        String text = label.getType().getLiteral() + " \u00b7 " + count(label.getAttributes().size(), "attribute");
        if (!label.getSublabels().isEmpty()) {
            text += " \u00b7 " + count(label.getSublabels().size(), "point");
        }
        return text;
    }

    private static String taskDetails(Task task) {
        StringBuilder text = new StringBuilder(task.getMode().getLiteral());
        if (task.getSubset() != null && !task.getSubset().isBlank()) {
            text.append(" \u00b7 ").append(task.getSubset());
        }
        return text.append(" \u00b7 ").append(count(task.getMedia().size(), "frame")).toString();
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String blankAs(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
