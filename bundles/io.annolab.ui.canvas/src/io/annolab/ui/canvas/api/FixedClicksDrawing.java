package io.annolab.ui.canvas.api;

import java.util.Optional;

import org.eclipse.swt.graphics.GC;

/**
 * The gesture of shapes made from a fixed number of clicks that completes on the last one
 * (rectangle by 4 extreme points, cuboid by 4 points). The base keeps the clicks, takes back the
 * last on right click and marks the placed points; a tool says what the clicks make.
 */
public abstract class FixedClicksDrawing implements Drawing {

    private final double[] points;
    private int count;
    private double cursorX, cursorY;

    protected FixedClicksDrawing(int clicks) {
        this.points = new double[2 * clicks];
    }

    /** The shape of the complete clicks (interleaved x, y); empty when they make no shape. */
    protected abstract Optional<ShapeGeometry> geometry(double[] clicks);

    /** Draws what the clicks so far make with the cursor at (cursorX, cursorY); the markers are already drawn. */
    protected abstract void preview(GC gc, ViewTransform view, ShapeStyle style, double[] clicks, int placed, double cursorX, double cursorY);

    @Override
    public void mouseDown(PointerEvent event) {
        if (event.leftButton() && !isComplete()) {
            points[2 * count] = event.x();
            points[2 * count + 1] = event.y();
            count++;
        }
    }

    @Override
    public void mouseMove(PointerEvent event) {
        cursorX = event.x();
        cursorY = event.y();
    }

    @Override
    public void mouseUp(PointerEvent event) {
    }

    @Override
    public boolean undoLastPoint() {
        if (count == 0) {
            return false;
        }
        count--;
        return true;
    }

    @Override
    public void finish() {
        // The drawing completes on its last click; N cannot finish it early.
    }

    @Override
    public boolean isComplete() {
        return count == points.length / 2;
    }

    @Override
    public Optional<ShapeGeometry> result() {
        return isComplete() ? geometry(points.clone()) : Optional.empty();
    }

    @Override
    public void renderPreview(GC gc, ViewTransform view, ShapeStyle style) {
        ShapePainter.prepare(gc, style);
        for (int i = 0; i < count; i++) {
            ShapePainter.marker(gc, view.viewX(points[2 * i], points[2 * i + 1]), view.viewY(points[2 * i], points[2 * i + 1]), 3);
        }
        preview(gc, view, style, points, count, cursorX, cursorY);
    }

    /** Clicks placed so far (for hints). */
    protected int placed() {
        return count;
    }
}
