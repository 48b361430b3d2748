package io.annolab.ui.shapes.ellipse;

import java.util.Optional;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.ShapeType;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ViewTransform;

/** An ellipse inscribed in a box given by two opposite corners: click and click, or press, drag and release. */
final class EllipseBoxDrawing implements Drawing {

    private double[] first;
    private double cursorX, cursorY;
    private boolean complete;

    @Override
    public void mouseDown(PointerEvent event) {
        if (!event.leftButton() || complete) {
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
        // A release away from the press ends a drag; a plain click waits for the second corner.
        if (first != null && !complete && event.leftButton() && (Math.abs(event.x() - first[0]) > 2 || Math.abs(event.y() - first[1]) > 2)) {
            cursorX = event.x();
            cursorY = event.y();
            complete = true;
        }
    }

    @Override
    public boolean undoLastPoint() {
        boolean had = first != null && !complete;
        if (had) {
            first = null;
        }
        return had;
    }

    @Override
    public void finish() {
        // Two corners are needed; N alone cannot finish the box.
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
        return Optional.of(ShapeGeometry.of(ShapeType.ELLIPSE, EllipseGeometry.inBox(first[0], first[1], cursorX, cursorY, 0).points()));
    }

    @Override
    public void renderPreview(GC gc, ViewTransform view, ShapeStyle style) {
        if (first != null) {
            EllipseTool.render(gc, EllipseGeometry.inBox(first[0], first[1], cursorX, cursorY, 0), view, style);
        }
    }

    @Override
    public String hint() {
        return first == null ? "Click a corner of the ellipse's box" : "Click the opposite corner";
    }
}
