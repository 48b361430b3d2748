package io.annolab.ui.shapes.polygon;

/**
 * Replaces the part of an outline between two of its vertices with a newly drawn stretch. A
 * closed outline then splits into two candidates; the one kept is chosen by CVAT's intelligent
 * cropping: the part that loses fewer vertices and a shorter piece of outline. When the two
 * criteria disagree (or tie) the part with the larger area is kept.
 */
public final class OutlineCut {

    private OutlineCut() {
    }

    /**
     * The polygon after drawing {@code stretch} (interleaved points, may be empty) from vertex
     * {@code start} to vertex {@code end} of {@code polygon}.
     */
    public static double[] polygon(double[] polygon, int start, int end, double[] stretch) {
        int n = polygon.length / 2;
        // Keep the outline running forward from end back round to start, dropping start+1 .. end-1 ...
        double[] keepAfterEnd = AutoBorder.concat(head(polygon, start, stretch, end), walk(polygon, end, start, 1));
        // ... or the outline running backward from end to start, dropping end+1 .. start-1.
        double[] keepBeforeEnd = AutoBorder.concat(head(polygon, start, stretch, end), walk(polygon, end, start, -1));
        int cutAfter = Math.floorMod(end - start - 1, n), cutBefore = Math.floorMod(start - end - 1, n);
        double lengthAfter = Outlines.length(arc(polygon, start, end)), lengthBefore = Outlines.length(arc(polygon, end, start));
        boolean firstFewer = cutAfter < cutBefore, firstShorter = lengthAfter < lengthBefore;
        boolean secondFewer = cutBefore < cutAfter, secondShorter = lengthBefore < lengthAfter;
        double[] chosen;
        if (firstFewer && firstShorter) {
            chosen = keepAfterEnd;
        } else if (secondFewer && secondShorter) {
            chosen = keepBeforeEnd;
        } else {
            chosen = Outlines.area(keepAfterEnd) >= Outlines.area(keepBeforeEnd) ? keepAfterEnd : keepBeforeEnd;
        }
        return Outlines.withoutRepeats(chosen, true);
    }

    /** The polyline after drawing {@code stretch} from vertex {@code start} to vertex {@code end}: the part between is replaced. */
    public static double[] polyline(double[] line, int start, int end, double[] stretch) {
        if (start > end) {
            return polyline(line, end, start, reversed(stretch));
        }
        double[] before = java.util.Arrays.copyOfRange(line, 0, 2 * start + 2);
        double[] after = java.util.Arrays.copyOfRange(line, 2 * end, line.length);
        return Outlines.withoutRepeats(AutoBorder.concat(AutoBorder.concat(before, stretch), after), false);
    }

    /** The polyline continued beyond its end vertex {@code start} (the first or the last) by {@code stretch}; null from an inner vertex. */
    public static double[] extendPolyline(double[] line, int start, double[] stretch) {
        int last = line.length / 2 - 1;
        if (start == last) {
            return Outlines.withoutRepeats(AutoBorder.concat(line, stretch), false);
        }
        if (start == 0) {
            return Outlines.withoutRepeats(AutoBorder.concat(reversed(stretch), line), false);
        }
        return null;
    }

    private static double[] head(double[] polygon, int start, double[] stretch, int end) {
        double[] out = new double[stretch.length + 4];
        out[0] = polygon[2 * start];
        out[1] = polygon[2 * start + 1];
        System.arraycopy(stretch, 0, out, 2, stretch.length);
        out[out.length - 2] = polygon[2 * end];
        out[out.length - 1] = polygon[2 * end + 1];
        return out;
    }

    /** Vertices strictly between {@code from} and {@code to}, stepping by {@code step} round the outline. */
    private static double[] walk(double[] polygon, int from, int to, int step) {
        int n = polygon.length / 2;
        int between = Math.floorMod((to - from) * step, n) - 1;
        double[] out = new double[2 * Math.max(0, between)];
        for (int k = 1; k <= between; k++) {
            int v = Math.floorMod(from + k * step, n);
            out[2 * (k - 1)] = polygon[2 * v];
            out[2 * (k - 1) + 1] = polygon[2 * v + 1];
        }
        return out;
    }

    /** The outline from vertex {@code from} forward to vertex {@code to}, both included. */
    private static double[] arc(double[] polygon, int from, int to) {
        int n = polygon.length / 2;
        int steps = Math.floorMod(to - from, n);
        double[] out = new double[2 * (steps + 1)];
        for (int k = 0; k <= steps; k++) {
            int v = (from + k) % n;
            out[2 * k] = polygon[2 * v];
            out[2 * k + 1] = polygon[2 * v + 1];
        }
        return out;
    }

    static double[] reversed(double[] xy) {
        double[] out = new double[xy.length];
        for (int i = 0; i + 1 < xy.length; i += 2) {
            out[xy.length - i - 2] = xy[i];
            out[xy.length - i - 1] = xy[i + 1];
        }
        return out;
    }
}
