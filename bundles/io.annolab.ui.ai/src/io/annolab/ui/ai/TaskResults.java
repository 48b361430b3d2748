package io.annolab.ui.ai;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import io.annolab.core.api.store.ProjectSession;
import io.annolab.model.Job;
import io.annolab.model.Shape;
import io.annolab.model.Task;
import io.annolab.ui.editor.parts.JobEditorPart;
import io.annolab.ui.editor.session.AnnotationEdits;
import io.annolab.ui.editor.session.EditorSession;

/**
 * Puts what a run over a whole task found into the task's jobs: each frame's shapes go to the
 * first job holding that frame. A job open in an editor gets them through that editor (one undo
 * there); a job not open gets them in the model directly and is marked for the next save.
 */
final class TaskResults {

    private final Task task;
    private final ProjectSession project;
    private final EPartService parts;

    TaskResults(Task task, ProjectSession project, EPartService parts) {
        this.task = task;
        this.project = project;
        this.parts = parts;
    }

    /** All frames of the task that are not deleted. */
    static List<Integer> frames(Task task) {
        List<Integer> frames = new ArrayList<>();
        for (int frame = 0; frame < task.getMedia().size(); frame++) {
            if (!task.getMedia().get(frame).isDeleted()) {
                frames.add(frame);
            }
        }
        return frames;
    }

    void apply(List<Shape> found, Set<Integer> cleanFrames) {
        Map<Job, List<Shape>> byJob = new LinkedHashMap<>();
        for (Shape shape : found) {
            Job job = jobOf(shape.getFrame());
            if (job != null) {
                byJob.computeIfAbsent(job, j -> new ArrayList<>()).add(shape);
            }
        }
        for (Job job : task.getJobs()) {
            Set<Integer> clean = new HashSet<>();
            for (int frame : cleanFrames) {
                if (jobOf(frame) == job) {
                    clean.add(frame);
                }
            }
            List<Shape> shapes = byJob.getOrDefault(job, List.of());
            if (shapes.isEmpty() && clean.isEmpty()) {
                continue;
            }
            EditorSession open = openSession(job);
            if (open != null) {
                new AnnotationEdits(open).addFound(shapes, clean);
            } else {
                addDirectly(job, shapes, clean);
            }
        }
    }

    private Job jobOf(int frame) {
        return task.getJobs().stream().filter(j -> j.getStartFrame() <= frame && frame <= j.getStopFrame()).findFirst().orElse(null);
    }

    private EditorSession openSession(Job job) {
        if (parts == null) {
            return null;
        }
        for (MPart part : parts.getParts()) {
            if (JobEditorPart.DESCRIPTOR_ID.equals(part.getElementId()) && part.getTransientData().get(JobEditorPart.JOB_KEY) == job
                    && part.getObject() instanceof JobEditorPart editor && editor.session() != null) {
                return editor.session();
            }
        }
        return null;
    }

    private void addDirectly(Job job, List<Shape> shapes, Set<Integer> clean) {
        job.getAnnotations().removeIf(a -> clean.contains(a.getFrame()));
        long id = EditorSession.nextAnnotationId(task); // unique across the task's jobs, as the editor's ids
        for (Shape shape : shapes) {
            shape.setId(id++);
        }
        job.getAnnotations().addAll(shapes);
        project.markDirty(job);
    }
}
