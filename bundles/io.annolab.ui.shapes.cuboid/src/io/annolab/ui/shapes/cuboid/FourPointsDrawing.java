package io.annolab.ui.shapes.cuboid;

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

/**
 * "By 4 points": the first two clicks are the ends of the front face's top or bottom edge, the
 * third sets the height of its vertical sides, the fourth places the back face and completes
 * the cuboid (see {@link Cuboid#fromFourPoints}).
 */
final class FourPointsDrawing implements Drawing {

    private static final String[] HINTS = { "Click one end of the front face's bottom (or top) edge", "Click the other end of that edge",
            "Click the height of the front face", "Click the matching corner of the back face" };

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
        if (count < 4 || Math.abs(points[2] - points[0]) < 1 || Math.abs(points[5] - points[3]) < 1) {
            return Optional.empty();
        }
        return Optional.of(ShapeGeometry.of(ShapeType.CUBOID, cuboid(points[6], points[7])));
    }

    private Coordinates cuboid(double depthX, double depthY) {
        return Cuboid.fromFourPoints(points[0], points[1], points[2], points[3], points[4], points[5], depthX, depthY);
    }

    @Override
    public void renderPreview(GC gc, ViewTransform view, ShapeStyle style) {
        ShapePainter.prepare(gc, style);
        for (int i = 0; i < count; i++) {
            ShapePainter.marker(gc, view.viewX(points[2 * i], points[2 * i + 1]), view.viewY(points[2 * i], points[2 * i + 1]), 3);
        }
        switch (count) {
            case 1 -> gc.drawLine(view.viewX(points[0], points[1]), view.viewY(points[0], points[1]), view.viewX(cursorX, cursorY),
                    view.viewY(cursorX, cursorY));
            case 2 -> {
                double[] face = Cuboid.frontFace(points[0], points[1], points[2], points[3], cursorY - points[3]);
                int[] path = view.toView(new float[] { (float) face[0], (float) face[1], (float) face[4], (float) face[5],
                        (float) face[6], (float) face[7], (float) face[2], (float) face[3] });
                gc.drawPolygon(path);
            }
            case 3 -> CuboidTool.render(gc, cuboid(cursorX, cursorY), view, style);
            default -> {
            }
        }
    }

    @Override
    public String hint() {
        return count < 4 ? HINTS[count] : "";
    }
}
