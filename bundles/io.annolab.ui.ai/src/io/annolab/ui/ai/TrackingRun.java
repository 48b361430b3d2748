package io.annolab.ui.ai;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.cv.api.Box;
import io.annolab.media.cv.api.ObjectTracker;
import io.annolab.media.cv.api.TrackerKind;
import io.annolab.model.Track;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.editor.session.AnnotationEdits;
import io.annolab.ui.editor.session.EditorSession;

/**
 * Follows a rectangle track with an OpenCV tracker (MIL, KCF, CSRT) from the current frame over
 * the next frames, as a workbench job with progress and cancel. Each frame the tracker finds the
 * object on becomes a keyframe; where it loses it, the run stops there (the annotator takes over,
 * as with CVAT's trackers). The keyframes are added as one undoable command.
 */
final class TrackingRun extends Job {

    private final Display display;
    private final EditorSession session;
    private final Track track;
    private final float[] startBox;
    private final List<Integer> frames;
    private final TrackerKind kind;
    private final Consumer<String> status;

    /** {@code frames}: the current frame first, then the frames to follow the object through. */
    TrackingRun(Display display, EditorSession session, Track track, float[] startBox, List<Integer> frames, TrackerKind kind,
            Consumer<String> status) {
        super("Tracking object " + track.getId() + " with " + kind);
        this.display = display;
        this.session = session;
        this.track = track;
        this.startBox = startBox.clone();
        this.frames = List.copyOf(frames);
        this.kind = kind;
        this.status = status;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), frames.size() - 1);
        SortedMap<Integer, Coordinates> found = new TreeMap<>();
        String ending;
        long nanos = 0;
        try (FramePixels pixels = new FramePixels(session); ObjectTracker tracker = ObjectTracker.create(kind)) {
            DecodedImage first = pixels.frame(frames.get(0));
            tracker.init(first, new Box(startBox[0], startBox[1], startBox[2] - startBox[0], startBox[3] - startBox[1]));
            ending = "followed to frame " + frames.get(frames.size() - 1);
            for (int frame : frames.subList(1, frames.size())) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                DecodedImage image = pixels.frame(frame);
                long start = System.nanoTime();
                Optional<Box> box = tracker.update(image);
                nanos += System.nanoTime() - start;
                if (box.isEmpty()) {
                    ending = "lost on frame " + frame;
                    break;
                }
                Box b = box.get();
                found.put(frame, Coordinates.of(b.x(), b.y(), b.x() + b.width(), b.y() + b.height()));
                monitor.worked(1);
            }
        } catch (IOException | RuntimeException e) {
            String message = "The " + kind + " tracker failed: " + e.getMessage();
            display.asyncExec(() -> status.accept(message));
            return Status.error(message, e);
        }
        String summary = String.format(java.util.Locale.ROOT, "%s tracker: %d keyframes, %s (%.1f ms a frame)", kind, found.size(), ending,
                found.isEmpty() ? 0.0 : nanos / 1e6 / found.size());
        display.asyncExec(() -> {
            if (track.eContainer() != null && !found.isEmpty()) {
                new AnnotationEdits(session).tracks().placeBoxes(track, found);
            }
            status.accept(summary);
        });
        return Status.OK_STATUS;
    }
}
