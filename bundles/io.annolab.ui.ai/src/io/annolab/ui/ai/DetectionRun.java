package io.annolab.ui.ai;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import io.annolab.core.api.launch.LoadedModel;
import io.annolab.media.api.DecodedImage;
import io.annolab.model.Shape;
import io.annolab.ui.editor.session.AnnotationEdits;
import io.annolab.ui.editor.session.EditorSession;

/**
 * Runs a detector over frames of the open job as a workbench job with progress and cancel (CVAT's
 * automatic annotation; one frame for "detect on this frame"). Frames are decoded on a thread of
 * their own while the model runs, so the model never waits for pixels; the shapes found are added
 * on the UI thread as one undoable command when the run completes. A cancelled run adds nothing.
 */
final class DetectionRun extends Job {

    private static final String PLUGIN = "io.annolab.ui.ai";

    private final Display display;
    private final EditorSession session;
    private final LoadedModel model;
    private final List<Integer> frames;
    private final FoundShapes mapping;
    private final boolean cleanOld;
    private final Consumer<String> status;
    private final java.util.function.BiConsumer<List<Shape>, Set<Integer>> results;

    /** A run whose shapes go into the open job (one undo). */
    DetectionRun(Display display, EditorSession session, LoadedModel model, List<Integer> frames, FoundShapes mapping, boolean cleanOld,
            Consumer<String> status) {
        this(display, session, model, frames, mapping, cleanOld, status, (found, clean) -> new AnnotationEdits(session).addFound(found, clean));
    }

    /** A run whose shapes go where {@code results} puts them (on the UI thread), e.g. into every job of a task. */
    DetectionRun(Display display, EditorSession session, LoadedModel model, List<Integer> frames, FoundShapes mapping, boolean cleanOld,
            Consumer<String> status, java.util.function.BiConsumer<List<Shape>, Set<Integer>> results) {
        super(frames.size() == 1 ? "Detecting objects on frame " + frames.get(0) : "Automatic annotation of " + frames.size() + " frames");
        this.display = display;
        this.session = session;
        this.model = model;
        this.frames = List.copyOf(frames);
        this.mapping = mapping;
        this.cleanOld = cleanOld;
        this.status = status;
        this.results = results;
        setUser(true);
    }

    /** A decoded frame handed from the decoding thread to the model; {@code problem} when it could not be decoded. */
    private record Decoded(int frame, DecodedImage pixels, IOException problem) {
    }

    private static final Decoded END = new Decoded(-1, null, null);

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), frames.size());
        BlockingQueue<Decoded> decoded = new ArrayBlockingQueue<>(4);
        List<Shape> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long modelNanos = 0;
        long start = System.nanoTime();
        try (FramePixels pixels = new FramePixels(session)) {
            Thread decoder = new Thread(() -> decodeAll(pixels, decoded, monitor), "Annolab frame decoder for " + getName());
            decoder.setDaemon(true);
            decoder.start();
            for (Decoded next = decoded.take(); next != END; next = decoded.take()) {
                if (monitor.isCanceled()) {
                    decoder.interrupt();
                    return Status.CANCEL_STATUS;
                }
                if (next.problem() != null) {
                    problems.add(next.problem().getMessage());
                } else {
                    long before = System.nanoTime();
                    DecodedImage image = next.pixels();
                    var predictions = model.predict(image.bgr(), image.width(), image.height());
                    modelNanos += System.nanoTime() - before;
                    found.addAll(mapping.of(predictions, next.frame()));
                }
                monitor.worked(1);
                monitor.subTask(found.size() + " objects found");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            String message = "The model failed: " + e.getMessage();
            display.asyncExec(() -> status.accept(message));
            return new Status(IStatus.ERROR, PLUGIN, message + " Check the model's descriptor, or choose another model.", e);
        }
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double modelShare = modelNanos / 1e9 / Math.max(1e-9, seconds);
        String summary = summary(found.size(), seconds, modelShare, problems);
        display.asyncExec(() -> apply(found, summary));
        return Status.OK_STATUS;
    }

    private void decodeAll(FramePixels pixels, BlockingQueue<Decoded> decoded, IProgressMonitor monitor) {
        try {
            for (int frame : frames) {
                if (monitor.isCanceled()) {
                    break;
                }
                try {
                    decoded.put(new Decoded(frame, pixels.frame(frame), null));
                } catch (IOException e) {
                    decoded.put(new Decoded(frame, null, e));
                }
            }
            decoded.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String summary(int count, double seconds, double modelShare, List<String> problems) {
        StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT, "%s: %d objects on %d frames in %.2f s (model busy %.0f%% of the run)",
                frames.size() == 1 ? "Detector" : "Automatic annotation", count, frames.size(), seconds, modelShare * 100));
        String unmatched = mapping.unmatchedSummary();
        if (!unmatched.isEmpty()) {
            text.append("; left out, not matched with a project label: ").append(unmatched);
        }
        if (!problems.isEmpty()) {
            text.append("; ").append(problems.size()).append(" frames could not be decoded, e.g. ").append(problems.get(0));
        }
        return text.toString();
    }

    private void apply(List<Shape> found, String summary) {
        Set<Integer> clean = cleanOld ? new HashSet<>(frames) : Set.of();
        results.accept(found, clean);
        status.accept(summary);
    }
}
