package io.annolab.ui.shapes.skeleton;

import java.util.Optional;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ViewTransform;

/** A new skeleton: the label's template scaled into the box the user drags (two corners, by clicks or one drag). */
final class SkeletonBoxDrawing implements Drawing {

    private final SkeletonTemplate template;
    private double[] first;
    private double cursorX, cursorY;
    private boolean complete;

    SkeletonBoxDrawing(SkeletonTemplate template) {
        this.template = template;
    }

    @Override
    public void mouseDown(PointerEvent event) {
        if (!event.leftButton() || template.isEmpty()) {
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
    }

    @Override
    public boolean isComplete() {
        return complete;
    }

    @Override
    public Optional<ShapeGeometry> result() {
        if (!complete || (Math.abs(cursorX - first[0]) < 1 && Math.abs(cursorY - first[1]) < 1)) {
            return Optional.empty();
        }
        return Optional.of(geometry());
    }

    private ShapeGeometry geometry() {
        return new ShapeGeometry(ShapeType.SKELETON, Coordinates.EMPTY, 0, null, template.placeIn(first[0], first[1], cursorX, cursorY));
    }

    @Override
    public void renderPreview(GC gc, ViewTransform view, ShapeStyle style) {
        if (first != null) {
            SkeletonTool.render(gc, geometry().elements(), template.edges(), view, style.selected(true));
        }
    }

    @Override
    public String hint() {
        if (template.isEmpty()) {
            return "The label has no skeleton points: add points to it in the label editor";
        }
        return first == null ? "Click the first corner of the skeleton's box" : "Click the opposite corner";
    }
}
