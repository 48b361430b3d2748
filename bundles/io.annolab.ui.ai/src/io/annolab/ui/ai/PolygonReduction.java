package io.annolab.ui.ai;

import io.annolab.model.values.Coordinates;

/**
 * Reduces an outline to about a wanted number of points (the interactor's point-count slider) by
 * Douglas–Peucker with a tolerance searched by bisection: the shape keeps its corners, not evenly
 * spaced samples.
 */
final class PolygonReduction {

    private PolygonReduction() {
    }

    static Coordinates toAbout(Coordinates outline, int wanted) {
        float[] p = outline.toArray();
        int count = p.length / 2;
        if (wanted < 3 || count <= wanted) {
            return outline;
        }
        double low = 0, high = 1;
        while (kept(p, high) > wanted && high < 1e6) {
            high *= 2;
        }
        boolean[] best = keep(p, high);
        for (int i = 0; i < 30; i++) {
            double middle = (low + high) / 2;
            boolean[] keep = keep(p, middle);
            if (countOf(keep) > wanted) {
                low = middle;
            } else {
                high = middle;
                best = keep;
            }
        }
        float[] result = new float[countOf(best) * 2];
        int at = 0;
        for (int i = 0; i < count; i++) {
            if (best[i]) {
                result[at++] = p[2 * i];
                result[at++] = p[2 * i + 1];
            }
        }
        return Coordinates.wrap(result);
    }

    /** The outline without the points that lie within {@code tolerance} pixels of the simplified line (edge paths are pixel staircases). */
    static Coordinates within(Coordinates outline, double tolerance) {
        float[] p = outline.toArray();
        if (p.length < 8) {
            return outline;
        }
        boolean[] keep = keep(p, tolerance);
        float[] result = new float[countOf(keep) * 2];
        int at = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                result[at++] = p[2 * i];
                result[at++] = p[2 * i + 1];
            }
        }
        return Coordinates.wrap(result);
    }

    private static int kept(float[] p, double tolerance) {
        return countOf(keep(p, tolerance));
    }

    private static int countOf(boolean[] keep) {
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        return n;
    }

    /** Douglas–Peucker over the closed outline, split at the first point and the point farthest from it. */
    private static boolean[] keep(float[] p, double tolerance) {
        int count = p.length / 2;
        boolean[] keep = new boolean[count];
        int far = 0;
        double farthest = -1;
        for (int i = 1; i < count; i++) {
            double d = Math.hypot(p[2 * i] - p[0], p[2 * i + 1] - p[1]);
            if (d > farthest) {
                farthest = d;
                far = i;
            }
        }
        keep[0] = true;
        keep[far] = true;
        simplify(p, 0, far, tolerance, keep);
        simplify(p, far, count, tolerance, keep);
        return keep;
    }

    /** Keeps the farthest point of (from, to) from the chord when it is beyond tolerance; {@code to} may be count (the first point again). */
    private static void simplify(float[] p, int from, int to, double tolerance, boolean[] keep) {
        int count = p.length / 2;
        double ax = p[2 * from], ay = p[2 * from + 1];
        double bx = p[2 * (to % count)], by = p[2 * (to % count) + 1];
        double length = Math.hypot(bx - ax, by - ay);
        int worst = -1;
        double worstDistance = tolerance;
        for (int i = from + 1; i < to; i++) {
            double px = p[2 * i], py = p[2 * i + 1];
            double d = length == 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
            if (d > worstDistance) {
                worstDistance = d;
                worst = i;
            }
        }
        if (worst >= 0) {
            keep[worst] = true;
            simplify(p, from, worst, tolerance, keep);
            simplify(p, worst, to, tolerance, keep);
        }
    }
}
