package io.annolab.ui.shapes.rectangle;

import java.util.Optional;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ViewTransform;

/** A box by two opposite corners: click and click, or press, drag and release. */
final class TwoCornersDrawing implements Drawing {

    private double[] first;
    private double cursorX, cursorY;
    private boolean complete;

    @Override
    public void mouseDown(PointerEvent event) {
        if (!event.leftButton()) {
            return;
        }
        if (first == null) {
            first = new double[] { event.x(), event.y() };
        } else {
            place(event);
        }
    }

    @Override
    public void mouseMove(PointerEvent event) {
        cursorX = event.x();
        cursorY = event.y();
    }

    @Override
    public void mouseUp(PointerEvent event) {
        // Press-drag-release draws in one gesture; a click without a drag waits for the second click.
        if (first != null && event.leftButton() && (Math.abs(event.x() - first[0]) > 2 || Math.abs(event.y() - first[1]) > 2)) {
            place(event);
        }
    }

    private void place(PointerEvent event) {
        cursorX = event.x();
        cursorY = event.y();
        complete = true;
    }

    @Override
    public boolean undoLastPoint() {
        boolean had = first != null;
        first = null;
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
        if (!complete || Math.abs(cursorX - first[0]) < 1 || Math.abs(cursorY - first[1]) < 1) {
            return Optional.empty();
        }
        return Optional.of(ShapeGeometry.of(ShapeType.RECTANGLE, Coordinates.of(Math.min(first[0], cursorX), Math.min(first[1], cursorY),
                Math.max(first[0], cursorX), Math.max(first[1], cursorY))));
    }

    @Override
    public void renderPreview(GC gc, ViewTransform view, ShapeStyle style) {
        if (first != null) {
            RectangleTool.render(gc, RectangleTool.corners(first[0], first[1], cursorX, cursorY, 0), view, style);
        }
    }

    @Override
    public String hint() {
        return first == null ? "Click the first corner" : "Click the opposite corner";
    }
}
