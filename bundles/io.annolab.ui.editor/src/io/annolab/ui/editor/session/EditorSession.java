package io.annolab.ui.editor.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import io.annolab.core.api.filter.AnnotationSubject;
import io.annolab.core.api.filter.Filter;
import io.annolab.core.api.store.ProjectSession;
import io.annolab.model.Annotation;
import io.annolab.model.Job;
import io.annolab.model.Label;
import io.annolab.model.Media;
import io.annolab.model.Project;
import io.annolab.model.Shape;
import io.annolab.model.Tag;
import io.annolab.model.Task;
import io.annolab.model.Track;
import io.annolab.model.edit.ModelEditing;

/**
 * One open job: its frames, the current frame, the selection, the UI-only appearance of
 * objects, and the editing domain whose command stack makes every change undoable and marks
 * the job dirty for the next save. Lives on the UI thread.
 */
public final class EditorSession {

    private final ProjectSession project;
    private final Job job;
    private final Task task;
    private final AdapterFactoryEditingDomain domain = ModelEditing.createEditingDomain();
    private final List<EditorListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Annotation, ObjectAppearance> appearance = new IdentityHashMap<>();
    private final Set<Annotation> selection = new LinkedHashSet<>();
    private final List<Integer> frames;
    private int frame;
    private Label defaultLabel;
    private Filter filter = Filter.ALL;
    private Predicate<Annotation> filterTest = a -> true;
    private String filterText = "";
    /** The job's shapes and tags by frame, built on first use after each change (views ask many times per change). */
    private Map<Integer, List<Annotation>> byFrame;
    private final TrackProxies trackProxies = new TrackProxies();
    /** The tracks' stand-ins on {@link #trackFrame}, built on first use after each change or frame move. */
    private List<Annotation> trackShapes;
    private int trackFrame = Integer.MIN_VALUE;
    private boolean drawTracks;

    public EditorSession(ProjectSession project, Job job) {
        this.project = project;
        this.job = job;
        this.task = (Task) job.eContainer();
        this.frames = framesOf(task, job);
        this.frame = frames.isEmpty() ? job.getStartFrame() : frames.get(0);
        List<Label> labels = labels();
        this.defaultLabel = labels.isEmpty() ? null : labels.get(0);
        this.drawTracks = task.getMode() == io.annolab.model.TaskMode.INTERPOLATION;
        domain.getCommandStack().addCommandStackListener(event -> {
            byFrame = null;
            trackShapes = null;
            project.markDirty(job);
            selection.removeIf(a -> !isOnFrame(a));
            listeners.forEach(EditorListener::annotationsChanged);
        });
    }

    /** A task's frame n is its n-th media (Media.frame is the frame's index in its own video). */
    private static List<Integer> framesOf(Task task, Job job) {
        List<Integer> frames = new ArrayList<>();
        int last = Math.min(job.getStopFrame(), task.getMedia().size() - 1);
        for (int frame = Math.max(0, job.getStartFrame()); frame <= last; frame++) {
            if (!task.getMedia().get(frame).isDeleted()) {
                frames.add(frame);
            }
        }
        return frames;
    }

    public Job job() {
        return job;
    }

    public Task task() {
        return task;
    }

    public ProjectSession projectSession() {
        return project;
    }

    public Project project() {
        return project.project();
    }

    public Path projectFolder() {
        return project.folder();
    }

    /** The labels objects can take: the task's own, or the project's when the task has none. */
    public List<Label> labels() {
        return task.getLabels().isEmpty() ? project.project().getLabels() : task.getLabels();
    }

    public CommandStack commandStack() {
        return domain.getCommandStack();
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    /** Runs a change through the command stack (undoable); a command that cannot run is ignored. */
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    // frames

    public List<Integer> frames() {
        return frames;
    }

    public int frame() {
        return frame;
    }

    public void setFrame(int newFrame) {
        if (newFrame == frame || frames.isEmpty()) {
            return;
        }
        frame = newFrame;
        // a selected track stays selected while it is in the frame: keyframe keys and the timeline follow it
        selection.removeIf(a -> trackOf(a) == null || !annotationsOn(newFrame).contains(a));
        listeners.forEach(l -> l.frameChanged(newFrame));
        listeners.forEach(EditorListener::selectionChanged);
    }

    /** The frame {@code steps} frames away from the current one (clamped to the job). */
    public int frameAfter(int steps) {
        if (frames.isEmpty()) {
            return frame;
        }
        int index = frames.indexOf(frame);
        return frames.get(Math.max(0, Math.min(frames.size() - 1, index + steps)));
    }

    /** The job's frame closest to {@code wanted} (a typed number, a keyframe on a deleted frame). */
    public int nearestFrame(int wanted) {
        return frames.stream().min((a, b) -> Integer.compare(Math.abs(a - wanted), Math.abs(b - wanted))).orElse(frame);
    }

    public Media media(int frameNumber) {
        return frameNumber >= 0 && frameNumber < task.getMedia().size() ? task.getMedia().get(frameNumber) : null;
    }

    /** The media file of a frame, resolved against the project folder when relative. */
    public Path mediaFile(Media media) {
        Path path = Path.of(media.getPath());
        return path.isAbsolute() ? path : project.folder().resolve(path);
    }

    // annotations

    /**
     * Shapes and tags of a frame in model order, then the tracks' stand-ins (see {@link TrackProxies}):
     * the shape a track has there, or its outside keyframe (listed, not drawn).
     */
    public List<Annotation> annotationsOn(int frameNumber) {
        if (byFrame == null) {
            byFrame = new HashMap<>();
            for (Annotation annotation : job.getAnnotations()) {
                if (annotation instanceof Shape || annotation instanceof Tag) {
                    byFrame.computeIfAbsent(annotation.getFrame(), f -> new ArrayList<>()).add(annotation);
                }
            }
        }
        List<Annotation> result = new ArrayList<>(byFrame.getOrDefault(frameNumber, List.of()));
        result.addAll(trackShapesOn(frameNumber));
        return result;
    }

    private List<Annotation> trackShapesOn(int frameNumber) {
        if (trackShapes == null || trackFrame != frameNumber) {
            trackShapes = new ArrayList<>();
            trackFrame = frameNumber;
            for (Annotation annotation : job.getAnnotations()) {
                if (annotation instanceof Track track) {
                    Shape shown = trackProxies.at(track, frameNumber);
                    if (shown != null) {
                        trackShapes.add(shown);
                    }
                }
            }
        }
        return trackShapes;
    }

    /** The shapes drawn on a frame: its shapes and the tracks in the frame (not their outside keyframes). */
    public List<Shape> shapesOn(int frameNumber) {
        List<Shape> result = new ArrayList<>();
        for (Annotation annotation : annotationsOn(frameNumber)) {
            if (annotation instanceof Shape shape && !(shape.isOutside() && trackOf(shape) != null)) {
                result.add(shape);
            }
        }
        return result;
    }

    /** The track a shape of {@link #annotationsOn} stands for, or null when it is a shape of its own. */
    public Track trackOf(Annotation annotation) {
        return trackProxies.trackOf(annotation);
    }

    /** What a selection or a command addresses in the model: the track of a stand-in, else the annotation itself. */
    public Annotation modelObject(Annotation annotation) {
        Track track = trackOf(annotation);
        return track != null ? track : annotation;
    }

    /** The stand-in of a track on the current frame, or null when the track is not in the frame. */
    public Shape shownShape(Track track) {
        List<Annotation> shown = annotationsOn(frame); // makes the stand-ins of this frame first
        Shape proxy = trackProxies.proxyOf(track);
        return proxy != null && shown.contains(proxy) ? proxy : null;
    }

    /** Whether an annotation is still in the job and on the current frame (a stand-in: its track is). */
    private boolean isOnFrame(Annotation annotation) {
        Track track = trackOf(annotation);
        if (track == null) {
            return annotation.eContainer() != null;
        }
        return track.eContainer() != null && annotationsOn(frame).contains(annotation);
    }

    /** Whether new shapes are drawn as tracks (CVAT's Track button); on by default in video (interpolation) tasks. */
    public boolean drawsTracks() {
        return drawTracks;
    }

    public void setDrawsTracks(boolean tracks) {
        drawTracks = tracks;
    }

    /**
     * A fresh annotation id: one more than the largest in the task's jobs. Ids are unique across
     * the task because export joins the parts of one track cut by jobs through their shared id.
     */
    public long nextAnnotationId() {
        return nextAnnotationId(task);
    }

    /** {@link #nextAnnotationId()} for any task, e.g. for tools that add to jobs no editor has open. */
    public static long nextAnnotationId(Task task) {
        long max = 0;
        for (Job each : task.getJobs()) {
            for (Annotation annotation : each.getAnnotations()) {
                max = Math.max(max, annotation.getId());
            }
        }
        return max + 1;
    }

    // selection

    public Set<Annotation> selection() {
        return Set.copyOf(selection);
    }

    public boolean isSelected(Annotation annotation) {
        return !selection.isEmpty() && selection.contains(annotation);
    }

    public Annotation primarySelection() {
        return selection.isEmpty() ? null : selection.iterator().next();
    }

    public void select(Collection<? extends Annotation> annotations) {
        if (selection.equals(new LinkedHashSet<>(annotations))) {
            return;
        }
        selection.clear();
        selection.addAll(annotations);
        listeners.forEach(EditorListener::selectionChanged);
    }

    public void select(Annotation annotation) {
        select(annotation == null ? List.of() : List.of(annotation));
    }

    // appearance

    public ObjectAppearance appearance(Annotation annotation) {
        return appearance.computeIfAbsent(annotation, a -> new ObjectAppearance());
    }

    public void setHidden(Collection<? extends Annotation> annotations, boolean hidden) {
        annotations.forEach(a -> appearance(a).hidden = hidden);
        listeners.forEach(EditorListener::appearanceChanged);
    }

    public void setLocked(Collection<? extends Annotation> annotations, boolean locked) {
        annotations.forEach(a -> appearance(a).locked = locked);
        listeners.forEach(EditorListener::appearanceChanged);
    }

    public void setPinned(Collection<? extends Annotation> annotations, boolean pinned) {
        annotations.forEach(a -> appearance(a).pinned = pinned);
        listeners.forEach(EditorListener::appearanceChanged);
    }

    public void setColor(Annotation annotation, int rgb) {
        appearance(annotation).colorOverride = rgb;
        listeners.forEach(EditorListener::appearanceChanged);
    }

    /** The colour an object is drawn in: its own, else its label's, else grey. */
    public int colorOf(Annotation annotation) {
        ObjectAppearance state = appearance.get(annotation);
        if (state != null && state.colorOverride >= 0) {
            return state.colorOverride;
        }
        return LabelColors.rgb(annotation.getLabel());
    }

    /** Whether the object is drawn and listed: not hidden, and matched by the filter. */
    public boolean isVisible(Annotation annotation) {
        ObjectAppearance state = appearance.get(annotation);
        return (state == null || !state.hidden) && filterTest.test(annotation);
    }

    public boolean isLocked(Annotation annotation) {
        ObjectAppearance state = appearance.get(annotation);
        return state != null && state.locked;
    }

    public boolean isPinned(Annotation annotation) {
        ObjectAppearance state = appearance.get(annotation);
        return state != null && (state.pinned || state.locked);
    }

    // filter and default label

    /** Applies a filter in CVAT's language: objects it does not match are hidden; {@code text} is kept as the user typed it. */
    public void setFilter(String text, Filter newFilter) {
        filterText = text == null ? "" : text;
        filter = newFilter == null ? Filter.ALL : newFilter;
        Filter applied = filter;
        filterTest = applied.matchesAll() ? a -> true : a -> {
            AnnotationSubject subject = AnnotationSubject.at(a, a.getFrame());
            return subject != null && applied.test(subject);
        };
        listeners.forEach(EditorListener::appearanceChanged);
    }

    public String filterText() {
        return filterText;
    }

    public Filter filter() {
        return filter;
    }

    /** The filter as a test on one object (everything passes when there is no filter). */
    public Predicate<Annotation> filterTest() {
        return filterTest;
    }

    public Label defaultLabel() {
        return defaultLabel;
    }

    public void setDefaultLabel(Label label) {
        defaultLabel = label;
    }

    // saving and listeners

    public boolean isDirty() {
        return project.dirtyJobs().contains(job) || project.isDirty() && project.dirtyJobs().isEmpty();
    }

    /** Writes the job (and the project file, if it changed) atomically; returns the files written. */
    public List<Path> save() throws IOException {
        List<Path> written = project.save();
        listeners.forEach(EditorListener::saved);
        return written;
    }

    public void addListener(EditorListener listener) {
        listeners.add(listener);
    }

    public void removeListener(EditorListener listener) {
        listeners.remove(listener);
    }
}
