package io.annolab.core.api.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.internal.store.ProjectFiles;
import io.annolab.model.Project;

/**
 * A project is a folder: a small project file ({@value #PROJECT_FILE}: labels, tasks, media,
 * job settings) and one annotation file per job under {@code jobs/}, so that saving touches only
 * the jobs that changed and two annotators sharing the folder never write the same file.
 */
public final class ProjectStore {

    public static final String PROJECT_FILE = "annolab-project.json";
    public static final String JOBS_FOLDER = "jobs";

    private ProjectStore() {
    }

    /** Whether {@code folder} holds a project. */
    public static boolean isProject(Path folder) {
        return Files.isRegularFile(folder.resolve(PROJECT_FILE));
    }

    /** Writes a new project into {@code folder} (which must not hold one yet) and opens it. */
    public static ProjectSession create(Path folder, Project project) throws IOException {
        if (isProject(folder)) {
            throw new AnnolabException("a project already exists here", folder.resolve(PROJECT_FILE),
                    "Open it instead, or choose another folder");
        }
        Files.createDirectories(folder.resolve(JOBS_FOLDER));
        ProjectSession session = new ProjectSession(folder, project, java.util.Map.of());
        session.markAllDirty();
        session.save();
        return session;
    }

    /**
     * Opens the project in {@code folder}. A damaged or missing job file does not stop the
     * others from opening: it is listed in {@link ProjectSession#unavailableJobs()}.
     */
    public static ProjectSession open(Path folder) throws IOException {
        Path projectFile = folder.resolve(PROJECT_FILE);
        if (!Files.isRegularFile(projectFile)) {
            throw new AnnolabException("this folder holds no Annolab project (" + PROJECT_FILE + " is missing)", folder,
                    "Choose the project's folder, or create a project with 'annolab create'");
        }
        ProjectFiles.Loaded loaded = ProjectFiles.load(folder);
        return new ProjectSession(folder, loaded.project(), loaded.unavailableJobs());
    }
}
