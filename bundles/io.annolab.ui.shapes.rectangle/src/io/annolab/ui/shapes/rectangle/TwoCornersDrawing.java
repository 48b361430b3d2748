package io.annolab.ui.shapes.rectangle;

import java.util.Optional;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.TwoCornerDrawing;
import io.annolab.ui.canvas.api.ViewTransform;

/** A box by two opposite corners. */
final class TwoCornersDrawing extends TwoCornerDrawing {

    @Override
    protected Optional<ShapeGeometry> geometry(double x1, double y1, double x2, double y2) {
        if (!hasArea(x1, y1, x2, y2)) {
            return Optional.empty();
        }
        return Optional.of(ShapeGeometry.of(ShapeType.RECTANGLE, Coordinates.of(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2),
                Math.max(y1, y2))));
    }

    @Override
    protected void preview(GC gc, ViewTransform view, ShapeStyle style, double x1, double y1, double x2, double y2) {
        RectangleTool.render(gc, RectangleTool.corners(x1, y1, x2, y2, 0), view, style);
    }

    @Override
    public String hint() {
        return started() ? "Click the opposite corner" : "Click the first corner";
    }
}
