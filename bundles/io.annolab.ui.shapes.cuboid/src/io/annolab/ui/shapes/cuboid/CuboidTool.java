package io.annolab.ui.shapes.cuboid;

import static io.annolab.ui.shapes.cuboid.Cuboid.BL1;
import static io.annolab.ui.shapes.cuboid.Cuboid.BL2;
import static io.annolab.ui.shapes.cuboid.Cuboid.BR1;
import static io.annolab.ui.shapes.cuboid.Cuboid.BR2;
import static io.annolab.ui.shapes.cuboid.Cuboid.TL1;
import static io.annolab.ui.shapes.cuboid.Cuboid.TL2;
import static io.annolab.ui.shapes.cuboid.Cuboid.TR1;
import static io.annolab.ui.shapes.cuboid.Cuboid.TR2;

import java.util.List;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.DrawingOptions;
import io.annolab.ui.canvas.api.Handle;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapePainter;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ViewTransform;

/** 2D cuboids: eight corners in CVAT's order (see {@link Cuboid}), drawn from a rectangle or by four points. */
public class CuboidTool implements ShapeTool {

    public static final String FROM_RECTANGLE = "from-rectangle";
    public static final String BY_FOUR_POINTS = "by4";

    private static final int[] FRONT_FACE = { TL1, TR1, BR1, BL1 };
    private static final int[] BACK_FACE = { TL2, TR2, BR2, BL2 };

    @Override
    public String id() {
        return "cuboid";
    }

    @Override
    public ShapeType shapeType() {
        return ShapeType.CUBOID;
    }

    @Override
    public List<String> methods() {
        return List.of(FROM_RECTANGLE, BY_FOUR_POINTS);
    }

    @Override
    public void render(GC gc, Shape shape, ViewTransform view, ShapeStyle style) {
        if (shape.getPoints().pointCount() == 8) {
            render(gc, shape.getPoints(), view, style);
        }
    }

    /** Back face and connecting edges thin, then the front face filled and one pixel stronger, so it reads as nearest. */
    static void render(GC gc, Coordinates points, ViewTransform view, ShapeStyle style) {
        int[] view8 = view.toView(points.toArray());
        ShapePainter.prepare(gc, style);
        int lineWidth = gc.getLineWidth();
        gc.drawPolygon(face(view8, BACK_FACE));
        for (int corner = 0; corner < 4; corner++) {
            gc.drawLine(view8[2 * corner], view8[2 * corner + 1], view8[2 * (corner + 4)], view8[2 * (corner + 4) + 1]);
        }
        int[] front = face(view8, FRONT_FACE);
        ShapePainter.fillPolygon(gc, front, style);
        gc.setLineWidth(lineWidth + 1);
        gc.drawPolygon(front);
        gc.setLineWidth(lineWidth);
    }

    private static int[] face(int[] view8, int[] corners) {
        int[] face = new int[8];
        for (int i = 0; i < 4; i++) {
            face[2 * i] = view8[2 * corners[i]];
            face[2 * i + 1] = view8[2 * corners[i] + 1];
        }
        return face;
    }

    /** Inside the convex hull of the corners, or within {@code tolerance} of its outline. */
    @Override
    public boolean hits(Shape shape, double x, double y, double tolerance) {
        if (shape.getPoints().pointCount() != 8) {
            return false;
        }
        double[] hull = Cuboid.hull(shape.getPoints());
        Coordinates outline = Coordinates.of(hull);
        if (ShapePainter.insidePolygon(outline, x, y)) {
            return true;
        }
        int n = outline.pointCount();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if (ShapePainter.segmentDistance(x, y, outline.x(j), outline.y(j), outline.x(i), outline.y(i)) <= tolerance) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Drawing startDrawing(DrawingOptions options) {
        return BY_FOUR_POINTS.equals(options.method()) ? new FourPointsDrawing() : new FrontBoxDrawing();
    }

    /** The eight corners, then the midpoints of the four vertical edges and of the front face's top and bottom edges. */
    @Override
    public List<Handle> handles(Shape shape) {
        return CuboidHandles.of(shape.getPoints());
    }

    @Override
    public ShapeGeometry dragHandle(Shape shape, Handle handle, PointerEvent event) {
        return ShapeGeometry.of(shape).withPoints(CuboidHandles.drag(shape.getPoints(), handle.index(), event));
    }

    /** The right-click "Reset perspective": the back face becomes a parallel copy of the front face. */
    public ShapeGeometry resetPerspective(Shape shape) {
        return ShapeGeometry.of(shape).withPoints(Cuboid.resetPerspective(shape.getPoints()));
    }
}
