package io.annolab.ui.shapes.polygon;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The points placed so far in a gesture, remembered in steps so that undo (right click) takes
 * back one click, or a whole stretch copied by automatic bordering, at a time.
 */
final class PlacedPoints {

    private double[] xy = new double[32];
    private int count;
    private final Deque<Integer> steps = new ArrayDeque<>();

    void add(double x, double y) {
        addStep(new double[] { x, y });
    }

    /** Adds the interleaved points as one undoable step. */
    void addStep(double[] points) {
        if (points.length == 0) {
            return;
        }
        if (2 * count + points.length > xy.length) {
            xy = Arrays.copyOf(xy, Math.max(2 * xy.length, 2 * count + points.length));
        }
        System.arraycopy(points, 0, xy, 2 * count, points.length);
        count += points.length / 2;
        steps.push(points.length / 2);
    }

    /** Points that were there before the gesture: they cannot be undone. */
    void seed(double[] points) {
        addStep(points);
        steps.clear();
    }

    boolean undo() {
        if (steps.isEmpty()) {
            return false;
        }
        count -= steps.pop();
        return true;
    }

    /** Keeps the first {@code limit} points (a point limit reached in the middle of a copied stretch). */
    void truncate(int limit) {
        while (count > limit && !steps.isEmpty()) {
            int last = steps.pop();
            int keep = Math.max(0, last - (count - limit));
            count -= last - keep;
            if (keep > 0) {
                steps.push(keep);
            }
        }
    }

    int count() {
        return count;
    }

    double x(int i) {
        return xy[2 * i];
    }

    double y(int i) {
        return xy[2 * i + 1];
    }

    double[] toArray() {
        return Arrays.copyOf(xy, 2 * count);
    }

    /** The points followed by (x, y): the outline as it would be if the cursor were clicked. */
    double[] withCursor(double x, double y) {
        double[] out = Arrays.copyOf(xy, 2 * count + 2);
        out[2 * count] = x;
        out[2 * count + 1] = y;
        return out;
    }
}
