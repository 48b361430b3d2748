package io.annolab.core.api.filter;

import java.util.List;

import io.annolab.model.Annotation;
import io.annolab.model.AttributeInputType;
import io.annolab.model.AttributeSpec;
import io.annolab.model.AttributeValue;
import io.annolab.model.Label;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Track;
import io.annolab.model.values.Coordinates;

/**
 * A model annotation as the filter sees it on one frame: a {@link Shape}, a {@link Track} (its
 * state on that frame) or a frame-level {@link io.annolab.model.Tag} / {@link io.annolab.model.Caption}
 * (type {@code tag}). Width and height come from the geometry's box like CVAT's filter: a rotated
 * rectangle or ellipse counts unrotated, a mask its box. Both ids are the annotation's id (one
 * persistent id serves as CVAT's server and client id). Attributes are looked up by name on the
 * track's keyframe, then the object, then the label's default, and typed by their spec: number
 * attributes compare as numbers, checkboxes as booleans.
 */
public final class AnnotationSubject implements FilterSubject {

    private final Annotation annotation;
    /** The geometry on the frame: the shape itself or the track's keyframe in effect; null for tags. */
    private final Shape state;
    /** The track's next keyframe, toward which width and height are interpolated; may be null. */
    private final Shape nextKey;
    private final int frame;
    private double width = Double.NaN;
    private double height = Double.NaN;
    private boolean measured;

    private AnnotationSubject(Annotation annotation, Shape state, Shape nextKey, int frame) {
        this.annotation = annotation;
        this.state = state;
        this.nextKey = nextKey;
        this.frame = frame;
    }

    /** The annotation on that frame, or null when it is not there (other frame, track outside or not begun). */
    public static AnnotationSubject at(Annotation annotation, int frame) {
        if (annotation instanceof Track track) {
            List<Shape> keys = track.getShapes();
            int index = lastKeyAtOrBefore(keys, frame);
            if (index < 0 || keys.get(index).isOutside()) {
                return null;
            }
            Shape next = index + 1 < keys.size() && !keys.get(index + 1).isOutside() ? keys.get(index + 1) : null;
            return new AnnotationSubject(annotation, keys.get(index), next, frame);
        }
        if (annotation.getFrame() != frame) {
            return null;
        }
        return new AnnotationSubject(annotation, annotation instanceof Shape shape ? shape : null, null, frame);
    }

    /** Whether the annotation shows on that frame. */
    public static boolean isOn(Annotation annotation, int frame) {
        if (annotation instanceof Track track) {
            int index = lastKeyAtOrBefore(track.getShapes(), frame);
            return index >= 0 && !track.getShapes().get(index).isOutside();
        }
        return annotation.getFrame() == frame;
    }

    /** Keyframes are kept in frame order, so a binary search finds the one in effect. */
    static int lastKeyAtOrBefore(List<Shape> keys, int frame) {
        int low = 0;
        int high = keys.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (keys.get(middle).getFrame() <= frame) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    public Annotation annotation() {
        return annotation;
    }

    public int frame() {
        return frame;
    }

    @Override
    public String label() {
        Label label = annotation.getLabel();
        return label == null ? null : label.getName();
    }

    @Override
    public String type() {
        if (annotation instanceof Track) {
            return "track";
        }
        return annotation instanceof Shape ? "shape" : "tag";
    }

    @Override
    public String shape() {
        if (annotation instanceof Track track) {
            return track.getType().getLiteral();
        }
        return state == null ? null : state.getType().getLiteral();
    }

    @Override
    public boolean occluded() {
        return state != null && state.isOccluded();
    }

    @Override
    public double width() {
        measure();
        return width;
    }

    @Override
    public double height() {
        measure();
        return height;
    }

    @Override
    public long serverId() {
        return annotation.getId();
    }

    @Override
    public long objectId() {
        return annotation.getId();
    }

    @Override
    public Object attribute(String name) {
        AttributeValue value = state != null && state != annotation ? find(state.getAttributes(), name) : null;
        if (value == null) {
            value = find(annotation.getAttributes(), name);
        }
        AttributeSpec spec = value != null && value.getSpec() != null ? value.getSpec() : declared(name);
        Object raw = value != null ? value.getValue() : spec != null ? spec.getDefaultValue() : null;
        return typed(raw, spec);
    }

    private static AttributeValue find(List<AttributeValue> values, String name) {
        for (AttributeValue value : values) {
            if (name.equals(value.getName())) {
                return value;
            }
        }
        return null;
    }

    private AttributeSpec declared(String name) {
        Label label = annotation.getLabel();
        if (label != null) {
            for (AttributeSpec spec : label.getAttributes()) {
                if (name.equals(spec.getName())) {
                    return spec;
                }
            }
        }
        return null;
    }

    /** CVAT stores attribute values as text; its filter converts number and checkbox values first. */
    private static Object typed(Object raw, AttributeSpec spec) {
        if (raw == null) {
            return null;
        }
        AttributeInputType input = spec == null ? null : spec.getInputType();
        if (input == AttributeInputType.NUMBER || raw instanceof Number) {
            Double number = Values.asNumber(raw);
            return number != null ? number : raw.toString();
        }
        if (input == AttributeInputType.CHECKBOX || raw instanceof Boolean) {
            Boolean flag = Values.asBoolean(raw);
            return flag != null ? flag : raw.toString();
        }
        return raw.toString();
    }

    private void measure() {
        if (measured) {
            return;
        }
        measured = true;
        double[] box = null;
        if (annotation instanceof Track track && state != null) {
            box = box(state, nextKey, frame);
            if (box == null && !track.getElements().isEmpty()) {
                box = elementTracksBox(track, frame);
            }
        } else if (state != null) {
            box = box(state, null, frame);
        }
        if (box != null) {
            width = box[2] - box[0];
            height = box[3] - box[1];
        }
    }

    /** {minX, minY, maxX, maxY} of the shape, interpolated toward {@code next} when given; null when none. */
    private static double[] box(Shape shape, Shape next, int frame) {
        ShapeType type = shape.getType();
        if (type == ShapeType.SKELETON) {
            return elementsBox(shape.getElements());
        }
        if (type == ShapeType.CUBOID3D) {
            return null; // a 3D box has no size in image pixels
        }
        Coordinates points = shape.getPoints();
        if (points == null || points.size() < 2) {
            return null;
        }
        float[] values = interpolated(points, shape.getFrame(), next, frame);
        switch (type) {
        case RECTANGLE:
            // CVAT measures a rotated box unrotated: rotation does not change width and height
            return new double[] { Math.min(values[0], values[2]), Math.min(values[1], values[3]),
                    Math.max(values[0], values[2]), Math.max(values[1], values[3]) };
        case ELLIPSE: {
            double rx = Math.abs(values[2]);
            double ry = Math.abs(values[3]);
            return new double[] { values[0] - rx, values[1] - ry, values[0] + rx, values[1] + ry };
        }
        case MASK:
            // the mask box's right and bottom are pixel indexes, included
            return new double[] { values[0], values[1], values[2] + 1, values[3] + 1 };
        default:
            float[] bounds = Coordinates.wrap(values).bounds();
            return new double[] { bounds[0], bounds[1], bounds[2], bounds[3] };
        }
    }

    /**
     * Linear interpolation between keyframes of the same point count (exact for boxes and
     * ellipses, CVAT's own interpolation for those); otherwise the keyframe in effect.
     */
    private static float[] interpolated(Coordinates points, int keyFrame, Shape next, int frame) {
        if (next == null || frame <= keyFrame || next.getPoints() == null || next.getPoints().size() != points.size()
                || next.getFrame() <= keyFrame) {
            return points.toArray();
        }
        float t = (float) (frame - keyFrame) / (next.getFrame() - keyFrame);
        float[] values = points.toArray();
        for (int i = 0; i < values.length; i++) {
            values[i] += (next.getPoints().get(i) - values[i]) * t;
        }
        return values;
    }

    private static double[] elementsBox(List<Shape> elements) {
        double[] box = null;
        for (Shape element : elements) {
            if (!element.isOutside()) {
                box = union(box, box(element, null, element.getFrame()));
            }
        }
        return box;
    }

    private static double[] elementTracksBox(Track track, int frame) {
        double[] box = null;
        for (Track element : track.getElements()) {
            int index = lastKeyAtOrBefore(element.getShapes(), frame);
            if (index >= 0 && !element.getShapes().get(index).isOutside()) {
                List<Shape> keys = element.getShapes();
                Shape next = index + 1 < keys.size() && !keys.get(index + 1).isOutside() ? keys.get(index + 1) : null;
                box = union(box, box(keys.get(index), next, frame));
            }
        }
        return box;
    }

    private static double[] union(double[] a, double[] b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return new double[] { Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3]) };
    }
}
