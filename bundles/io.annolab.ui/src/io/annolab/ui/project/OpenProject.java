package io.annolab.ui.project;

import java.nio.file.Path;
import java.util.Map;

import io.annolab.core.api.store.ProjectSession;
import io.annolab.model.Job;
import io.annolab.model.Project;

/**
 * A project the workbench has open: its folder, its model, the jobs whose files could not be
 * read (with a short reason) and whatever must be closed when the workbench lets go of it.
 */
public record OpenProject(Path folder, Project project, Map<Job, String> unavailableJobs, ProjectSession session)
        implements AutoCloseable {

    @Override
    public void close() throws Exception {
        session.close();
    }
}
