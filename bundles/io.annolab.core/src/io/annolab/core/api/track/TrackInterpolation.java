package io.annolab.core.api.track;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.annolab.model.AttributeValue;
import io.annolab.model.ModelPackage;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Track;
import io.annolab.model.values.Coordinates;

/**
 * A track's shape on any frame, computed on demand from its keyframes (never stored), by CVAT's
 * rules (spec CVAT-FEATURES TRK-04, CVAT's {@code TrackManager.get_interpolated_shapes}):
 * <ul>
 * <li>rectangle, ellipse, 2D cuboid (its 8 corners) and a skeleton's own box: every coordinate
 * linear, {@code p = p0 + (p1 - p0) t}; rotation along the shortest arc,
 * {@code d = ((r1 - r0 + 180) mod 360) - 180}, {@code r = (r0 + d t + 360) mod 360};</li>
 * <li>3D cuboid: linear, its three rotation angles (radians) along the shortest arc;</li>
 * <li>points: linear only when both keyframes hold exactly one point, otherwise the earlier
 * keyframe is held until the next;</li>
 * <li>polygon and polyline: CVAT's arc-length resampling (see {@link #resample}); the vertex
 * count may change between frames;</li>
 * <li>skeleton: each element track is interpolated on its own (as a one-point track); a frame
 * whose elements are all outside is outside;</li>
 * <li>mask: never interpolated. CVAT has no mask tracks (it imports one as a shape from its
 * first keyframe), so a mask keyframe shows on its own frame only;</li>
 * <li>after an outside keyframe the object is absent until the next keyframe; after the last
 * keyframe that is not outside the shape is held on every later frame (the caller stops at the
 * job's or task's end);</li>
 * <li>mutable attributes carry forward from earlier keyframes unless a keyframe sets them; the
 * track's own attributes (immutable) are on every frame.</li>
 * </ul>
 * Two consecutive keyframes of different types are not interpolated (CVAT refuses them): the
 * earlier one is held.
 */
public final class TrackInterpolation {

    private TrackInterpolation() {
    }

    /**
     * The track's shape on {@code frame}, computed on demand (never stored): a new detached
     * Shape (type and label the track's, frame {@code frame}, keyframe true iff the track has a
     * keyframe there, outside false, occluded and z-order from the previous keyframe, attributes
     * the track's immutable ones plus the mutable ones carried forward; a skeleton's elements
     * interpolated per element track, those outside flagged outside), or empty when the object
     * is not visible there (before the first keyframe, in a gap after an outside keyframe, after
     * an outside last keyframe). After the last keyframe that is not outside the shape is held to
     * any later frame.
     */
    public static Optional<Shape> shapeAt(Track track, int frame) {
        return stateAt(track, frame).filter(shape -> !shape.isOutside());
    }

    /**
     * As {@link #shapeAt}, but also answers for outside keyframes and the frames after them,
     * with a shape flagged {@code outside} (the outside keyframe's geometry; keyframe true only
     * on the outside keyframe itself). Empty before the first keyframe, and for a mask track on
     * any frame that is not a keyframe.
     */
    public static Optional<Shape> stateAt(Track track, int frame) {
        Optional<Shape> state = plainState(track, frame);
        if (state.isEmpty() || !isSkeleton(track)) {
            return state;
        }
        Shape skeleton = state.get();
        skeleton.getElements().clear();
        boolean visible = false;
        for (Track elementTrack : track.getElements()) {
            Shape element = plainState(elementTrack, frame).orElse(null);
            if (element == null) {
                // before the element's first keyframe: absent, at its first position
                List<Shape> keys = Keyframes.sorted(elementTrack);
                if (keys.isEmpty()) {
                    continue;
                }
                element = detached(elementTrack, keys, 0, frame);
                element.setKeyframe(false);
                element.setOutside(true);
            }
            visible |= !element.isOutside();
            skeleton.getElements().add(element);
        }
        if (!visible && !track.getElements().isEmpty()) {
            skeleton.setOutside(true);
        }
        return state;
    }

    static boolean isSkeleton(Track track) {
        return type(track, null) == ShapeType.SKELETON || !track.getElements().isEmpty();
    }

    /** The state of a track from its own keyframes, without skeleton elements. */
    private static Optional<Shape> plainState(Track track, int frame) {
        List<Shape> keys = Keyframes.sorted(track);
        int index = -1;
        for (int i = 0; i < keys.size() && keys.get(i).getFrame() <= frame; i++) {
            index = i;
        }
        if (index < 0) {
            return Optional.empty();
        }
        Shape k0 = keys.get(index);
        Shape result = detached(track, keys, index, frame);
        if (k0.getFrame() == frame) {
            result.setKeyframe(true);
            result.setOutside(k0.isOutside());
            return Optional.of(result);
        }
        result.setKeyframe(false);
        if (k0.isOutside()) {
            result.setOutside(true);
            return Optional.of(result);
        }
        result.setOutside(false);
        ShapeType type = type(track, k0);
        if (type == ShapeType.MASK) {
            return Optional.empty();
        }
        Shape k1 = index + 1 < keys.size() ? keys.get(index + 1) : null;
        if (k1 == null || k1.getType() != k0.getType()) {
            return Optional.of(result); // held
        }
        double t = (frame - k0.getFrame()) / (double) (k1.getFrame() - k0.getFrame());
        float[] p0 = points(k0);
        float[] p1 = points(k1);
        switch (type) {
            case RECTANGLE, ELLIPSE, CUBOID, SKELETON -> {
                if (p0.length == p1.length) {
                    result.setPoints(Coordinates.wrap(linear(p0, p1, t)));
                }
                result.setRotation((float) rotation(k0.getRotation(), k1.getRotation(), t));
            }
            case CUBOID3D -> {
                if (p0.length == p1.length) {
                    float[] p = linear(p0, p1, t);
                    for (int i = 3; i < 6 && i < p.length; i++) {
                        p[i] = (float) radians(p0[i], p1[i], t);
                    }
                    result.setPoints(Coordinates.wrap(p));
                }
            }
            case POINTS -> {
                if (p0.length == 2 && p1.length == 2) {
                    result.setPoints(Coordinates.wrap(linear(p0, p1, t)));
                }
            }
            case POLYGON, POLYLINE -> {
                if (p0.length >= 2 && p1.length >= 2) {
                    result.setPoints(Coordinates.wrap(resample(p0, p1, type == ShapeType.POLYGON, t)));
                }
            }
            default -> {
                // held
            }
        }
        return Optional.of(result);
    }

    /** A detached copy of keyframe {@code index} on {@code frame}, with the track's identity and attributes. */
    private static Shape detached(Track track, List<Shape> keys, int index, int frame) {
        Shape k0 = keys.get(index);
        Shape result = EcoreUtil.copy(k0);
        result.getElements().clear();
        result.setType(type(track, k0));
        result.setLabel(track.getLabel());
        result.setFrame(frame);
        result.setId(track.getId());
        result.setGroup(track.getGroup());
        result.setSource(track.getSource());
        result.getAttributes().clear();
        for (AttributeValue own : track.getAttributes()) {
            result.getAttributes().add(EcoreUtil.copy(own));
        }
        Map<String, AttributeValue> carried = new LinkedHashMap<>();
        for (int i = 0; i <= index; i++) {
            for (AttributeValue value : keys.get(i).getAttributes()) {
                carried.remove(value.getName());
                carried.put(value.getName(), value);
            }
        }
        for (AttributeValue value : carried.values()) {
            result.getAttributes().add(EcoreUtil.copy(value));
        }
        return result;
    }

    private static ShapeType type(Track track, Shape key) {
        if (track.eIsSet(ModelPackage.Literals.TRACK__TYPE) || key == null) {
            return track.getType();
        }
        return key.getType();
    }

    private static float[] points(Shape shape) {
        return shape.getPoints() == null ? new float[0] : shape.getPoints().toArray();
    }

    private static float[] linear(float[] p0, float[] p1, double t) {
        float[] p = new float[p0.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (p0[i] + ((double) p1[i] - p0[i]) * t);
        }
        return p;
    }

    /** Degrees along the shortest arc, in [0, 360). */
    static double rotation(double r0, double r1, double t) {
        double d = floorMod(r1 - r0 + 180, 360) - 180;
        return floorMod(r0 + d * t + 360, 360);
    }

    private static double radians(double r0, double r1, double t) {
        double full = 2 * Math.PI;
        double d = floorMod(r1 - r0 + Math.PI, full) - Math.PI;
        return r0 + d * t;
    }

    private static double floorMod(double value, double modulus) {
        return value - modulus * Math.floor(value / modulus);
    }

    // ---- polygon and polyline: CVAT's arc-length resampling ----

    /**
     * Polygon or polyline points between two keyframes at {@code t}, as CVAT computes them. A
     * polygon is closed for the computation by repeating its first vertex (and the last point of
     * the result is dropped again). Each curve is parametrised by its normalised cumulative
     * length; every k0 vertex is matched to the k1 vertex nearest in that parameter, and every k1
     * vertex left unmatched to its nearest k0 vertex. Each matched pair is interpolated linearly.
     * The result is then thinned per run: a run of k0 vertices matched to one k1 vertex, or the
     * k1 vertices matched to one k0 vertex, keeps only points at least
     * {@code length of the run / (2 N)} from the last kept one, and a run reduced to two points
     * closer than that becomes their average.
     */
    static float[] resample(float[] p0, float[] p1, boolean closed, double t) {
        double[] left = closed ? close(p0) : toDouble(p0);
        double[] right = closed ? close(p1) : toDouble(p1);
        int nl = left.length / 2;
        int nr = right.length / 2;
        double[] lo = offsets(left);
        double[] ro = offsets(right);
        List<List<Integer>> matching = new ArrayList<>(nl);
        boolean[] matched = new boolean[nr];
        for (int i = 0; i < nl; i++) {
            int j = nearest(lo[i], ro);
            List<Integer> list = new ArrayList<>();
            list.add(j);
            matching.add(list);
            matched[j] = true;
        }
        for (int j = 0; j < nr; j++) {
            if (!matched[j]) {
                matching.get(nearest(ro[j], lo)).add(j);
            }
        }
        matching.forEach(list -> list.sort(null));
        List<double[]> interpolated = new ArrayList<>();
        int[] firstIndex = new int[nl];
        for (int i = 0; i < nl; i++) {
            firstIndex[i] = interpolated.size();
            for (int j : matching.get(i)) {
                interpolated.add(new double[] { left[2 * i] + (right[2 * j] - left[2 * i]) * t,
                        left[2 * i + 1] + (right[2 * j + 1] - left[2 * i + 1]) * t });
            }
        }
        List<double[]> reduced = new ArrayList<>();
        Integer opened = null;
        for (int i = 0; i < nl; i++) {
            if (matching.get(i).size() == 1) {
                if (opened == null) {
                    opened = i;
                } else if (!matching.get(i).get(0).equals(matching.get(opened).get(0))) {
                    leftRun(reduced, interpolated, left, firstIndex, opened, i - 1);
                    opened = i;
                }
            } else {
                if (opened != null) {
                    leftRun(reduced, interpolated, left, firstIndex, opened, i - 1);
                    opened = null;
                }
                List<Integer> js = matching.get(i);
                int start = js.get(0);
                int stop = js.get(js.size() - 1);
                int from = firstIndex[i];
                int to = from + js.size() - 1;
                reduced.addAll(minimize(interpolated, length(right, start, stop), stop - start + 1, from, to));
            }
        }
        if (opened != null) {
            leftRun(reduced, interpolated, left, firstIndex, opened, nl - 1);
        }
        int count = closed ? reduced.size() - 1 : reduced.size();
        float[] result = new float[2 * Math.max(0, count)];
        for (int i = 0; i < count; i++) {
            result[2 * i] = (float) reduced.get(i)[0];
            result[2 * i + 1] = (float) reduced.get(i)[1];
        }
        return result;
    }

    private static void leftRun(List<double[]> reduced, List<double[]> interpolated, double[] left, int[] firstIndex, int start,
            int stop) {
        int from = firstIndex[start];
        int to = firstIndex[stop];
        if (from == to) {
            reduced.add(interpolated.get(from));
            return;
        }
        reduced.addAll(minimize(interpolated, length(left, start, stop), stop - start + 1, from, to));
    }

    private static List<double[]> minimize(List<double[]> points, double baseLength, int n, int from, int to) {
        double threshold = baseLength / (2 * n);
        List<double[]> kept = new ArrayList<>();
        kept.add(points.get(from));
        int last = from;
        for (int i = from + 1; i < to; i++) {
            if (distance(points.get(last), points.get(i)) >= threshold) {
                kept.add(points.get(i));
                last = i;
            }
        }
        kept.add(points.get(to));
        if (kept.size() == 2 && distance(points.get(from), points.get(to)) < threshold) {
            double[] a = points.get(from);
            double[] b = points.get(to);
            return List.of(new double[] { (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 });
        }
        return kept;
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    /** Length of the curve through points {@code start..stop} (inclusive). */
    private static double length(double[] xy, int start, int stop) {
        double length = 0;
        for (int i = start + 1; i <= stop; i++) {
            length += Math.hypot(xy[2 * i] - xy[2 * i - 2], xy[2 * i + 1] - xy[2 * i - 1]);
        }
        return length;
    }

    private static double[] offsets(double[] xy) {
        int n = xy.length / 2;
        double total = length(xy, 0, n - 1);
        double[] offsets = new double[n];
        double accumulated = 0;
        for (int i = 1; i < n; i++) {
            accumulated += Math.hypot(xy[2 * i] - xy[2 * i - 2], xy[2 * i + 1] - xy[2 * i - 1]);
            offsets[i] = total > 0 ? accumulated / total : 0;
        }
        return offsets;
    }

    /** The index of the value nearest {@code value}; the first of equals. */
    private static int nearest(double value, double[] curve) {
        int best = 0;
        double distance = Math.abs(value - curve[0]);
        for (int i = 1; i < curve.length; i++) {
            double d = Math.abs(value - curve[i]);
            if (d < distance) {
                best = i;
                distance = d;
            }
        }
        return best;
    }

    private static double[] toDouble(float[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }

    private static double[] close(float[] values) {
        double[] result = new double[values.length + 2];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        result[values.length] = values[0];
        result[values.length + 1] = values[1];
        return result;
    }
}
