package io.annolab.core.api.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.image.ImageFiles;
import io.annolab.core.api.store.ProjectMedia;
import io.annolab.core.api.track.TrackInterpolation;
import io.annolab.model.Annotation;
import io.annolab.model.AttributeValue;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Job;
import io.annolab.model.Label;
import io.annolab.model.Media;
import io.annolab.model.ModelFactory;
import io.annolab.model.Project;
import io.annolab.model.Shape;
import io.annolab.model.Task;
import io.annolab.model.TaskMode;
import io.annolab.model.Track;

/**
 * Moves between the annotation world (project → task → job, annotations by frame) and the
 * dataset world (items with their annotations), both ways: import makes a task, export makes
 * one item per frame.
 * <p>
 * Tracks travel as per-frame shapes carrying the attribute {@code track_id} (CVAT for video and
 * MOT read this way, and CVAT for video writes tracks back from it) with their keyframe and
 * outside flags. Import rebuilds the tracks from their keyframes and outside shapes (see
 * {@link TrackBuilder}); export writes a track's shape on every frame where it is visible
 * (interpolated ones with keyframe false) and on its outside keyframes, flagged outside.
 */
public final class ProjectDatasets {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private ProjectDatasets() {
    }

    /**
     * Adds the dataset as a new task of the project, with one job holding all annotations.
     * Labels are matched by name; missing ones are added to the project. With a project folder,
     * the media are copied into it (see {@link ProjectMedia}); media whose file is missing keep
     * their path.
     */
    public static Task importAsTask(Project project, Path projectFolder, DatasetSource source, String taskName) throws IOException {
        return importAsTask(project, projectFolder, source, taskName, Runnable::run);
    }

    /**
     * As {@link #importAsTask(Project, Path, DatasetSource, String)}, reading and copying on the
     * calling thread and adding the new labels and the task to the project on {@code modelThread}
     * (a workbench's UI thread, where its editors change the model).
     */
    public static Task importAsTask(Project project, Path projectFolder, DatasetSource source, String taskName, Executor modelThread)
            throws IOException {
        try (ProjectMedia media = projectFolder == null ? null : ProjectMedia.forNewTask(projectFolder, taskName)) {
            return importAsTask(project, source, taskName, media, modelThread);
        }
    }

    /** As {@link #importAsTask(Project, Path, DatasetSource, String)}, leaving media where they are. */
    public static Task importAsTask(Project project, DatasetSource source, String taskName) throws IOException {
        return importAsTask(project, source, taskName, null, Runnable::run);
    }

    private static Task importAsTask(Project project, DatasetSource source, String taskName, ProjectMedia projectMedia, Executor modelThread)
            throws IOException {
        List<Label> added = new ArrayList<>();
        Map<Label, Label> labels = mergeLabels(project, source.header(), added);
        Task task = F.createTask();
        task.setName(taskName);
        task.setMode(TaskMode.ANNOTATION);
        Job job = F.createJob();
        List<Annotation> annotations = new ArrayList<>();
        TrackBuilder tracks = new TrackBuilder();
        String subset = null;
        int frame = 0;
        try (ItemCursor items = source.items()) {
            for (DatasetItem item = items.next(); item != null; item = items.next(), frame++) {
                Media media = item.getMedia() != null ? item.getMedia() : F.createMedia();
                if (projectMedia != null) {
                    projectMedia.adopt(media, item.getId());
                }
                task.getMedia().add(media);
                subset = subset == null ? item.getSubset() : subset;
                for (Annotation annotation : List.copyOf(item.getAnnotations())) {
                    annotation.setFrame(frame);
                    relabel(annotation, labels);
                    if (!tracks.offer(annotation)) {
                        annotations.add(annotation);
                    }
                }
            }
        }
        task.setSubset(subset == null || subset.equals("default") ? "" : subset);
        job.setStartFrame(0);
        job.setStopFrame(Math.max(0, frame - 1));
        job.getAnnotations().addAll(annotations);
        List<Annotation> built = tracks.build();
        job.getAnnotations().addAll(built);
        if (built.stream().anyMatch(Track.class::isInstance)) {
            task.setMode(TaskMode.INTERPOLATION);
        }
        task.getJobs().add(job);
        modelThread.execute(() -> {
            project.getLabels().addAll(added);
            project.getTasks().add(task);
        });
        return task;
    }

    /** One item per frame of the given tasks (all tasks if none), labels copied into the header. */
    public static DatasetSource export(Project project, Path projectFolder, List<Task> tasks, ExportReport report) {
        List<Task> chosen = tasks.isEmpty() ? List.copyOf(project.getTasks()) : tasks;
        Dataset header = F.createDataset();
        header.setName(project.getName());
        EcoreUtil.Copier labelCopier = new EcoreUtil.Copier();
        header.getLabels().addAll(labelCopier.copyAll(project.getLabels()));
        labelCopier.copyReferences();
        for (Task task : chosen) {
            for (Label own : task.getLabels()) {
                if (header.getLabels().stream().noneMatch(l -> l.getName().equals(own.getName()))) {
                    Label copy = (Label) labelCopier.copy(own);
                    header.getLabels().add(copy);
                }
            }
        }
        labelCopier.copyReferences();
        Map<EObject, EObject> labelMap = new HashMap<>(labelCopier);
        long frames = chosen.stream().mapToLong(t -> t.getMedia().size()).sum();
        return DatasetSource.of(header, () -> new TaskFrameCursor(chosen, projectFolder, labelMap, report), frames);
    }

    /** Walks the frames of the tasks, copying each frame's annotations onto one item. */
    private static final class TaskFrameCursor implements ItemCursor {

        private final List<Task> tasks;
        private final Path projectFolder;
        private final Map<EObject, EObject> labelMap;
        private final ExportReport report;
        private int taskIndex;
        private int frame;
        private Map<Integer, List<Annotation>> byFrame;
        private final Set<Long> trackIds = new HashSet<>();
        private final Map<Track, TrackRange> tracks = new LinkedHashMap<>();

        TaskFrameCursor(List<Task> tasks, Path projectFolder, Map<EObject, EObject> labelMap, ExportReport report) {
            this.tasks = tasks;
            this.projectFolder = projectFolder;
            this.labelMap = labelMap;
            this.report = report;
        }

        @Override
        public DatasetItem next() {
            while (taskIndex < tasks.size() && frame >= tasks.get(taskIndex).getMedia().size()) {
                taskIndex++;
                frame = 0;
                byFrame = null;
                tracks.clear();
            }
            if (taskIndex >= tasks.size()) {
                return null;
            }
            Task task = tasks.get(taskIndex);
            if (byFrame == null) {
                byFrame = annotationsByFrame(task);
            }
            Media media = EcoreUtil.copy(task.getMedia().get(frame));
            if (media.getPath() != null && projectFolder != null) {
                media.setPath(projectFolder.resolve(media.getPath()).toAbsolutePath().normalize().toString());
            }
            DatasetItem item = F.createDatasetItem();
            String name = media.getPath() == null ? "frame_" + frame : Path.of(media.getPath()).getFileName().toString();
            item.setId(ImageFiles.stripExtension(name));
            item.setSubset(task.getSubset() == null || task.getSubset().isEmpty() ? "default" : task.getSubset());
            item.setMedia(media);
            List<Annotation> annotations = new ArrayList<>(byFrame.getOrDefault(frame, List.of()));
            annotations.addAll(trackShapes(frame));
            for (Annotation annotation : annotations) {
                EcoreUtil.Copier copier = new EcoreUtil.Copier();
                copier.putAll(labelMap);
                Annotation copy = (Annotation) copier.copy(annotation);
                copier.copyReferences();
                item.getAnnotations().add(copy);
            }
            frame++;
            return item;
        }

        private Map<Integer, List<Annotation>> annotationsByFrame(Task task) {
            Map<Integer, List<Annotation>> map = new HashMap<>();
            int last = task.getMedia().size() - 1;
            Map<Long, Long> exportedIds = new HashMap<>();
            Map<Long, Integer> jobsPerId = new HashMap<>();
            for (Job job : task.getJobs()) {
                job.getAnnotations().stream().filter(Track.class::isInstance).map(Annotation::getId).distinct()
                        .forEach(id -> jobsPerId.merge(id, 1, Integer::sum));
            }
            for (Job job : task.getJobs()) {
                boolean ranged = job.getStopFrame() >= job.getStartFrame() && job.getStopFrame() > 0;
                int from = ranged ? Math.max(0, job.getStartFrame()) : 0;
                int to = ranged ? Math.min(last, job.getStopFrame()) : last;
                Set<Long> seenInJob = new HashSet<>();
                for (Annotation annotation : job.getAnnotations()) {
                    if (annotation instanceof Track track) {
                        long id = track.getId();
                        // one id in several jobs of a task is one object cut by the jobs; twice in one job, two objects
                        long exported = seenInJob.add(id) ? exportedIds.computeIfAbsent(id, this::freeId) : freeId(id);
                        // a track cut by its job's end and continued by no other job ends on the next frame
                        int end = ranged && to < last && jobsPerId.getOrDefault(id, 0) < 2 ? to + 1 : -1;
                        tracks.put(track, new TrackRange(exported, from, to, end));
                    } else {
                        map.computeIfAbsent(annotation.getFrame(), f -> new ArrayList<>()).add(annotation);
                    }
                }
            }
            return map;
        }

        /**
         * The tracks' shapes on the frame, computed when the frame is written: visible ones
         * (keyframe or interpolated) and outside keyframes, which mark the end; outside frames that
         * are not keyframes are omitted (TRK-04). A track answers for its job's frames only.
         */
        private List<Annotation> trackShapes(int frame) {
            List<Annotation> shapes = new ArrayList<>();
            for (Map.Entry<Track, TrackRange> entry : tracks.entrySet()) {
                TrackRange range = entry.getValue();
                Shape shape;
                if (frame >= range.from() && frame <= range.to()) {
                    shape = TrackInterpolation.stateAt(entry.getKey(), frame).orElse(null);
                } else if (frame == range.end()) {
                    shape = TrackInterpolation.stateAt(entry.getKey(), frame).orElse(null);
                    if (shape != null && !shape.isOutside()) {
                        shape.setOutside(true);
                        shape.setKeyframe(true);
                    } else {
                        shape = null; // already ended inside its job
                    }
                } else {
                    shape = null;
                }
                if (shape == null || (shape.isOutside() && !shape.isKeyframe())) {
                    continue;
                }
                shape.getAttributes().add(0, trackIdAttribute(range.id()));
                shapes.add(shape);
            }
            return shapes;
        }

        /** {@code id} if no earlier track of the export took it, else the next free id. */
        private long freeId(long id) {
            long free = id;
            while (!trackIds.add(free)) {
                free = trackIds.stream().mapToLong(Long::longValue).max().orElse(-1) + 1;
            }
            return free;
        }

        @Override
        public void close() {
        }
    }

    /** How a track is exported: its id in the export, its job's frames, and the frame after the job where it is cut (or -1). */
    private record TrackRange(long id, int from, int to, int end) {
    }

    private static AttributeValue trackIdAttribute(long trackId) {
        AttributeValue value = F.createAttributeValue();
        value.setName(TrackBuilder.TRACK_ID);
        value.setValue(trackId);
        return value;
    }

    /** Maps the dataset's labels onto the project's by name; labels the project lacks are copied into {@code added}. */
    private static Map<Label, Label> mergeLabels(Project project, Dataset header, List<Label> added) {
        Map<Label, Label> map = new HashMap<>();
        for (Label incoming : List.copyOf(header.getLabels())) {
            Label existing = Stream.concat(project.getLabels().stream(), added.stream()).filter(l -> l.getName().equals(incoming.getName()))
                    .findFirst().orElse(null);
            if (existing == null) {
                Label copy = EcoreUtil.copy(incoming);
                copy.setId(0); // the store assigns a free id
                added.add(copy);
                existing = copy;
            }
            map.put(incoming, existing);
            for (Label sub : incoming.getSublabels()) {
                existing.getSublabels().stream().filter(s -> s.getName().equals(sub.getName())).findFirst()
                        .ifPresent(s -> map.put(sub, s));
            }
        }
        return map;
    }

    private static void relabel(Annotation annotation, Map<Label, Label> labels) {
        if (annotation.getLabel() != null) {
            annotation.setLabel(labels.getOrDefault(annotation.getLabel(), annotation.getLabel()));
        }
        for (var it = annotation.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Annotation inner && inner.getLabel() != null) {
                inner.setLabel(labels.getOrDefault(inner.getLabel(), inner.getLabel()));
            }
        }
    }
}
