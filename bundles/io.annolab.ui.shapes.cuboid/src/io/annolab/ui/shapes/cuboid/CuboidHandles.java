package io.annolab.ui.shapes.cuboid;

import static io.annolab.ui.shapes.cuboid.Cuboid.BL1;
import static io.annolab.ui.shapes.cuboid.Cuboid.BL2;
import static io.annolab.ui.shapes.cuboid.Cuboid.BR1;
import static io.annolab.ui.shapes.cuboid.Cuboid.BR2;
import static io.annolab.ui.shapes.cuboid.Cuboid.TL1;
import static io.annolab.ui.shapes.cuboid.Cuboid.TL2;
import static io.annolab.ui.shapes.cuboid.Cuboid.TR1;
import static io.annolab.ui.shapes.cuboid.Cuboid.TR2;

import java.util.ArrayList;
import java.util.List;

import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.Handle;
import io.annolab.ui.canvas.api.PointerEvent;

/**
 * Cuboid handles. 0–7 are the corners: dragging one moves its vertical edge to the cursor's x
 * and that end of the edge to the cursor's y, so edges stay vertical; Shift on a back corner
 * instead stretches the back face about its opposite corner, which changes the perspective.
 * 8–11 are the midpoints of the vertical edges (front left, front right, back left, back right):
 * they move the edge sideways, extending its faces. 12 and 13 are the midpoints of the front
 * face's top and bottom edges: they move the top (bottom) of the whole cuboid up or down.
 */
final class CuboidHandles {

    static final int FRONT_LEFT_EDGE = 8, FRONT_RIGHT_EDGE = 9, BACK_LEFT_EDGE = 10, BACK_RIGHT_EDGE = 11;
    static final int TOP_EDGE = 12, BOTTOM_EDGE = 13;
    private static final int[] VERTICAL_EDGE_TOPS = { TL1, TR1, TL2, TR2 };

    private CuboidHandles() {
    }

    static List<Handle> of(Coordinates p) {
        List<Handle> handles = new ArrayList<>(14);
        if (p.pointCount() != 8) {
            return handles;
        }
        for (int i = 0; i < 8; i++) {
            handles.add(new Handle(i, Handle.Kind.VERTEX, p.x(i), p.y(i)));
        }
        for (int e = 0; e < 4; e++) {
            int top = VERTICAL_EDGE_TOPS[e];
            handles.add(new Handle(FRONT_LEFT_EDGE + e, Handle.Kind.EDGE, p.x(top), (p.y(top) + p.y(top + 1)) / 2));
        }
        handles.add(new Handle(TOP_EDGE, Handle.Kind.EDGE, (p.x(TL1) + p.x(TR1)) / 2, (p.y(TL1) + p.y(TR1)) / 2));
        handles.add(new Handle(BOTTOM_EDGE, Handle.Kind.EDGE, (p.x(BL1) + p.x(BR1)) / 2, (p.y(BL1) + p.y(BR1)) / 2));
        return handles;
    }

    static Coordinates drag(Coordinates points, int index, PointerEvent event) {
        float[] p = points.toArray();
        float x = (float) event.x(), y = (float) event.y();
        if (index < 8) {
            if (Cuboid.isBack(index) && event.shift()) {
                stretchBackFace(p, index, x, y);
            } else {
                p[2 * index] = x;
                p[2 * Cuboid.verticalPartner(index)] = x;
                p[2 * index + 1] = y;
            }
        } else if (index <= BACK_RIGHT_EDGE) {
            int top = VERTICAL_EDGE_TOPS[index - FRONT_LEFT_EDGE];
            p[2 * top] = x;
            p[2 * (top + 1)] = x;
        } else if (index == TOP_EDGE || index == BOTTOM_EDGE) {
            int left = index == TOP_EDGE ? TL1 : BL1, right = index == TOP_EDGE ? TR1 : BR1;
            float dy = y - (p[2 * left + 1] + p[2 * right + 1]) / 2;
            for (int corner : index == TOP_EDGE ? new int[] { TL1, TR1, TL2, TR2 } : new int[] { BL1, BR1, BL2, BR2 }) {
                p[2 * corner + 1] += dy;
            }
        }
        return Coordinates.wrap(p);
    }

    /** Scales the back face in x and y about the back corner opposite {@code corner} so that corner lands on (x, y). */
    private static void stretchBackFace(float[] p, int corner, float x, float y) {
        int opposite = switch (corner) {
            case TL2 -> BR2;
            case BR2 -> TL2;
            case TR2 -> BL2;
            default -> TR2;
        };
        float fixedX = p[2 * opposite], fixedY = p[2 * opposite + 1];
        float spanX = p[2 * corner] - fixedX, spanY = p[2 * corner + 1] - fixedY;
        double scaleX = Math.abs(spanX) < 1e-3 ? 1 : (x - fixedX) / spanX;
        double scaleY = Math.abs(spanY) < 1e-3 ? 1 : (y - fixedY) / spanY;
        for (int c = TL2; c <= BR2; c++) {
            p[2 * c] = (float) (fixedX + (p[2 * c] - fixedX) * scaleX);
            p[2 * c + 1] = (float) (fixedY + (p[2 * c + 1] - fixedY) * scaleY);
        }
    }
}
