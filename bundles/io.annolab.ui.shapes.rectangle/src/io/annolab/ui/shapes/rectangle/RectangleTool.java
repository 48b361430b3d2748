package io.annolab.ui.shapes.rectangle;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ViewTransform;

/** Rectangles given as x1,y1,x2,y2, rotated by {@code rotation} degrees clockwise about their centre. */
public class RectangleTool implements ShapeTool {

    @Override
    public String id() {
        return "rectangle";
    }

    @Override
    public ShapeType shapeType() {
        return ShapeType.RECTANGLE;
    }

    @Override
    public void render(GC gc, Shape shape, ViewTransform view, int rgb) {
        double[] corners = corners(shape);
        int[] polygon = new int[8];
        for (int i = 0; i < 4; i++) {
            polygon[2 * i] = view.viewX(corners[2 * i]);
            polygon[2 * i + 1] = view.viewY(corners[2 * i + 1]);
        }
        Color color = new Color(gc.getDevice(), (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
        try {
            gc.setForeground(color);
            gc.setLineWidth(2);
            gc.drawPolygon(polygon);
        } finally {
            color.dispose();
        }
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

    /** The four corners in image coordinates, clockwise from the top left, after rotation. */
    static double[] corners(Shape shape) {
        Coordinates p = shape.getPoints();
        double x1 = p.get(0), y1 = p.get(1), x2 = p.get(2), y2 = p.get(3);
        double cx = (x1 + x2) / 2, cy = (y1 + y2) / 2;
        double angle = Math.toRadians(shape.getRotation());
        double[] corners = { x1, y1, x2, y1, x2, y2, x1, y2 };
        for (int i = 0; i < 8; i += 2) {
            double dx = corners[i] - cx, dy = corners[i + 1] - cy;
            corners[i] = cx + dx * Math.cos(angle) - dy * Math.sin(angle);
            corners[i + 1] = cy + dx * Math.sin(angle) + dy * Math.cos(angle);
        }
        return corners;
    }
}
