package io.annolab.ui.shapes.cuboid;

import java.util.Optional;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.ShapeType;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.TwoCornerDrawing;
import io.annolab.ui.canvas.api.ViewTransform;

/**
 * "From rectangle": the front face as a box by two opposite corners; the back face follows at
 * {@link Cuboid#DEFAULT_DEPTH} and is adjusted by handles.
 */
final class FrontBoxDrawing extends TwoCornerDrawing {

    @Override
    protected Optional<ShapeGeometry> geometry(double x1, double y1, double x2, double y2) {
        if (!hasArea(x1, y1, x2, y2)) {
            return Optional.empty();
        }
        return Optional.of(ShapeGeometry.of(ShapeType.CUBOID, Cuboid.fromFrontBox(x1, y1, x2, y2)));
    }

    @Override
    protected void preview(GC gc, ViewTransform view, ShapeStyle style, double x1, double y1, double x2, double y2) {
        CuboidTool.render(gc, Cuboid.fromFrontBox(x1, y1, x2, y2), view, style);
    }

    @Override
    public String hint() {
        return started() ? "Click the opposite corner of the front face" : "Click the first corner of the front face";
    }
}
