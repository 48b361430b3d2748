package io.annolab.ui.shapes.ellipse;

import io.annolab.model.Shape;
import io.annolab.model.values.Coordinates;

/** An ellipse cx,cy,rx,ry turned by {@code rotation} degrees clockwise about its centre (image y points down). */
record EllipseGeometry(double cx, double cy, double rx, double ry, double rotation) {

    static EllipseGeometry of(Shape shape) {
        Coordinates p = shape.getPoints();
        return new EllipseGeometry(p.get(0), p.get(1), Math.abs(p.get(2)), Math.abs(p.get(3)), shape.getRotation());
    }

    /** The ellipse inscribed in the axis-aligned box with opposite corners (x1, y1) and (x2, y2). */
    static EllipseGeometry inBox(double x1, double y1, double x2, double y2, double rotation) {
        return new EllipseGeometry((x1 + x2) / 2, (y1 + y2) / 2, Math.abs(x2 - x1) / 2, Math.abs(y2 - y1) / 2, rotation);
    }

    Coordinates points() {
        return Coordinates.of(cx, cy, rx, ry);
    }

    /** Image point of the ellipse's own frame point (lx, ly) relative to the centre. */
    double[] toImage(double lx, double ly) {
        double angle = Math.toRadians(rotation);
        return new double[] { cx + lx * Math.cos(angle) - ly * Math.sin(angle), cy + lx * Math.sin(angle) + ly * Math.cos(angle) };
    }

    /** The image point (x, y) in the ellipse's own frame, relative to the centre. */
    double[] toLocal(double x, double y) {
        double angle = Math.toRadians(-rotation);
        double dx = x - cx, dy = y - cy;
        return new double[] { dx * Math.cos(angle) - dy * Math.sin(angle), dx * Math.sin(angle) + dy * Math.cos(angle) };
    }

    /** The corners of the bounding box in the ellipse's frame, clockwise from the top left, in image coordinates. */
    double[] boxCorners() {
        double[] corners = new double[8];
        double[][] local = { { -rx, -ry }, { rx, -ry }, { rx, ry }, { -rx, ry } };
        for (int i = 0; i < 4; i++) {
            double[] p = toImage(local[i][0], local[i][1]);
            corners[2 * i] = p[0];
            corners[2 * i + 1] = p[1];
        }
        return corners;
    }

    /** The outline as {@code segments} image points. */
    Coordinates outline(int segments) {
        double[] xy = new double[2 * segments];
        for (int i = 0; i < segments; i++) {
            double t = 2 * Math.PI * i / segments;
            double[] p = toImage(rx * Math.cos(t), ry * Math.sin(t));
            xy[2 * i] = p[0];
            xy[2 * i + 1] = p[1];
        }
        return Coordinates.of(xy);
    }

    /** Whether (x, y) is inside the ellipse grown by {@code tolerance}. */
    boolean contains(double x, double y, double tolerance) {
        double[] local = toLocal(x, y);
        double a = rx + tolerance, b = ry + tolerance;
        if (a <= 0 || b <= 0) {
            return false;
        }
        return (local[0] * local[0]) / (a * a) + (local[1] * local[1]) / (b * b) <= 1;
    }

    /** Axis-aligned bounds of the turned ellipse: minX, minY, maxX, maxY. */
    double[] bounds() {
        double angle = Math.toRadians(rotation), cos = Math.cos(angle), sin = Math.sin(angle);
        double halfWidth = Math.sqrt(rx * rx * cos * cos + ry * ry * sin * sin);
        double halfHeight = Math.sqrt(rx * rx * sin * sin + ry * ry * cos * cos);
        return new double[] { cx - halfWidth, cy - halfHeight, cx + halfWidth, cy + halfHeight };
    }
}
