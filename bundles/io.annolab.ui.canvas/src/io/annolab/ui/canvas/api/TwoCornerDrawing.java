package io.annolab.ui.canvas.api;

import java.util.Optional;

import org.eclipse.swt.graphics.GC;

/**
 * The gesture shared by every shape drawn in a box (rectangle, ellipse, cuboid front face,
 * skeleton): click one corner and then the opposite one, or press, drag and release. A tool
 * says only what the box becomes ({@link #geometry}) and how it looks meanwhile ({@link #preview}).
 */
public abstract class TwoCornerDrawing implements Drawing {

    /** A release this far (image pixels) from the press is a drag, not a click. */
    private static final double DRAG_DISTANCE = 2;

    private double[] first;
    private double cursorX, cursorY;
    private boolean complete;

    /** What the box from (x1, y1) to (x2, y2) becomes; empty when it is too small to be a shape. */
    protected abstract Optional<ShapeGeometry> geometry(double x1, double y1, double x2, double y2);

    /** Draws the shape the box would make now. */
    protected abstract void preview(GC gc, ViewTransform view, ShapeStyle style, double x1, double y1, double x2, double y2);

    /** Whether a drawing can start at all (a skeleton needs a template). */
    protected boolean canStart() {
        return true;
    }

    /** Whether a box has width and height of at least one pixel. */
    protected static boolean hasArea(double x1, double y1, double x2, double y2) {
        return Math.abs(x2 - x1) >= 1 && Math.abs(y2 - y1) >= 1;
    }

    @Override
    public void mouseDown(PointerEvent event) {
        if (!event.leftButton() || complete || !canStart()) {
            return;
        }
        cursorX = event.x();
        cursorY = event.y();
        if (first == null) {
            first = new double[] { event.x(), event.y() };
        } else {
            complete = true;
        }
    }

    @Override
    public void mouseMove(PointerEvent event) {
        if (!complete) {
            cursorX = event.x();
            cursorY = event.y();
        }
    }

    @Override
    public void mouseUp(PointerEvent event) {
        if (first != null && !complete && event.leftButton()
                && (Math.abs(event.x() - first[0]) > DRAG_DISTANCE || Math.abs(event.y() - first[1]) > DRAG_DISTANCE)) {
            cursorX = event.x();
            cursorY = event.y();
            complete = true;
        }
    }

    @Override
    public boolean undoLastPoint() {
        boolean had = first != null;
        first = null;
        complete = false;
        return had;
    }

    @Override
    public void finish() {
        // Two corners are needed; N alone cannot finish a box.
    }

    @Override
    public boolean isComplete() {
        return complete;
    }

    @Override
    public Optional<ShapeGeometry> result() {
        return complete ? geometry(first[0], first[1], cursorX, cursorY) : Optional.empty();
    }

    @Override
    public void renderPreview(GC gc, ViewTransform view, ShapeStyle style) {
        if (first != null) {
            preview(gc, view, style, first[0], first[1], cursorX, cursorY);
        }
    }

    /** Whether the first corner is placed (for hints). */
    protected boolean started() {
        return first != null;
    }
}
