package io.annolab.ui.shapes.rectangle;

import java.util.Optional;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.FixedClicksDrawing;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ViewTransform;

/** A box by the object's four extreme points (top, bottom, left, right in any order); completes on the fourth click. */
final class ExtremePointsDrawing extends FixedClicksDrawing {

    ExtremePointsDrawing() {
        super(4);
    }

    @Override
    protected Optional<ShapeGeometry> geometry(double[] clicks) {
        double[] box = box(clicks, 4);
        if (box[2] - box[0] < 1 || box[3] - box[1] < 1) {
            return Optional.empty();
        }
        return Optional.of(ShapeGeometry.of(ShapeType.RECTANGLE, Coordinates.of(box)));
    }

    private static double[] box(double[] points, int n) {
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
    protected void preview(GC gc, ViewTransform view, ShapeStyle style, double[] clicks, int placed, double cursorX, double cursorY) {
        if (placed >= 2) {
            double[] box = box(clicks, placed);
            RectangleTool.render(gc, RectangleTool.corners(box[0], box[1], box[2], box[3], 0), view, style);
        }
    }

    @Override
    public String hint() {
        return "Click extreme point " + (placed() + 1) + " of 4 (top, bottom, left, right)";
    }
}
