package io.annolab.ui.shapes.cuboid;

import java.util.Optional;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.ShapeType;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ViewTransform;

/**
 * "From rectangle": the front face as a box by two opposite corners (click and click, or press,
 * drag and release); the back face follows at {@link Cuboid#DEFAULT_DEPTH} and is adjusted by handles.
 */
final class FrontBoxDrawing implements Drawing {

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
            cursorX = event.x();
            cursorY = event.y();
        } else {
            place(event);
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
        // A drag draws the box in one gesture; a plain click waits for the second click.
        if (first != null && !complete && event.leftButton() && (Math.abs(event.x() - first[0]) > 2 || Math.abs(event.y() - first[1]) > 2)) {
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
        complete = false;
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
        return Optional.of(ShapeGeometry.of(ShapeType.CUBOID, Cuboid.fromFrontBox(first[0], first[1], cursorX, cursorY)));
    }

    @Override
    public void renderPreview(GC gc, ViewTransform view, ShapeStyle style) {
        if (first != null) {
            CuboidTool.render(gc, Cuboid.fromFrontBox(first[0], first[1], cursorX, cursorY), view, style);
        }
    }

    @Override
    public String hint() {
        return first == null ? "Click the first corner of the front face" : "Click the opposite corner of the front face";
    }
}
