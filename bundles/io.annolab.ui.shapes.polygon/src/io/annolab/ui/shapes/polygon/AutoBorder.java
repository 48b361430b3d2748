package io.annolab.ui.shapes.polygon;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.Shape;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.ShapePainter;
import io.annolab.ui.canvas.api.ViewTransform;

/**
 * Automatic bordering: the outlines of the frame's other shapes, whose vertices a new polygon or
 * polyline snaps to, and the stretch of outline between two snapped vertices of the same shape.
 */
final class AutoBorder {

    /** A vertex of one of the outlines that a click landed on. */
    record Snap(int outline, int vertex, double x, double y) {
    }

    private record Outline(double[] xy, boolean closed) {
        int count() {
            return xy.length / 2;
        }
    }

    private final List<Outline> outlines = new ArrayList<>();

    AutoBorder(List<Shape> frameShapes) {
        for (Shape shape : frameShapes) {
            Coordinates p = shape.getPoints();
            switch (shape.getType()) {
                case POLYGON -> outlines.add(new Outline(Outlines.toDoubles(p), true));
                case POLYLINE -> outlines.add(new Outline(Outlines.toDoubles(p), false));
                case RECTANGLE -> {
                    if (p.size() >= 4) {
                        outlines.add(new Outline(rectangleCorners(p, shape.getRotation()), true));
                    }
                }
                default -> {
                    // Points, ellipses, masks and the rest have no vertex outline to follow.
                }
            }
        }
    }

    /** The outline vertex nearest to (x, y) within {@code tolerance}, or null. */
    Snap snap(double x, double y, double tolerance) {
        Snap best = null;
        double bestDistance = tolerance;
        for (int o = 0; o < outlines.size(); o++) {
            double[] xy = outlines.get(o).xy();
            for (int v = 0; v < xy.length / 2; v++) {
                double d = Math.hypot(xy[2 * v] - x, xy[2 * v + 1] - y);
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = new Snap(o, v, xy[2 * v], xy[2 * v + 1]);
                }
            }
        }
        return best;
    }

    /**
     * The outline's vertices after {@code from} up to and including {@code to}: along an open line
     * the only way, around a closed outline the shorter way.
     */
    double[] stretch(int outline, int from, int to) {
        Outline o = outlines.get(outline);
        int n = o.count();
        if (!o.closed()) {
            return walk(o.xy(), from, to, from < to ? 1 : -1, n);
        }
        double[] forward = walk(o.xy(), from, to, 1, n);
        double[] backward = walk(o.xy(), from, to, -1, n);
        double[] start = { o.xy()[2 * from], o.xy()[2 * from + 1] };
        return Outlines.length(concat(start, forward)) <= Outlines.length(concat(start, backward)) ? forward : backward;
    }

    private static double[] walk(double[] xy, int from, int to, int step, int n) {
        int steps = Math.floorMod((to - from) * step, n);
        double[] out = new double[2 * steps];
        for (int k = 1; k <= steps; k++) {
            int v = Math.floorMod(from + k * step, n);
            out[2 * (k - 1)] = xy[2 * v];
            out[2 * (k - 1) + 1] = xy[2 * v + 1];
        }
        return out;
    }

    /** Marks every vertex that can be snapped to, so the user sees where bordering applies. */
    void highlight(GC gc, ViewTransform view, Snap anchor) {
        for (Outline o : outlines) {
            for (int v = 0; v < o.count(); v++) {
                ShapePainter.marker(gc, view.viewX(o.xy()[2 * v], o.xy()[2 * v + 1]), view.viewY(o.xy()[2 * v], o.xy()[2 * v + 1]), 2);
            }
        }
        if (anchor != null) {
            ShapePainter.marker(gc, view.viewX(anchor.x(), anchor.y()), view.viewY(anchor.x(), anchor.y()), 5);
        }
    }

    static double[] concat(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static double[] rectangleCorners(Coordinates p, double rotation) {
        double x1 = p.get(0), y1 = p.get(1), x2 = p.get(2), y2 = p.get(3);
        double cx = (x1 + x2) / 2, cy = (y1 + y2) / 2, angle = Math.toRadians(rotation);
        double[] corners = { x1, y1, x2, y1, x2, y2, x1, y2 };
        for (int i = 0; i < 8; i += 2) {
            double dx = corners[i] - cx, dy = corners[i + 1] - cy;
            corners[i] = cx + dx * Math.cos(angle) - dy * Math.sin(angle);
            corners[i + 1] = cy + dx * Math.sin(angle) + dy * Math.cos(angle);
        }
        return corners;
    }
}
