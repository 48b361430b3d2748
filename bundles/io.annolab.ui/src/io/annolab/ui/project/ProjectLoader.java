package io.annolab.ui.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.annolab.core.api.store.ProjectSession;
import io.annolab.core.api.store.ProjectStore;
import io.annolab.model.Job;

/** Opens a project folder through the project store. Runs off the UI thread (it reads files). */
public final class ProjectLoader {

    private ProjectLoader() {
    }

    public static OpenProject open(Path folder) throws IOException {
        checkFolder(folder);
        ProjectSession session = ProjectStore.open(folder);
        Map<Job, String> unavailable = new HashMap<>();
        session.unavailableJobs().forEach((job, problem) -> unavailable.put(job, problem.getMessage()));
        return new OpenProject(folder, session.project(), unavailable, session);
    }

    /** Says "does not exist" rather than the store's "holds no project" when the folder itself is wrong. */
    static void checkFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "folder does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new NotDirectoryException(folder.toString());
        }
    }
}
