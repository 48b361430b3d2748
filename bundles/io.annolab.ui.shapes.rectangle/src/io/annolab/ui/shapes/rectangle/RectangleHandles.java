package io.annolab.ui.shapes.rectangle;

import java.util.ArrayList;
import java.util.List;

import io.annolab.model.Shape;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.Handle;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;

/** Corner and rotation handles of a (possibly rotated) rectangle; also used by ellipses drawn in a box. */
final class RectangleHandles {

    static final int ROTATION = 4;
    private static final double SNAP_DEGREES = 15;

    private RectangleHandles() {
    }

    static List<Handle> of(Shape shape) {
        double[] corners = RectangleTool.corners(shape);
        List<Handle> handles = new ArrayList<>(5);
        for (int i = 0; i < 4; i++) {
            handles.add(new Handle(i, Handle.Kind.CORNER, corners[2 * i], corners[2 * i + 1]));
        }
        // The knob sits above the middle of the top edge, away from the box by a fifth of its height.
        double topX = (corners[0] + corners[2]) / 2, topY = (corners[1] + corners[3]) / 2;
        double bottomX = (corners[4] + corners[6]) / 2, bottomY = (corners[5] + corners[7]) / 2;
        double dx = topX - bottomX, dy = topY - bottomY, length = Math.max(1e-6, Math.hypot(dx, dy));
        double offset = Math.max(10, length / 5);
        handles.add(new Handle(ROTATION, Handle.Kind.ROTATION, topX + dx / length * offset, topY + dy / length * offset));
        return handles;
    }

    static ShapeGeometry drag(Shape shape, Handle handle, PointerEvent event) {
        Coordinates p = shape.getPoints();
        double cx = (p.get(0) + p.get(2)) / 2, cy = (p.get(1) + p.get(3)) / 2;
        if (handle.index() == ROTATION) {
            double degrees = Math.toDegrees(Math.atan2(event.x() - cx, -(event.y() - cy)));
            if (event.shift()) {
                degrees = Math.round(degrees / SNAP_DEGREES) * SNAP_DEGREES;
            }
            return ShapeGeometry.of(shape).withRotation((float) ((degrees + 360) % 360));
        }
        // Work in the box's own frame: the dragged corner follows the cursor, the opposite corner stays.
        double angle = Math.toRadians(shape.getRotation());
        double[] corners = RectangleTool.corners(shape);
        int opposite = (handle.index() + 2) % 4;
        double fixedX = corners[2 * opposite], fixedY = corners[2 * opposite + 1];
        double newCx = (fixedX + event.x()) / 2, newCy = (fixedY + event.y()) / 2;
        double[] a = unrotate(fixedX, fixedY, newCx, newCy, angle);
        double[] b = unrotate(event.x(), event.y(), newCx, newCy, angle);
        return ShapeGeometry.of(shape).withPoints(Coordinates.of(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]),
                Math.max(a[1], b[1])));
    }

    private static double[] unrotate(double x, double y, double cx, double cy, double angle) {
        double dx = x - cx, dy = y - cy;
        return new double[] { cx + dx * Math.cos(-angle) - dy * Math.sin(-angle), cy + dx * Math.sin(-angle) + dy * Math.cos(-angle) };
    }
}
