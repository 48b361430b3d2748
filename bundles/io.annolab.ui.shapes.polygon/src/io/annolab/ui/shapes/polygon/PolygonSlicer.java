package io.annolab.ui.shapes.polygon;

import java.util.ArrayList;
import java.util.List;

import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.ShapePainter;

/**
 * Slices a polygon in two along a cut line (CVAT's slice tool): the line must cross the contour
 * exactly twice, must not cross itself, and the part between the two crossings must run inside
 * the polygon. The line may start and end on the contour or outside it.
 */
public final class PolygonSlicer {

    private static final double EPSILON = 1e-9;

    private PolygonSlicer() {
    }

    /** Where the cut line meets the contour: along the line (segment + t) and round the contour (edge + t). */
    private record Crossing(double linePosition, double contourPosition, double x, double y) {
    }

    /**
     * The two polygons (interleaved x,y) the cut line divides {@code polygon} into; an empty list
     * when the line breaks a rule above or leaves a part with no area.
     */
    public static List<Coordinates> slice(Coordinates polygon, Coordinates cutLine) {
        int n = polygon.pointCount(), m = cutLine.pointCount();
        if (n < 3 || m < 2 || crossesItself(cutLine)) {
            return List.of();
        }
        List<Crossing> crossings = crossings(polygon, cutLine);
        if (crossings.size() != 2) {
            return List.of();
        }
        Crossing first = crossings.get(0), second = crossings.get(1);
        double[] inner = innerPoints(cutLine, first, second);
        double[] cut = AutoBorder.concat(AutoBorder.concat(new double[] { first.x(), first.y() }, inner), new double[] { second.x(), second.y() });
        if (!runsInside(polygon, cut)) {
            return List.of();
        }
        double[] one = AutoBorder.concat(AutoBorder.concat(new double[] { first.x(), first.y() }, contour(polygon, first, second)),
                AutoBorder.concat(new double[] { second.x(), second.y() }, OutlineCut.reversed(inner)));
        double[] two = AutoBorder.concat(AutoBorder.concat(new double[] { second.x(), second.y() }, contour(polygon, second, first)),
                AutoBorder.concat(new double[] { first.x(), first.y() }, inner));
        one = Outlines.withoutRepeats(one, true);
        two = Outlines.withoutRepeats(two, true);
        if (one.length < 6 || two.length < 6 || Outlines.area(one) < EPSILON || Outlines.area(two) < EPSILON) {
            return List.of();
        }
        return List.of(Coordinates.of(one), Coordinates.of(two));
    }

    private static boolean crossesItself(Coordinates line) {
        int segments = line.pointCount() - 1;
        for (int i = 0; i < segments; i++) {
            for (int j = i + 2; j < segments; j++) {
                if (intersection(line, i, line, j) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every meeting of line and contour in order along the line; a crossing through a vertex counts once. */
    private static List<Crossing> crossings(Coordinates polygon, Coordinates line) {
        int n = polygon.pointCount();
        List<Crossing> found = new ArrayList<>();
        for (int s = 0; s + 1 < line.pointCount(); s++) {
            for (int e = 0; e < n; e++) {
                double[] hit = intersection(line, s, closedEdge(polygon, e), 0);
                if (hit == null) {
                    continue;
                }
                Crossing crossing = new Crossing(s + hit[0], (e + hit[1]) % n, line.x(s) + hit[0] * (line.x(s + 1) - line.x(s)),
                        line.y(s) + hit[0] * (line.y(s + 1) - line.y(s)));
                if (found.stream().noneMatch(c -> Math.hypot(c.x() - crossing.x(), c.y() - crossing.y()) < 1e-6)) {
                    found.add(crossing);
                }
            }
        }
        found.sort((a, b) -> Double.compare(a.linePosition(), b.linePosition()));
        return found;
    }

    private static Coordinates closedEdge(Coordinates polygon, int edge) {
        int next = (edge + 1) % polygon.pointCount();
        return Coordinates.of(polygon.x(edge), polygon.y(edge), polygon.x(next), polygon.y(next));
    }

    /** The cut line's own points strictly between the two crossings. */
    private static double[] innerPoints(Coordinates line, Crossing first, Crossing second) {
        List<Double> xy = new ArrayList<>();
        for (int i = (int) Math.floor(first.linePosition()) + 1; i <= second.linePosition() && i < line.pointCount(); i++) {
            if (i > first.linePosition() + EPSILON && i < second.linePosition() - EPSILON) {
                xy.add((double) line.x(i));
                xy.add((double) line.y(i));
            }
        }
        return xy.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Whether the cut between the crossings runs through the polygon rather than outside it. */
    private static boolean runsInside(Coordinates polygon, double[] cut) {
        double mx = (cut[0] + cut[2]) / 2, my = (cut[1] + cut[3]) / 2;
        return ShapePainter.insidePolygon(polygon, mx, my);
    }

    /** The polygon's vertices met walking forward round the contour from one crossing to the other. */
    private static double[] contour(Coordinates polygon, Crossing from, Crossing to) {
        int n = polygon.pointCount();
        double start = from.contourPosition(), end = to.contourPosition();
        if (end <= start) {
            end += n;
        }
        List<Double> xy = new ArrayList<>();
        for (int k = (int) Math.floor(start) + 1; k <= end; k++) {
            if (k <= start + EPSILON) {
                continue;
            }
            int v = k % n;
            xy.add((double) polygon.x(v));
            xy.add((double) polygon.y(v));
        }
        return xy.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Where segment {@code i} of {@code a} meets segment {@code j} of {@code b}, as the parameters
     * {t along a, u along b} in [0, 1]; null when they do not meet (parallel segments never do).
     */
    private static double[] intersection(Coordinates a, int i, Coordinates b, int j) {
        double ax = a.x(i), ay = a.y(i), rx = a.x(i + 1) - ax, ry = a.y(i + 1) - ay;
        double bx = b.x(j), by = b.y(j), sx = b.x(j + 1) - bx, sy = b.y(j + 1) - by;
        double denominator = rx * sy - ry * sx;
        if (Math.abs(denominator) < EPSILON) {
            return null;
        }
        double t = ((bx - ax) * sy - (by - ay) * sx) / denominator;
        double u = ((bx - ax) * ry - (by - ay) * rx) / denominator;
        if (t < -EPSILON || t > 1 + EPSILON || u < -EPSILON || u > 1 + EPSILON) {
            return null;
        }
        return new double[] { Math.max(0, Math.min(1, t)), Math.max(0, Math.min(1, u)) };
    }
}
