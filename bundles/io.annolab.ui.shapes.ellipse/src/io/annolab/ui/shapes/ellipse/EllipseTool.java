package io.annolab.ui.shapes.ellipse;

import java.util.List;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.DrawingOptions;
import io.annolab.ui.canvas.api.Handle;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapePainter;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ViewTransform;

/** Ellipses as cx,cy,rx,ry turned by {@code rotation} degrees clockwise (road signs), drawn in a box like rectangles. */
public class EllipseTool implements ShapeTool {

    /** Below this screen radius a simplified ellipse is one marker. */
    private static final double TINY_RADIUS = 2;

    @Override
    public String id() {
        return "ellipse";
    }

    @Override
    public ShapeType shapeType() {
        return ShapeType.ELLIPSE;
    }

    @Override
    public void render(GC gc, Shape shape, ViewTransform view, ShapeStyle style) {
        render(gc, EllipseGeometry.of(shape), view, style);
    }

    static void render(GC gc, EllipseGeometry ellipse, ViewTransform view, ShapeStyle style) {
        ShapePainter.prepare(gc, style);
        double screenRadius = Math.max(ellipse.rx(), ellipse.ry()) * view.scale();
        if (style.simplified() && screenRadius < TINY_RADIUS) {
            ShapePainter.marker(gc, view.viewX(ellipse.cx(), ellipse.cy()), view.viewY(ellipse.cx(), ellipse.cy()), 1);
            return;
        }
        // About one segment per 4 screen pixels of circumference keeps the outline smooth at any zoom.
        int segments = (int) Math.max(16, Math.min(256, 2 * Math.PI * screenRadius / 4));
        int[] path = ShapePainter.viewPath(ellipse.outline(segments), view);
        ShapePainter.fillPolygon(gc, path, style);
        gc.drawPolygon(path);
    }

    /** Inside the turned ellipse, or within {@code tolerance} outside its border. */
    @Override
    public boolean hits(Shape shape, double x, double y, double tolerance) {
        return EllipseGeometry.of(shape).contains(x, y, tolerance);
    }

    @Override
    public double[] bounds(Shape shape) {
        return EllipseGeometry.of(shape).bounds();
    }

    @Override
    public Drawing startDrawing(DrawingOptions options) {
        return new EllipseBoxDrawing();
    }

    @Override
    public List<Handle> handles(Shape shape) {
        return EllipseHandles.of(shape);
    }

    @Override
    public ShapeGeometry dragHandle(Shape shape, Handle handle, PointerEvent event) {
        return EllipseHandles.drag(shape, handle, event);
    }

    /** Moves the centre only: the radii are lengths, not a point. */
    @Override
    public ShapeGeometry translate(Shape shape, double dx, double dy) {
        EllipseGeometry e = EllipseGeometry.of(shape);
        return ShapeGeometry.of(shape).withPoints(new EllipseGeometry(e.cx() + dx, e.cy() + dy, e.rx(), e.ry(), e.rotation()).points());
    }
}
