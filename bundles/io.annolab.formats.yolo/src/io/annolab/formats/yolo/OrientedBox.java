package io.annolab.formats.yolo;

/**
 * A rotated rectangle by centre, size and angle (degrees, clockwise on screen since y points
 * down), and its conversion to and from the four corners YOLO's oriented boxes list.
 */
record OrientedBox(double cx, double cy, double width, double height, double degrees) {

    /**
     * From four corners in order around the rectangle. Like OpenCV's minAreaRect, as Datumaro
     * uses it, the angle is taken in [0, 90) and the width is the side along that angle; an
     * axis-aligned box therefore gets angle 0 (OpenCV reports 90 with the sides swapped: the same
     * rectangle).
     */
    static OrientedBox fromCorners(double[] xy) {
        double cx = (xy[0] + xy[2] + xy[4] + xy[6]) / 4, cy = (xy[1] + xy[3] + xy[5] + xy[7]) / 4;
        double firstSide = Math.hypot(xy[2] - xy[0], xy[3] - xy[1]);
        double secondSide = Math.hypot(xy[4] - xy[2], xy[5] - xy[3]);
        double angle = Math.toDegrees(Math.atan2(xy[3] - xy[1], xy[2] - xy[0]));
        angle = ((angle % 180) + 180) % 180;
        if (angle >= 90 - 1e-9) {
            return new OrientedBox(cx, cy, secondSide, firstSide, angle - 90 < 1e-9 ? 0 : angle - 90);
        }
        return new OrientedBox(cx, cy, firstSide, secondSide, angle < 1e-9 ? 0 : angle);
    }

    /** The corners: top-left, top-right, bottom-right, bottom-left of the unrotated box, rotated about the centre. */
    double[] corners() {
        double radians = Math.toRadians(degrees);
        double cos = Math.cos(radians), sin = Math.sin(radians);
        double[] local = { -width / 2, -height / 2, width / 2, -height / 2, width / 2, height / 2, -width / 2, height / 2 };
        double[] xy = new double[8];
        for (int i = 0; i < 8; i += 2) {
            xy[i] = cx + local[i] * cos - local[i + 1] * sin;
            xy[i + 1] = cy + local[i] * sin + local[i + 1] * cos;
        }
        return xy;
    }
}
