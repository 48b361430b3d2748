package io.annolab.ui.shapes.cuboid;

import io.annolab.model.values.Coordinates;

/**
 * The eight corners of a 2D cuboid in CVAT's order (front face top-left, bottom-left, top-right,
 * bottom-right, then the same for the back face), as the CVAT format reads xtl1,ytl1 … xbr2,ybr2
 * into {@code Shape.points}. Vertical edges stay vertical: a top corner and the bottom corner
 * below it share their x.
 */
public final class Cuboid {

    public static final int TL1 = 0, BL1 = 1, TR1 = 2, BR1 = 3, TL2 = 4, BL2 = 5, TR2 = 6, BR2 = 7;

    /** How far the back face sits from the front face of a cuboid drawn from a rectangle, as a fraction of its size. */
    public static final double DEFAULT_DEPTH = 0.25;

    private Cuboid() {
    }

    /** The corner sharing the vertical edge with {@code corner} (top ↔ bottom). */
    static int verticalPartner(int corner) {
        return corner ^ 1;
    }

    static boolean isTop(int corner) {
        return (corner & 1) == 0;
    }

    static boolean isBack(int corner) {
        return corner >= TL2;
    }

    /**
     * A cuboid whose front face is the box (x1, y1)–(x2, y2) and whose back face is the same box
     * moved right and up by {@link #DEFAULT_DEPTH} of its width and height.
     */
    public static Coordinates fromFrontBox(double x1, double y1, double x2, double y2) {
        double left = Math.min(x1, x2), right = Math.max(x1, x2), top = Math.min(y1, y2), bottom = Math.max(y1, y2);
        double dx = (right - left) * DEFAULT_DEPTH, dy = -(bottom - top) * DEFAULT_DEPTH;
        return Coordinates.of(left, top, left, bottom, right, top, right, bottom, //
                left + dx, top + dy, left + dx, bottom + dy, right + dx, top + dy, right + dx, bottom + dy);
    }

    /**
     * A cuboid from four clicks: {@code a} and {@code b} are the ends of the front face's top or
     * bottom edge (its slope is kept), {@code c} gives the height of the face (only its y counts:
     * the face's sides are vertical, so c is taken above or below b), and {@code d} is where the
     * back-face corner matching c lies: the back face is the front face moved by d − c'.
     */
    public static Coordinates fromFourPoints(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
        double height = cy - by;
        double[] front = frontFace(ax, ay, bx, by, height);
        double shiftX = dx - bx, shiftY = dy - cy;
        double[] all = new double[16];
        System.arraycopy(front, 0, all, 0, 8);
        for (int i = 0; i < 8; i += 2) {
            all[8 + i] = front[i] + shiftX;
            all[9 + i] = front[i + 1] + shiftY;
        }
        return Coordinates.of(all);
    }

    /** Front face tl, bl, tr, br from the edge a–b and the signed height of the vertical sides. */
    static double[] frontFace(double ax, double ay, double bx, double by, double height) {
        double leftX, leftY, rightX, rightY;
        if (ax <= bx) {
            leftX = ax; leftY = ay; rightX = bx; rightY = by;
        } else {
            leftX = bx; leftY = by; rightX = ax; rightY = ay;
        }
        double leftTop = Math.min(leftY, leftY + height), leftBottom = Math.max(leftY, leftY + height);
        double rightTop = Math.min(rightY, rightY + height), rightBottom = Math.max(rightY, rightY + height);
        return new double[] { leftX, leftTop, leftX, leftBottom, rightX, rightTop, rightX, rightBottom };
    }

    /**
     * The same cuboid with the back face made a parallel copy of the front face (no perspective),
     * centred where the back face was: CVAT's "Reset perspective".
     */
    public static Coordinates resetPerspective(Coordinates points) {
        float[] p = points.toArray();
        double frontX = 0, frontY = 0, backX = 0, backY = 0;
        for (int i = 0; i < 4; i++) {
            frontX += p[2 * i] / 4.0;
            frontY += p[2 * i + 1] / 4.0;
            backX += p[8 + 2 * i] / 4.0;
            backY += p[9 + 2 * i] / 4.0;
        }
        for (int i = 0; i < 8; i += 2) {
            p[8 + i] = (float) (p[i] - frontX + backX);
            p[9 + i] = (float) (p[i + 1] - frontY + backY);
        }
        return Coordinates.wrap(p);
    }

    /** The convex hull of the corners as interleaved x, y, counter-clockwise on screen (Andrew's monotone chain). */
    static double[] hull(Coordinates points) {
        int n = points.pointCount();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (i, j) -> points.x(i) != points.x(j) ? Float.compare(points.x(i), points.x(j))
                : Float.compare(points.y(i), points.y(j)));
        int[] chain = new int[2 * n];
        int k = 0;
        for (int pass = 0; pass < 2; pass++) {
            int start = k;
            for (int s = 0; s < n; s++) {
                int i = order[pass == 0 ? s : n - 1 - s];
                while (k >= start + 2 && cross(points, chain[k - 2], chain[k - 1], i) <= 0) {
                    k--;
                }
                chain[k++] = i;
            }
            k--; // the last point starts the other half
        }
        double[] hull = new double[2 * k];
        for (int i = 0; i < k; i++) {
            hull[2 * i] = points.x(chain[i]);
            hull[2 * i + 1] = points.y(chain[i]);
        }
        return hull;
    }

    private static double cross(Coordinates p, int o, int a, int b) {
        return (double) (p.x(a) - p.x(o)) * (p.y(b) - p.y(o)) - (double) (p.y(a) - p.y(o)) * (p.x(b) - p.x(o));
    }
}
