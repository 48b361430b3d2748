package io.annolab.ui.shapes.rectangle;

import java.util.Optional;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapePainter;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ViewTransform;

/** A box by the object's four extreme points (top, bottom, left, right in any order); completes on the fourth click. */
final class ExtremePointsDrawing implements Drawing {

    private final double[] points = new double[8];
    private int count;
    private double cursorX, cursorY;

    @Override
    public void mouseDown(PointerEvent event) {
        if (event.leftButton() && count < 4) {
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
    }

    @Override
    public boolean isComplete() {
        return count == 4;
    }

    @Override
    public Optional<ShapeGeometry> result() {
        if (count < 4) {
            return Optional.empty();
        }
        double[] box = box(count);
        if (box[2] - box[0] < 1 || box[3] - box[1] < 1) {
            return Optional.empty();
        }
        return Optional.of(ShapeGeometry.of(ShapeType.RECTANGLE, Coordinates.of(box)));
    }

    private double[] box(int n) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, points[2 * i]);
            maxX = Math.max(maxX, points[2 * i]);
            minY = Math.min(minY, points[2 * i + 1]);
            maxY = Math.max(maxY, points[2 * i + 1]);
        }
        return new double[] { minX, minY, maxX, maxY };
    }

    @Override
    public void renderPreview(GC gc, ViewTransform view, ShapeStyle style) {
        ShapePainter.prepare(gc, style);
        for (int i = 0; i < count; i++) {
            ShapePainter.marker(gc, view.viewX(points[2 * i], points[2 * i + 1]), view.viewY(points[2 * i], points[2 * i + 1]), 4);
        }
        if (count >= 2) {
            double[] box = box(count);
            RectangleTool.render(gc, RectangleTool.corners(box[0], box[1], box[2], box[3], 0), view, style);
        }
    }

    @Override
    public String hint() {
        return "Click extreme point " + (count + 1) + " of 4 (top, bottom, left, right)";
    }
}
