package io.annolab.ui.shapes.cuboid;

import java.util.Optional;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.FixedClicksDrawing;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ViewTransform;

/**
 * "By 4 points": the first two clicks are the ends of the front face's top or bottom edge, the
 * third sets the height of its vertical sides, the fourth places the back face and completes
 * the cuboid (see {@link Cuboid#fromFourPoints}).
 */
final class FourPointsDrawing extends FixedClicksDrawing {

    private static final String[] HINTS = { "Click one end of the front face's bottom (or top) edge", "Click the other end of that edge",
            "Click the height of the front face", "Click the matching corner of the back face" };

    FourPointsDrawing() {
        super(4);
    }

    @Override
    protected Optional<ShapeGeometry> geometry(double[] p) {
        if (Math.abs(p[2] - p[0]) < 1 || Math.abs(p[5] - p[3]) < 1) {
            return Optional.empty();
        }
        return Optional.of(ShapeGeometry.of(ShapeType.CUBOID, cuboid(p, p[6], p[7])));
    }

    private static Coordinates cuboid(double[] p, double depthX, double depthY) {
        return Cuboid.fromFourPoints(p[0], p[1], p[2], p[3], p[4], p[5], depthX, depthY);
    }

    @Override
    protected void preview(GC gc, ViewTransform view, ShapeStyle style, double[] p, int placed, double cursorX, double cursorY) {
        switch (placed) {
            case 1 -> gc.drawLine(view.viewX(p[0], p[1]), view.viewY(p[0], p[1]), view.viewX(cursorX, cursorY), view.viewY(cursorX, cursorY));
            case 2 -> {
                double[] face = Cuboid.frontFace(p[0], p[1], p[2], p[3], cursorY - p[3]);
                gc.drawPolygon(view.toView(new float[] { (float) face[0], (float) face[1], (float) face[4], (float) face[5], (float) face[6],
                        (float) face[7], (float) face[2], (float) face[3] }));
            }
            case 3 -> CuboidTool.render(gc, cuboid(p, cursorX, cursorY), view, style);
            default -> {
            }
        }
    }

    @Override
    public String hint() {
        return placed() < 4 ? HINTS[placed()] : "";
    }
}
