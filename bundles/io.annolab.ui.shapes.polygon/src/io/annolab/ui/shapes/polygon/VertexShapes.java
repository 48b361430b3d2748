package io.annolab.ui.shapes.polygon;

import java.util.Optional;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.Shape;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapePainter;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ViewTransform;

/** Rendering, hit testing and vertex deletion shared by the polygon, polyline and points tools. */
public final class VertexShapes {

    /** Below this many screen pixels a simplified shape is drawn as one marker. */
    static final int TINY_PIXELS = 4;

    private VertexShapes() {
    }

    public static void render(GC gc, Coordinates points, PathKind kind, ViewTransform view, ShapeStyle style) {
        if (points.isEmpty()) {
            return;
        }
        ShapePainter.prepare(gc, style);
        if (style.simplified() && drawnAsMarker(gc, points, view)) {
            return;
        }
        int[] path = ShapePainter.viewPath(points, view);
        switch (kind) {
            case POLYGON -> {
                ShapePainter.fillPolygon(gc, path, style);
                gc.drawPolygon(path);
            }
            case POLYLINE -> gc.drawPolyline(path);
            case POINTS -> {
                int radius = Math.max(2, style.lineWidth() + 1);
                for (int i = 0; i + 1 < path.length; i += 2) {
                    ShapePainter.marker(gc, path[i], path[i + 1], radius);
                }
            }
        }
    }

    /** Draws one marker instead of the shape when it spans only a few screen pixels; returns whether it did. */
    private static boolean drawnAsMarker(GC gc, Coordinates points, ViewTransform view) {
        float[] b = points.bounds();
        int x1 = view.viewX(b[0], b[1]), y1 = view.viewY(b[0], b[1]);
        int x2 = view.viewX(b[2], b[3]), y2 = view.viewY(b[2], b[3]);
        if (Math.abs(x2 - x1) > TINY_PIXELS || Math.abs(y2 - y1) > TINY_PIXELS) {
            return false;
        }
        ShapePainter.marker(gc, (x1 + x2) / 2, (y1 + y2) / 2, 1);
        return true;
    }

    public static boolean hits(Coordinates points, PathKind kind, double x, double y, double tolerance) {
        int n = points.pointCount();
        if (kind == PathKind.POINTS || n == 1) {
            for (int i = 0; i < n; i++) {
                if (Math.hypot(points.x(i) - x, points.y(i) - y) <= tolerance) {
                    return true;
                }
            }
            return false;
        }
        if (kind == PathKind.POLYGON && ShapePainter.insidePolygon(points, x, y)) {
            return true;
        }
        int segments = kind.closed() ? n : n - 1;
        for (int i = 0; i < segments; i++) {
            int j = (i + 1) % n;
            if (ShapePainter.segmentDistance(x, y, points.x(i), points.y(i), points.x(j), points.y(j)) <= tolerance) {
                return true;
            }
        }
        return false;
    }

    /** The shape without vertex {@code index}; empty when that would leave fewer than the kind's minimum. */
    public static Optional<ShapeGeometry> deleteVertex(Shape shape, int index, PathKind kind) {
        Coordinates points = shape.getPoints();
        if (index < 0 || index >= points.pointCount() || points.pointCount() <= kind.minimumPoints()) {
            return Optional.empty();
        }
        float[] all = points.toArray();
        float[] remaining = new float[all.length - 2];
        System.arraycopy(all, 0, remaining, 0, 2 * index);
        System.arraycopy(all, 2 * index + 2, remaining, 2 * index, all.length - 2 * index - 2);
        return Optional.of(ShapeGeometry.of(shape).withPoints(Coordinates.wrap(remaining)));
    }
}
