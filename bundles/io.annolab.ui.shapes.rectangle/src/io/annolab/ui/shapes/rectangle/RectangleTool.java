package io.annolab.ui.shapes.rectangle;

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

/** Rectangles given as x1,y1,x2,y2, rotated by {@code rotation} degrees clockwise about their centre. */
public class RectangleTool implements ShapeTool {

    static final String BY_TWO_POINTS = "by2";
    static final String BY_FOUR_POINTS = "by4";

    @Override
    public String id() {
        return "rectangle";
    }

    @Override
    public ShapeType shapeType() {
        return ShapeType.RECTANGLE;
    }

    @Override
    public List<String> methods() {
        return List.of(BY_TWO_POINTS, BY_FOUR_POINTS);
    }

    @Override
    public void render(GC gc, Shape shape, ViewTransform view, ShapeStyle style) {
        render(gc, corners(shape), view, style);
    }

    static void render(GC gc, double[] corners, ViewTransform view, ShapeStyle style) {
        int[] polygon = new int[8];
        for (int i = 0; i < 4; i++) {
            polygon[2 * i] = view.viewX(corners[2 * i], corners[2 * i + 1]);
            polygon[2 * i + 1] = view.viewY(corners[2 * i], corners[2 * i + 1]);
        }
        ShapePainter.prepare(gc, style);
        ShapePainter.fillPolygon(gc, polygon, style);
        gc.drawPolygon(polygon);
    }

    @Override
    public boolean hits(Shape shape, double x, double y, double tolerance) {
        Coordinates p = shape.getPoints();
        double cx = (p.get(0) + p.get(2)) / 2, cy = (p.get(1) + p.get(3)) / 2;
        // Undo the rotation around the centre, then test against the axis-aligned box.
        double angle = Math.toRadians(-shape.getRotation());
        double dx = x - cx, dy = y - cy;
        double localX = cx + dx * Math.cos(angle) - dy * Math.sin(angle);
        double localY = cy + dx * Math.sin(angle) + dy * Math.cos(angle);
        return localX >= Math.min(p.get(0), p.get(2)) - tolerance && localX <= Math.max(p.get(0), p.get(2)) + tolerance
                && localY >= Math.min(p.get(1), p.get(3)) - tolerance && localY <= Math.max(p.get(1), p.get(3)) + tolerance;
    }

    @Override
    public double[] bounds(Shape shape) {
        double[] c = corners(shape);
        double minX = Math.min(Math.min(c[0], c[2]), Math.min(c[4], c[6]));
        double maxX = Math.max(Math.max(c[0], c[2]), Math.max(c[4], c[6]));
        double minY = Math.min(Math.min(c[1], c[3]), Math.min(c[5], c[7]));
        double maxY = Math.max(Math.max(c[1], c[3]), Math.max(c[5], c[7]));
        return new double[] { minX, minY, maxX, maxY };
    }

    @Override
    public Drawing startDrawing(DrawingOptions options) {
        return BY_FOUR_POINTS.equals(options.method()) ? new ExtremePointsDrawing() : new TwoCornersDrawing();
    }

    /** Four corners (clockwise from top left, before rotation) and a rotation knob above the top edge. */
    @Override
    public List<Handle> handles(Shape shape) {
        return RectangleHandles.of(shape);
    }

    @Override
    public ShapeGeometry dragHandle(Shape shape, Handle handle, PointerEvent event) {
        return RectangleHandles.drag(shape, handle, event);
    }

    /** The four corners in image coordinates, clockwise from the top left, after rotation. */
    static double[] corners(Shape shape) {
        Coordinates p = shape.getPoints();
        return corners(p.get(0), p.get(1), p.get(2), p.get(3), shape.getRotation());
    }

    static double[] corners(double x1, double y1, double x2, double y2, double rotation) {
        double cx = (x1 + x2) / 2, cy = (y1 + y2) / 2;
        double angle = Math.toRadians(rotation);
        double[] corners = { x1, y1, x2, y1, x2, y2, x1, y2 };
        for (int i = 0; i < 8; i += 2) {
            double dx = corners[i] - cx, dy = corners[i + 1] - cy;
            corners[i] = cx + dx * Math.cos(angle) - dy * Math.sin(angle);
            corners[i + 1] = cy + dx * Math.sin(angle) + dy * Math.cos(angle);
        }
        return corners;
    }
}
