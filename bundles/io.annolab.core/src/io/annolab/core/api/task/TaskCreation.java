package io.annolab.core.api.task;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.image.ImageFiles;
import io.annolab.core.api.image.ImageHeaders;
import io.annolab.core.api.image.ImageSize;
import io.annolab.core.api.io.Folders;
import io.annolab.core.api.store.ProjectMedia;
import io.annolab.core.api.store.ProjectSession;
import io.annolab.model.Job;
import io.annolab.model.JobStage;
import io.annolab.model.JobState;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;
import io.annolab.model.Task;
import io.annolab.model.TaskMode;

/**
 * Makes a task from a {@link TaskPlan}: copies the images into the project (as an import does,
 * see {@link ProjectMedia}), reads their sizes from the headers, cuts the frames into jobs and
 * saves. A video is copied once and the task gets one media per chosen frame, naming the video and
 * the frame's index in it, in interpolation mode (tracks), as CVAT makes video tasks. The task joins the project only once everything is copied, so cancelling or failing
 * leaves neither a partial task nor its copied files.
 */
public final class TaskCreation {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private TaskCreation() {
    }

    /**
     * Creates the task, saves the project and returns the task. The jobs get their ids from the
     * store when it saves. Throws {@link OperationCanceledException} when cancelled.
     *
     * @param subset "Train", "Test", "Validation", a custom name, or empty for none
     */
    public static Task create(ProjectSession session, TaskPlan plan, String name, String subset, IProgressMonitor monitor)
            throws IOException {
        return create(session, plan, name, subset, monitor, Runnable::run);
    }

    /**
     * As {@link #create(ProjectSession, TaskPlan, String, String, IProgressMonitor)}, with the
     * media copied on the calling thread and the task attached to the project and saved on
     * {@code modelThread}: a workbench passes its UI thread, where the model is edited, so the
     * project is never changed or written while an editor changes it.
     */
    public static Task create(ProjectSession session, TaskPlan plan, String name, String subset, IProgressMonitor monitor,
            java.util.concurrent.Executor modelThread) throws IOException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Give the task a name");
        }
        List<MediaSource> frames = plan.frames();
        List<FrameRange> ranges = Segments.split(frames.size(), plan.segmentSize(), plan.overlap());
        SubMonitor progress = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor,
                "Creating task '" + name + "'", frames.size() + 1);
        Path projectFolder = session.folder();
        ProjectMedia projectMedia = ProjectMedia.forNewTask(projectFolder, name);
        boolean done = false;
        try {
            Task task = F.createTask();
            task.setName(name.strip());
            task.setSubset(subset == null ? "" : subset.strip());
            task.setMode(plan.isVideo() ? TaskMode.INTERPOLATION : TaskMode.ANNOTATION);
            task.setSorting(plan.sorting());
            task.setStartFrame(plan.startFrame());
            task.setStopFrame(plan.stopFrame());
            task.setFrameStep(plan.frameStep());
            task.setSegmentSize(plan.segmentSize());
            task.setOverlap(plan.overlap());
            Set<String> usedIds = new HashSet<>();
            Map<Path, String> copiedVideos = new HashMap<>();
            try (projectMedia) {
                for (MediaSource source : frames) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    progress.subTask(source.name());
                    task.getMedia().add(source.isVideoFrame()
                            ? videoFrame(source, copiedVideos, usedIds, projectMedia)
                            : copy(source, uniqueId(source.name(), usedIds), projectMedia, projectFolder));
                    progress.worked(1);
                }
            }
            for (FrameRange range : ranges) {
                Job job = F.createJob();
                job.setStartFrame(range.start());
                job.setStopFrame(range.stop());
                job.setStage(JobStage.ANNOTATION);
                job.setState(JobState.NEW);
                task.getJobs().add(job);
            }
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask("Saving the project");
            Exception[] failure = new Exception[1];
            modelThread.execute(() -> {
                session.project().getTasks().add(task);
                try {
                    session.markProjectDirty();
                    task.getJobs().forEach(session::markDirty); // each job gets its (empty) annotation file
                    session.save();
                } catch (IOException | RuntimeException e) {
                    session.project().getTasks().remove(task);
                    session.markProjectDirty(); // the next save writes the project without it
                    failure[0] = e;
                }
            });
            if (failure[0] instanceof IOException e) {
                throw e;
            }
            if (failure[0] instanceof RuntimeException e) {
                throw e;
            }
            progress.worked(1);
            done = true;
            return task;
        } finally {
            if (!done) {
                try {
                    Folders.deleteTree(projectMedia.folder());
                } catch (IOException e) {
                    // the cancel or the first error is what the user needs to hear about
                }
            }
        }
    }

    private static Media copy(MediaSource source, String id, ProjectMedia projectMedia, Path projectFolder) throws IOException {
        Media media = F.createMedia();
        media.setType(MediaType.IMAGE);
        media.setPath(source.mediaPath());
        if (!projectMedia.adopt(media, id)) {
            throw new AnnolabException("the image could not be copied into the project (it is missing)", source.file(),
                    "Check that the file still exists, then try again");
        }
        Path copied = projectFolder.resolve(media.getPath());
        ImageSize size = ImageHeaders.readSize(copied);
        if (size != null) { // a format whose header we do not parse: the viewer learns the size when it decodes
            media.setWidth(size.width());
            media.setHeight(size.height());
        }
        return media;
    }

    /** A frame of a video; the first frame of a video copies the file into the project, the others share the copy. */
    private static Media videoFrame(MediaSource source, Map<Path, String> copiedVideos, Set<String> usedIds,
            ProjectMedia projectMedia) throws IOException {
        String copied = copiedVideos.get(source.file());
        if (copied == null) {
            Media video = F.createMedia();
            video.setPath(source.file().toString());
            if (!projectMedia.adopt(video, uniqueId(source.file().getFileName().toString(), usedIds))) {
                throw new AnnolabException("the video could not be copied into the project (it is missing)", source.file(),
                        "Check that the file still exists, then try again");
            }
            copied = video.getPath();
            copiedVideos.put(source.file(), copied);
        }
        Media media = F.createMedia();
        media.setType(MediaType.VIDEO_FRAME);
        media.setPath(copied);
        media.setFrame(source.videoFrame());
        media.setWidth(source.video().width());
        media.setHeight(source.video().height());
        return media;
    }

    /** The copy's name: the source's relative path without extension, made unique (case-insensitively, for Windows and macOS). */
    private static String uniqueId(String name, Set<String> used) {
        String base = ImageFiles.stripExtension(name).replaceAll("[^A-Za-z0-9._/-]+", "_").replaceAll("(^|/)\\.+", "$1_");
        if (base.isEmpty() || base.endsWith("/")) {
            base = base + "image";
        }
        String id = base;
        for (int n = 2; !used.add(id.toLowerCase(Locale.ROOT)); n++) {
            id = base + "_" + n;
        }
        return id;
    }
}
