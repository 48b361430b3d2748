package io.annolab.ui.shapes.ellipse;

import java.util.ArrayList;
import java.util.List;

import io.annolab.model.Shape;
import io.annolab.ui.canvas.api.Handle;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;

/** The four corners of the ellipse's (turned) box and a rotation knob above its top, as for rectangles. */
final class EllipseHandles {

    static final int ROTATION = 4;
    private static final double SNAP_DEGREES = 15;

    private EllipseHandles() {
    }

    static List<Handle> of(Shape shape) {
        EllipseGeometry ellipse = EllipseGeometry.of(shape);
        double[] corners = ellipse.boxCorners();
        List<Handle> handles = new ArrayList<>(5);
        for (int i = 0; i < 4; i++) {
            handles.add(new Handle(i, Handle.Kind.CORNER, corners[2 * i], corners[2 * i + 1]));
        }
        // Above the middle of the top edge, a fifth of the height away (at least 10 pixels).
        double offset = Math.max(10, 2 * ellipse.ry() / 5);
        double[] knob = ellipse.toImage(0, -ellipse.ry() - offset);
        handles.add(new Handle(ROTATION, Handle.Kind.ROTATION, knob[0], knob[1]));
        return handles;
    }

    static ShapeGeometry drag(Shape shape, Handle handle, PointerEvent event) {
        EllipseGeometry ellipse = EllipseGeometry.of(shape);
        if (handle.index() == ROTATION) {
            double degrees = Math.toDegrees(Math.atan2(event.x() - ellipse.cx(), -(event.y() - ellipse.cy())));
            if (event.shift()) {
                degrees = Math.round(degrees / SNAP_DEGREES) * SNAP_DEGREES;
            }
            return ShapeGeometry.of(shape).withRotation((float) ((degrees + 360) % 360));
        }
        // The dragged corner follows the cursor and the opposite corner stays; the box keeps its turn.
        double[] corners = ellipse.boxCorners();
        int opposite = (handle.index() + 2) % 4;
        double fixedX = corners[2 * opposite], fixedY = corners[2 * opposite + 1];
        EllipseGeometry centred = new EllipseGeometry((fixedX + event.x()) / 2, (fixedY + event.y()) / 2, 0, 0, ellipse.rotation());
        double[] half = centred.toLocal(event.x(), event.y());
        EllipseGeometry resized = new EllipseGeometry(centred.cx(), centred.cy(), Math.abs(half[0]), Math.abs(half[1]), ellipse.rotation());
        return ShapeGeometry.of(shape).withPoints(resized.points());
    }
}
