package io.annolab.ui.shapes.ellipse;

import java.util.Optional;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.ShapeType;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.TwoCornerDrawing;
import io.annolab.ui.canvas.api.ViewTransform;

/** An ellipse inscribed in a box given by two opposite corners. */
final class EllipseBoxDrawing extends TwoCornerDrawing {

    @Override
    protected Optional<ShapeGeometry> geometry(double x1, double y1, double x2, double y2) {
        if (!hasArea(x1, y1, x2, y2)) {
            return Optional.empty();
        }
        return Optional.of(ShapeGeometry.of(ShapeType.ELLIPSE, EllipseGeometry.inBox(x1, y1, x2, y2, 0).points()));
    }

    @Override
    protected void preview(GC gc, ViewTransform view, ShapeStyle style, double x1, double y1, double x2, double y2) {
        EllipseTool.render(gc, EllipseGeometry.inBox(x1, y1, x2, y2, 0), view, style);
    }

    @Override
    public String hint() {
        return started() ? "Click the opposite corner" : "Click a corner of the ellipse's box";
    }
}
