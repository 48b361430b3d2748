package io.annolab.ui.project;

import java.nio.file.Path;

import io.annolab.model.Project;

/**
 * A project the workbench has open: its folder, its model and whatever must be closed when
 * the workbench lets go of it (the store's session).
 */
public record OpenProject(Path folder, Project project, AutoCloseable session) implements AutoCloseable {

    @Override
    public void close() throws Exception {
        session.close();
    }
}
