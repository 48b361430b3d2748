package io.annolab.ui.editor.canvas;

import org.eclipse.swt.graphics.Path;

import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.ViewTransform;

/**
 * The outline of a shape seen from far away: polygons and polylines keep their form with one
 * vertex per screen pixel, every other kind becomes its bounding box.
 */
final class SimplifiedOutlines {

    private SimplifiedOutlines() {
    }

    static void add(Path path, Shape shape, double[] bounds, ViewTransform view) {
        ShapeType type = shape.getType();
        if (type == ShapeType.POLYGON || type == ShapeType.POLYLINE) {
            addVertices(path, shape.getPoints(), view, type == ShapeType.POLYGON);
        } else {
            addVertices(path, Coordinates.of(bounds[0], bounds[1], bounds[2], bounds[1], bounds[2], bounds[3], bounds[0], bounds[3]), view, true);
        }
    }

    private static void addVertices(Path path, Coordinates points, ViewTransform view, boolean closed) {
        int n = points.pointCount();
        if (n == 0) {
            return;
        }
        float lastX = (float) view.viewXd(points.x(0), points.y(0)), lastY = (float) view.viewYd(points.x(0), points.y(0));
        path.moveTo(lastX, lastY);
        for (int i = 1; i < n; i++) {
            float x = (float) view.viewXd(points.x(i), points.y(i)), y = (float) view.viewYd(points.x(i), points.y(i));
            if (Math.abs(x - lastX) >= 1 || Math.abs(y - lastY) >= 1 || i == n - 1) {
                path.lineTo(x, y);
                lastX = x;
                lastY = y;
            }
        }
        if (closed) {
            path.close();
        }
    }
}
