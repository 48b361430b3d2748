package io.annolab.core.api.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.internal.store.JobLock;
import io.annolab.core.internal.store.ProjectFiles;
import io.annolab.core.internal.store.ProjectIds;
import io.annolab.model.Job;
import io.annolab.model.Project;
import io.annolab.model.Task;

/**
 * An open project: its model, which parts changed since the last save, and the locks on the
 * job files this session writes. Close it to release the locks.
 */
public final class ProjectSession implements AutoCloseable {

    private final Path folder;
    private final Project project;
    private final Map<Job, AnnolabException> unavailableJobs;
    private final Set<Job> dirtyJobs = new LinkedHashSet<>();
    /** Held write locks, by job (or by the project itself for the project file). */
    private final Map<Object, JobLock> locks = new HashMap<>();
    private boolean projectDirty;

    ProjectSession(Path folder, Project project, Map<Job, AnnolabException> unavailableJobs) {
        this.folder = folder;
        this.project = project;
        this.unavailableJobs = Map.copyOf(unavailableJobs);
    }

    public Path folder() {
        return folder;
    }

    public Project project() {
        return project;
    }

    /** Jobs whose annotation file could not be read, with the reason; they cannot be edited or saved. */
    public Map<Job, AnnolabException> unavailableJobs() {
        return unavailableJobs;
    }

    public boolean isAvailable(Job job) {
        return !unavailableJobs.containsKey(job);
    }

    /** Records that a job's annotations changed, so the next save writes its file. */
    public synchronized void markDirty(Job job) {
        dirtyJobs.add(job);
    }

    /** Records that the project file's part (labels, tasks, media, job settings) changed. */
    public synchronized void markProjectDirty() {
        projectDirty = true;
    }

    synchronized void markAllDirty() {
        projectDirty = true;
        for (Task task : project.getTasks()) {
            dirtyJobs.addAll(task.getJobs());
        }
    }

    public synchronized boolean isDirty() {
        return projectDirty || !dirtyJobs.isEmpty();
    }

    public synchronized Set<Job> dirtyJobs() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(dirtyJobs));
    }

    /**
     * Marks the job dirty on every change inside it from now on (for jobs open in an editor;
     * costs one adapter per object, so it is not done for every job).
     */
    public void watch(Job job) {
        job.eAdapters().add(new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                if (!notification.isTouch()) {
                    markDirty(job);
                }
            }
        });
    }

    /**
     * Takes the write lock of a job: while held, no other Annolab (or other session) can save
     * it. Saving takes it too. An error names who holds it.
     */
    public synchronized void lock(Job job) throws AnnolabException {
        if (!locks.containsKey(job)) {
            locks.put(job, JobLock.acquire(ProjectFiles.lockFile(folder, job), "job " + job.getId()));
        }
    }

    /**
     * Writes what changed: the project file if its part changed, and each changed job's file,
     * each atomically. Returns the files written.
     */
    public synchronized List<Path> save() throws IOException {
        // Ids first: lock and job files are named by job id.
        if (ProjectIds.assignMissing(project)) {
            projectDirty = true;
        }
        for (Job job : dirtyJobs) {
            if (!isAvailable(job)) {
                throw new AnnolabException("job " + job.getId() + " could not be read when the project was opened, so it is not saved",
                        ProjectFiles.jobFile(folder, job), "Fix or restore that file, then reopen the project");
            }
            lock(job);
        }
        List<Path> written = new ArrayList<>();
        if (projectDirty) {
            if (!locks.containsKey(project)) {
                locks.put(project, JobLock.acquire(ProjectFiles.projectLockFile(folder), "the project file"));
            }
            written.add(ProjectFiles.writeProject(folder, project));
            projectDirty = false;
        }
        for (Job job : List.copyOf(dirtyJobs)) {
            written.add(ProjectFiles.writeJob(folder, job));
            dirtyJobs.remove(job);
        }
        return written;
    }

    @Override
    public synchronized void close() {
        locks.values().forEach(JobLock::release);
        locks.clear();
    }
}
