package io.annolab.formats.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.annolab.model.Annotation;
import io.annolab.model.AttributeSpec;
import io.annolab.model.AttributeValue;
import io.annolab.model.Caption;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Tag;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;
import io.annolab.model.values.PointVisibility;

/**
 * Renders a dataset the way {@code conformance/expected/CASE.json} describes Datumaro's view of
 * it, so the two can be compared. Model fields that Datumaro keeps as attributes (occluded,
 * outside, keyframe, rotation, score, track_id) are added to the attributes as
 * {@link #DERIVED} keys; see {@link ConformanceComparator} for how they are compared.
 */
public final class DatumaroView {

    /** Attribute keys made from model fields rather than read as attributes. */
    public static final List<String> DERIVED = List.of("occluded", "outside", "keyframe", "rotation", "score", "track_id");

    private static final ObjectMapper JSON = new ObjectMapper();

    private DatumaroView() {
    }

    /** The view of {@code dataset}; media paths are made relative to {@code root}. */
    public static ObjectNode of(Dataset dataset, Path root) {
        ObjectNode view = JSON.createObjectNode();
        ArrayNode labels = view.putArray("labels");
        for (Label label : dataset.getLabels()) {
            addLabel(labels, label, "");
        }
        List<DatasetItem> items = new ArrayList<>(dataset.getItems());
        items.sort(Comparator.comparing(DatasetItem::getSubset).thenComparing(DatasetItem::getId));
        ArrayNode itemNodes = view.putArray("items");
        for (DatasetItem item : items) {
            itemNodes.add(item(item, root));
        }
        return view;
    }

    private static void addLabel(ArrayNode labels, Label label, String skeletonParent) {
        ObjectNode node = labels.addObject();
        node.put("name", label.getName());
        node.put("parent", !skeletonParent.isEmpty() ? skeletonParent : label.getParent() == null ? "" : label.getParent());
        ArrayNode attributes = node.putArray("attributes");
        label.getAttributes().stream().map(AttributeSpec::getName).forEach(attributes::add);
        for (Label point : label.getSublabels()) {
            addLabel(labels, point, label.getName());
        }
    }

    private static ObjectNode item(DatasetItem item, Path root) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", item.getId());
        node.put("subset", item.getSubset());
        Media media = item.getMedia();
        if (media != null && media.getPath() != null) {
            ObjectNode mediaNode = node.putObject("media");
            mediaNode.put("type", media.getType() == MediaType.POINT_CLOUD ? "PointCloud" : "Image");
            Path path = Path.of(media.getPath());
            mediaNode.put("path", (path.isAbsolute() ? root.toAbsolutePath().normalize().relativize(path) : path).toString().replace('\\', '/'));
            if (media.getWidth() > 0 && media.getHeight() > 0) {
                mediaNode.putArray("size_hw").add(media.getHeight()).add(media.getWidth());
            }
        } else {
            node.putObject("media");
        }
        ObjectNode attributes = node.putObject("attributes");
        item.getAttributes().forEach(a -> putValue(attributes, a.getName(), a.getValue()));
        ArrayNode annotations = node.putArray("annotations");
        for (Annotation annotation : item.getAnnotations()) {
            annotations.add(annotation(annotation));
        }
        return node;
    }

    private static ObjectNode annotation(Annotation annotation) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", type(annotation));
        node.put("label", annotation.getLabel() == null ? null : annotation.getLabel().getName());
        node.put("id", annotation.getId());
        node.put("group", annotation.getGroup());
        ObjectNode attributes = node.putObject("attributes");
        for (AttributeValue value : annotation.getAttributes()) {
            putValue(attributes, value.getName(), value.getValue());
        }
        if (annotation.isSetScore()) {
            attributes.put("score", annotation.getScore());
        }
        if (annotation instanceof Caption caption) {
            node.put("caption", caption.getText());
        } else if (annotation instanceof Shape shape) {
            shape(node, attributes, shape);
        }
        return node;
    }

    private static void shape(ObjectNode node, ObjectNode attributes, Shape shape) {
        attributes.put("occluded", shape.isOccluded());
        attributes.put("outside", shape.isOutside());
        attributes.put("keyframe", shape.isKeyframe());
        if (shape.getRotation() != 0) {
            attributes.put("rotation", shape.getRotation());
        }
        if (shape.getType() != ShapeType.CUBOID3D) {
            node.put("z_order", shape.getZOrder());
        }
        Coordinates points = shape.getPoints() == null ? Coordinates.EMPTY : shape.getPoints();
        switch (shape.getType()) {
            case RECTANGLE -> node.putArray("xywh").add(points.get(0)).add(points.get(1)).add(points.get(2) - points.get(0))
                    .add(points.get(3) - points.get(1));
            case POLYGON, POLYLINE, ELLIPSE, CUBOID -> numbers(node.putArray("points"), points);
            case POINTS -> {
                numbers(node.putArray("points"), points);
                ArrayNode visibility = node.putArray("visibility");
                PointVisibility flags = shape.getVisibility();
                for (int i = 0; i < points.pointCount(); i++) {
                    visibility.add(flags == null ? PointVisibility.VISIBLE : flags.get(i));
                }
            }
            case MASK -> {
                MaskRle mask = shape.getMask();
                node.put("mask_area", mask == null ? 0 : mask.area());
                node.putArray("mask_bbox_xywh").addAll(maskBox(points, mask));
            }
            case SKELETON -> {
                ArrayNode elements = node.putArray("elements");
                for (Shape element : shape.getElements()) {
                    ObjectNode e = elements.addObject();
                    e.put("type", "points");
                    e.put("label", element.getLabel() == null ? null : element.getLabel().getName());
                    numbers(e.putArray("points"), element.getPoints());
                    byte flag = element.isOutside() ? PointVisibility.ABSENT
                            : element.getVisibility() != null && element.getVisibility().size() > 0 ? element.getVisibility().get(0)
                            : element.isOccluded() ? PointVisibility.HIDDEN : PointVisibility.VISIBLE;
                    e.putArray("visibility").add((int) flag); // as an int, like the expected JSON: a ShortNode never equals an IntNode
                }
            }
            case CUBOID3D -> {
                node.putArray("position").add(points.get(0)).add(points.get(1)).add(points.get(2));
                node.putArray("scale").add(points.get(6)).add(points.get(7)).add(points.get(8));
            }
        }
    }

    /** The tight box of the set pixels, as Datumaro computes it, in image coordinates. */
    private static ArrayNode maskBox(Coordinates box, MaskRle mask) {
        ArrayNode xywh = JSON.createArrayNode();
        if (mask == null || mask.area() == 0) {
            return xywh.add(0.0).add(0.0).add(0.0).add(0.0);
        }
        boolean[] pixels = mask.decode();
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                if (pixels[y * mask.width() + x]) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        float left = box.isEmpty() ? 0 : box.get(0), top = box.isEmpty() ? 0 : box.get(1);
        return xywh.add(left + minX).add(top + minY).add(maxX - minX + 1.0).add(maxY - minY + 1.0);
    }

    private static String type(Annotation annotation) {
        if (annotation instanceof Tag) {
            return "label";
        } else if (annotation instanceof Caption) {
            return "caption";
        } else if (annotation instanceof Shape shape) {
            return switch (shape.getType()) {
                case RECTANGLE -> "bbox";
                case CUBOID3D -> "cuboid_3d";
                case CUBOID -> "cuboid_2d";
                default -> shape.getType().getLiteral();
            };
        }
        return annotation.eClass().getName().toLowerCase();
    }

    private static void numbers(ArrayNode array, Coordinates points) {
        for (int i = 0; points != null && i < points.size(); i++) {
            array.add(points.get(i));
        }
    }

    private static void putValue(ObjectNode node, String name, Object value) {
        switch (value) {
            case null -> node.putNull(name);
            case Boolean flag -> node.put(name, flag);
            case Integer number -> node.put(name, number);
            case Long number -> node.put(name, number);
            case Float number -> node.put(name, number);
            case Double number -> node.put(name, number);
            default -> node.put(name, value.toString());
        }
    }

    static JsonNode read(Path file) throws java.io.IOException {
        return JSON.readTree(file.toFile());
    }
}
