package io.annolab.ui.shapes.polygon;

import io.annolab.model.values.Coordinates;

/** Small geometry over interleaved x,y arrays: areas, lengths and nearest vertices. */
public final class Outlines {

    private Outlines() {
    }

    /** Absolute area of the closed polygon (shoelace). */
    public static double area(double[] xy) {
        double twice = 0;
        int n = xy.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            twice += xy[2 * j] * xy[2 * i + 1] - xy[2 * i] * xy[2 * j + 1];
        }
        return Math.abs(twice) / 2;
    }

    /** Length of the open path through the points. */
    public static double length(double[] xy) {
        double total = 0;
        for (int i = 2; i + 1 < xy.length; i += 2) {
            total += Math.hypot(xy[i] - xy[i - 2], xy[i + 1] - xy[i - 1]);
        }
        return total;
    }

    /** Index of the vertex nearest to (x, y) within {@code tolerance}, or -1. */
    public static int nearestVertex(Coordinates points, double x, double y, double tolerance) {
        int best = -1;
        double bestDistance = tolerance;
        for (int i = 0; i < points.pointCount(); i++) {
            double d = Math.hypot(points.x(i) - x, points.y(i) - y);
            if (d <= bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    static double[] toDoubles(Coordinates points) {
        double[] xy = new double[points.size()];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = points.get(i);
        }
        return xy;
    }

    /** Drops points that repeat their predecessor (and, for closed outlines, a last point equal to the first). */
    static double[] withoutRepeats(double[] xy, boolean closed) {
        double[] out = new double[xy.length];
        int kept = 0;
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (kept > 0 && Math.abs(out[kept - 2] - xy[i]) < 1e-6 && Math.abs(out[kept - 1] - xy[i + 1]) < 1e-6) {
                continue;
            }
            out[kept++] = xy[i];
            out[kept++] = xy[i + 1];
        }
        if (closed && kept >= 4 && Math.abs(out[0] - out[kept - 2]) < 1e-6 && Math.abs(out[1] - out[kept - 1]) < 1e-6) {
            kept -= 2;
        }
        return java.util.Arrays.copyOf(out, kept);
    }
}
