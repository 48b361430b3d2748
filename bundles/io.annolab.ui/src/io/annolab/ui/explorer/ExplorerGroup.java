package io.annolab.ui.explorer;

import java.util.List;

import io.annolab.model.Project;

/** A fixed folder node under the project ("Labels", "Tasks"); it has no model object of its own. */
public record ExplorerGroup(Project project, Kind kind) {

    public enum Kind {
        LABELS("Labels"), TASKS("Tasks");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public List<?> children() {
        return kind == Kind.LABELS ? project.getLabels() : project.getTasks();
    }
}
