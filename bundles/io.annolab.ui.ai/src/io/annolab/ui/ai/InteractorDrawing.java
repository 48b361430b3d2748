package io.annolab.ui.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Display;

import io.annolab.inference.api.Embedding;
import io.annolab.inference.api.InteractiveSegmenter;
import io.annolab.inference.api.SegmentResult;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ShapeTools;
import io.annolab.ui.canvas.api.ViewTransform;

/**
 * CVAT's AI interactor as a drawing: clicks on the object (Shift+click: not the object), or a box
 * dragged around it; after each prompt the model's mask is shown at once, and N keeps it as a mask
 * or as a polygon of about the chosen number of points. Decoding runs on the model thread; the
 * newest prompt wins, so fast clicking never queues up stale masks.
 */
final class InteractorDrawing implements Drawing {

    private final InteractiveSegmenter model;
    private final CompletableFuture<Embedding> embedding;
    private final ExecutorService modelThread;
    private final Display display;
    private final Runnable repaint;
    private final Consumer<String> status;
    private final boolean asPolygon;
    private final int polygonPoints;
    private final List<float[]> clicks = new ArrayList<>();
    private final List<Integer> labels = new ArrayList<>();
    private final AtomicInteger generation = new AtomicInteger();
    private float[] box;
    private double pressX, pressY;
    private boolean dragging;
    private double cursorX, cursorY;
    private volatile SegmentResult mask;
    private boolean finished;

    InteractorDrawing(InteractiveSegmenter model, CompletableFuture<Embedding> embedding, ExecutorService modelThread, Display display,
            Runnable repaint, Consumer<String> status, boolean asPolygon, int polygonPoints) {
        this.model = model;
        this.embedding = embedding;
        this.modelThread = modelThread;
        this.display = display;
        this.repaint = repaint;
        this.status = status;
        this.asPolygon = asPolygon;
        this.polygonPoints = polygonPoints;
    }

    @Override
    public void mouseDown(PointerEvent event) {
        if (event.leftButton()) {
            pressX = event.x();
            pressY = event.y();
            dragging = true;
        }
    }

    @Override
    public void mouseMove(PointerEvent event) {
        cursorX = event.x();
        cursorY = event.y();
    }

    @Override
    public void mouseUp(PointerEvent event) {
        if (!event.leftButton() || !dragging) {
            return;
        }
        dragging = false;
        if (Math.abs(event.x() - pressX) > 4 && Math.abs(event.y() - pressY) > 4) {
            box = new float[] { (float) Math.min(pressX, event.x()), (float) Math.min(pressY, event.y()), (float) Math.max(pressX, event.x()),
                    (float) Math.max(pressY, event.y()) };
        } else {
            clicks.add(new float[] { (float) event.x(), (float) event.y() });
            labels.add(event.shift() ? InteractiveSegmenter.BACKGROUND : InteractiveSegmenter.FOREGROUND);
        }
        decode();
    }

    @Override
    public boolean undoLastPoint() {
        if (clicks.isEmpty() && box == null) {
            return false;
        }
        if (!clicks.isEmpty()) {
            clicks.remove(clicks.size() - 1);
            labels.remove(labels.size() - 1);
        } else {
            box = null;
        }
        decode();
        return true;
    }

    /** Runs the decoder for the current prompts; a result for older prompts is dropped. */
    private void decode() {
        int wanted = generation.incrementAndGet();
        if (clicks.isEmpty() && box == null) {
            mask = null;
            repaint.run();
            return;
        }
        float[] points = new float[clicks.size() * 2];
        int[] pointLabels = new int[clicks.size()];
        for (int i = 0; i < clicks.size(); i++) {
            points[2 * i] = clicks.get(i)[0];
            points[2 * i + 1] = clicks.get(i)[1];
            pointLabels[i] = labels.get(i);
        }
        float[] prompt = box;
        embedding.thenAcceptAsync(ready -> {
            if (generation.get() != wanted) {
                return;
            }
            long start = System.nanoTime();
            try {
                SegmentResult result = model.decode(ready, points, pointLabels, prompt);
                long millis = (System.nanoTime() - start) / 1_000_000;
                display.asyncExec(() -> {
                    if (generation.get() == wanted) {
                        mask = result;
                        status.accept(result == null ? "The model found no object there; click elsewhere or add a box"
                                : "Mask in " + millis + " ms (" + result.area() + " px). Click more, Shift+click to remove, N to keep");
                        repaint.run();
                    }
                });
            } catch (Exception e) {
                display.asyncExec(() -> status.accept("The interactor failed: " + e.getMessage()));
            }
        }, modelThread);
    }

    @Override
    public void finish() {
        finished = mask != null;
    }

    @Override
    public boolean isComplete() {
        return finished;
    }

    @Override
    public Optional<ShapeGeometry> result() {
        SegmentResult result = mask;
        if (result == null) {
            return Optional.empty();
        }
        ShapeGeometry asMask = new ShapeGeometry(ShapeType.MASK, Coordinates.of(result.left(), result.top(),
                result.left() + result.mask().width() - 1, result.top() + result.mask().height() - 1), 0, result.mask(), List.of());
        if (!asPolygon) {
            return Optional.of(asMask);
        }
        return ShapeTools.forType(ShapeType.MASK).flatMap(tool -> tool.convert(asMask.toShape(), ShapeType.POLYGON).stream()
                .max((a, b) -> Double.compare(area(a), area(b)))).map(polygon -> polygon.withPoints(PolygonReduction.toAbout(polygon.points(),
                        polygonPoints)));
    }

    private static double area(ShapeGeometry polygon) {
        float[] p = polygon.points().toArray();
        double sum = 0;
        for (int i = 0; i < p.length; i += 2) {
            int j = (i + 2) % p.length;
            sum += p[i] * p[j + 1] - p[j] * p[i + 1];
        }
        return Math.abs(sum) / 2;
    }

    @Override
    public void renderPreview(GC gc, ViewTransform view, ShapeStyle style) {
        SegmentResult shown = mask;
        if (shown != null) {
            ShapeGeometry geometry = new ShapeGeometry(ShapeType.MASK, Coordinates.of(shown.left(), shown.top(),
                    shown.left() + shown.mask().width() - 1, shown.top() + shown.mask().height() - 1), 0, shown.mask(), List.of());
            Shape preview = geometry.toShape();
            ShapeTools.forType(ShapeType.MASK).ifPresent(tool -> tool.render(gc, preview, view, style.withFill(110)));
        }
        gc.setAlpha(255);
        gc.setLineWidth(1);
        for (int i = 0; i < clicks.size(); i++) {
            int x = (int) Math.round(view.viewX(clicks.get(i)[0], clicks.get(i)[1]));
            int y = (int) Math.round(view.viewY(clicks.get(i)[0], clicks.get(i)[1]));
            gc.setBackground(display.getSystemColor(labels.get(i) == InteractiveSegmenter.FOREGROUND ? SWT.COLOR_GREEN : SWT.COLOR_RED));
            gc.fillOval(x - 5, y - 5, 10, 10);
            gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.drawOval(x - 5, y - 5, 10, 10);
        }
        float[] shownBox = box;
        if (shownBox == null && dragging) {
            shownBox = new float[] { (float) pressX, (float) pressY, (float) cursorX, (float) cursorY };
        }
        if (shownBox != null) {
            gc.setForeground(display.getSystemColor(SWT.COLOR_YELLOW));
            gc.setLineStyle(SWT.LINE_DASH);
            int x1 = (int) view.viewX(shownBox[0], shownBox[1]), y1 = (int) view.viewY(shownBox[0], shownBox[1]);
            int x2 = (int) view.viewX(shownBox[2], shownBox[3]), y2 = (int) view.viewY(shownBox[2], shownBox[3]);
            gc.drawRectangle(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    @Override
    public String hint() {
        return "Interactor: click the object (Shift+click: not the object), or drag a box around it; N keeps the mask, Esc cancels";
    }
}
