package io.annolab.core.api.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.annolab.model.Annotation;
import io.annolab.model.AttributeValue;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Track;

/**
 * Rebuilds tracks from per-frame shapes carrying the attribute {@code track_id}, as CVAT for
 * video and MOT importers produce them. A track keeps its keyframes and the outside shapes that
 * end a visible run; the frames CVAT wrote interpolated (keyframe false, not outside) are
 * dropped, since interpolation recomputes them. When no shape of a track says keyframe (MOT has
 * no such flag) every shape is a keyframe. The first shape always is. {@code track_id},
 * {@code keyframe} and {@code outside} are structure, not attributes: attributes of those names
 * are removed (CVAT's reader keeps the flags in the shape's fields; Datumaro-like readers may
 * keep them as attributes). Attributes declared immutable move to the track. A skeleton's
 * elements become one element track per point label, by the same rules.
 */
final class TrackBuilder {

    static final String TRACK_ID = "track_id";
    private static final Set<String> STRUCTURE = Set.of(TRACK_ID, "keyframe", "outside");
    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private final Map<Long, List<Shape>> groups = new TreeMap<>();

    /** Takes the annotation if it is a shape of a track; false leaves it to the caller. */
    boolean offer(Annotation annotation) {
        if (!(annotation instanceof Shape shape)) {
            return false;
        }
        Long id = trackId(shape);
        if (id == null) {
            return false;
        }
        groups.computeIfAbsent(id, k -> new ArrayList<>()).add(shape);
        return true;
    }

    /** The tracks, by id; a second shape of one track on one frame stays a plain shape. */
    List<Annotation> build() {
        List<Annotation> built = new ArrayList<>();
        for (Map.Entry<Long, List<Shape>> entry : groups.entrySet()) {
            List<Shape> shapes = new ArrayList<>(entry.getValue());
            shapes.sort(Comparator.comparingInt(Shape::getFrame));
            List<Shape> unique = new ArrayList<>();
            for (Shape shape : shapes) {
                if (!unique.isEmpty() && unique.get(unique.size() - 1).getFrame() == shape.getFrame()) {
                    strip(shape);
                    built.add(shape);
                } else {
                    unique.add(shape);
                }
            }
            built.add(track(entry.getKey(), unique));
        }
        return built;
    }

    private static Track track(long id, List<Shape> shapes) {
        Shape first = shapes.get(0);
        Track track = F.createTrack();
        track.setId(id);
        track.setType(first.getType());
        track.setLabel(first.getLabel());
        track.setGroup(first.getGroup());
        track.setSource(first.getSource());
        track.setFrame(first.getFrame());
        // a skeleton's points, gathered from every frame before the interpolated frames go
        Map<Label, List<Shape>> elements = new LinkedHashMap<>();
        if (first.getType() == ShapeType.SKELETON) {
            for (Shape shape : shapes) {
                for (Shape element : List.copyOf(shape.getElements())) {
                    element.setFrame(shape.getFrame());
                    elements.computeIfAbsent(element.getLabel(), l -> new ArrayList<>()).add(element);
                }
                shape.getElements().clear();
            }
        }
        List<Shape> keys = keyframes(shapes);
        for (AttributeValue value : List.copyOf(keys.get(0).getAttributes())) {
            if (value.getSpec() != null && !value.getSpec().isMutable()) {
                track.getAttributes().add(value);
            }
        }
        for (Shape key : keys) {
            key.setId(0);
            key.getAttributes().removeIf(v -> v.getSpec() != null && !v.getSpec().isMutable());
            track.getShapes().add(key);
        }
        List<Label> order = track.getLabel() == null ? List.of() : track.getLabel().getSublabels();
        List<Label> labels = new ArrayList<>(elements.keySet());
        labels.sort(Comparator.comparingInt(l -> order.indexOf(l) < 0 ? Integer.MAX_VALUE : order.indexOf(l)));
        for (Label label : labels) {
            List<Shape> points = elements.get(label);
            Track element = F.createTrack();
            element.setType(points.get(0).getType());
            element.setLabel(label);
            element.setSource(track.getSource());
            element.setFrame(points.get(0).getFrame());
            for (Shape key : keyframes(points)) {
                key.setId(0);
                element.getShapes().add(key);
            }
            track.getElements().add(element);
        }
        return track;
    }

    /** The shapes to keep as keyframes, flags set, structure attributes removed. */
    private static List<Shape> keyframes(List<Shape> shapes) {
        boolean flagged = shapes.stream().anyMatch(s -> s.isKeyframe() || attribute(s, "keyframe") != null);
        List<Shape> keys = new ArrayList<>();
        for (Shape shape : shapes) {
            boolean keyframe = !flagged || keyframe(shape) || keys.isEmpty();
            boolean outside = shape.isOutside() || truth(attribute(shape, "outside"));
            Shape previous = keys.isEmpty() ? null : keys.get(keys.size() - 1);
            if (keyframe || (outside && previous != null && !previous.isOutside())) {
                strip(shape);
                shape.setKeyframe(true);
                shape.setOutside(outside);
                keys.add(shape);
            }
        }
        return keys;
    }

    private static boolean keyframe(Shape shape) {
        AttributeValue value = attribute(shape, "keyframe");
        return value != null ? truth(value) : shape.isKeyframe();
    }

    private static void strip(Shape shape) {
        shape.getAttributes().removeIf(v -> STRUCTURE.contains(v.getName()));
    }

    private static AttributeValue attribute(Shape shape, String name) {
        for (AttributeValue value : shape.getAttributes()) {
            if (name.equals(value.getName())) {
                return value;
            }
        }
        return null;
    }

    private static boolean truth(AttributeValue value) {
        if (value == null) {
            return false;
        }
        Object v = value.getValue();
        if (v instanceof Boolean flag) {
            return flag;
        }
        if (v instanceof Number number) {
            return number.doubleValue() != 0;
        }
        return v != null && (v.toString().equalsIgnoreCase("true") || v.toString().equals("1"));
    }

    static Long trackId(Shape shape) {
        AttributeValue value = attribute(shape, TRACK_ID);
        if (value == null) {
            return null;
        }
        if (value.getValue() instanceof Number number) {
            return number.longValue();
        }
        if (value.getValue() instanceof String text && text.trim().matches("-?\\d{1,18}")) {
            return Long.parseLong(text.trim());
        }
        return null;
    }
}
