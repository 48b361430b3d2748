package io.annolab.formats.datumaro;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.image.ImageHeaders;
import io.annolab.core.api.image.ImageSize;
import io.annolab.model.Annotation;
import io.annolab.model.AttributeSpec;
import io.annolab.model.AttributeValue;
import io.annolab.model.Caption;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;
import io.annolab.model.values.PointVisibility;

/**
 * Reads one item object of a subset file into the model. Attributes that the model holds as
 * fields (occluded, outside, keyframe, rotation, score) move there when they have the right
 * type; everything else stays an attribute with its JSON type.
 */
final class DatumaroItemReader {

    /** Turns a Datumaro label index into a label, or fails naming the place. */
    interface Labels {
        Label get(int index, JsonReading json) throws AnnolabException;
    }

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    private final JsonReading json;
    private final JsonParser p;
    private final Path root;
    private final String subset;
    private final Labels labels;

    DatumaroItemReader(JsonReading json, Path root, String subset, Labels labels) {
        this.json = json;
        this.p = json.parser();
        this.root = root;
        this.subset = subset;
        this.labels = labels;
    }

    /** Reads the item at the parser's START_OBJECT, leaving the parser on its END_OBJECT. */
    DatasetItem read() throws IOException {
        json.expect(JsonToken.START_OBJECT, "an item");
        DatasetItem item = FACTORY.createDatasetItem();
        item.setSubset(subset);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> item.setId(json.text("an item's id"));
                case "annotations" -> {
                    json.expect(JsonToken.START_ARRAY, "\"annotations\"");
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        item.getAnnotations().add(annotation());
                    }
                }
                case "attr" -> json.attributes("\"attr\"").forEach((name, value) -> item.getAttributes().add(attribute(name, value, null)));
                case "image" -> item.setMedia(image("images"));
                case "point_cloud" -> {
                    Media media = media("point_clouds", MediaType.POINT_CLOUD);
                    if (item.getMedia() != null) {
                        media.getRelatedImages().addAll(item.getMedia().getRelatedImages());
                    }
                    item.setMedia(media);
                }
                case "related_images" -> {
                    if (item.getMedia() == null) {
                        item.setMedia(FACTORY.createMedia());
                        item.getMedia().setType(MediaType.POINT_CLOUD);
                    }
                    json.expect(JsonToken.START_ARRAY, "\"related_images\"");
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        item.getMedia().getRelatedImages().add(media("related_images", MediaType.IMAGE).getPath());
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (item.getId() == null) {
            throw json.error("an item has no \"id\"", "Give every item an id");
        }
        return item;
    }

    private Media image(String folder) throws IOException {
        Media media = media(folder, MediaType.IMAGE);
        if (media.getWidth() == 0 && Files.isRegularFile(Path.of(media.getPath()))) {
            ImageSize size = ImageHeaders.readSize(Path.of(media.getPath()));
            if (size != null) {
                media.setWidth(size.width());
                media.setHeight(size.height());
            }
        }
        return media;
    }

    /** {"path": ..., "size": [h, w]}; the path is relative to {@code folder/<subset>/}. */
    private Media media(String folder, MediaType type) throws IOException {
        json.expect(JsonToken.START_OBJECT, "a media description");
        Media media = FACTORY.createMedia();
        media.setType(type);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("path")) {
                String path = json.text("a media path");
                media.setPath(root.resolve(folder).resolve(subset).resolve(path).normalize().toString());
            } else if (field.equals("size") && p.currentToken() != JsonToken.VALUE_NULL) {
                int[] size = json.integers("a media size");
                if (size.length != 2 || size[0] <= 0 || size[1] <= 0 || size[0] > ImageHeaders.MAX_SIDE || size[1] > ImageHeaders.MAX_SIDE) {
                    throw json.error("the image size " + java.util.Arrays.toString(size) + " is impossible",
                            "Sizes are [height, width], each 1.." + ImageHeaders.MAX_SIDE);
                }
                media.setHeight(size[0]);
                media.setWidth(size[1]);
            } else {
                p.skipChildren();
            }
        }
        return media;
    }

    private Annotation annotation() throws IOException {
        json.expect(JsonToken.START_OBJECT, "an annotation");
        long id = 0;
        int group = 0, zOrder = 0;
        String type = null, caption = null, rleCounts = null;
        Label label = null;
        Map<String, Object> attributes = Map.of();
        float[] bbox = null, points = null, position = null, rotation = null, scale = null;
        int[] visibility = null, rleSize = null;
        List<Map<String, Object>> pointAttributes = null;
        List<Annotation> elements = null;
        int typeLine = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> id = json.integer("an annotation's id");
                case "type" -> type = json.text("an annotation's type");
                case "group" -> group = p.currentToken() == JsonToken.VALUE_NULL ? 0 : (int) json.integer("\"group\"");
                case "z_order" -> zOrder = (int) json.integer("\"z_order\"");
                case "label_id" -> label = p.currentToken() == JsonToken.VALUE_NULL ? null
                        : labels.get((int) json.integer("\"label_id\""), json);
                case "attributes" -> attributes = json.attributes("an annotation's attributes");
                case "bbox" -> bbox = json.numbers("\"bbox\"");
                case "points" -> points = json.numbers("\"points\"");
                case "visibility" -> visibility = json.integers("\"visibility\"");
                case "caption" -> caption = json.text("\"caption\"");
                case "position" -> position = json.numbers("\"position\"");
                case "rotation" -> rotation = json.numbers("\"rotation\"");
                case "scale" -> scale = json.numbers("\"scale\"");
                case "rle" -> {
                    json.expect(JsonToken.START_OBJECT, "\"rle\"");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        p.nextToken();
                        if (key.equals("counts")) {
                            if (p.currentToken() == JsonToken.START_ARRAY) {
                                rleCounts = CocoRle.encodeCounts(json.integers("uncompressed RLE counts"));
                            } else {
                                rleCounts = json.text("RLE counts");
                            }
                        } else if (key.equals("size")) {
                            rleSize = json.integers("RLE size");
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                case "points_attributes" -> {
                    json.expect(JsonToken.START_ARRAY, "\"points_attributes\"");
                    pointAttributes = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        pointAttributes.add(json.attributes("a point's attributes"));
                    }
                }
                case "elements" -> {
                    json.expect(JsonToken.START_ARRAY, "\"elements\"");
                    elements = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        elements.add(annotation());
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (type == null) {
            throw json.error("an annotation has no \"type\"", "Give every annotation a type (bbox, polygon, mask, ...)");
        }
        Annotation annotation;
        switch (type) {
            case "label" -> annotation = FACTORY.createTag();
            case "caption" -> {
                Caption c = FACTORY.createCaption();
                c.setText(caption == null ? "" : caption);
                annotation = c;
            }
            case "bbox" -> {
                float[] xywh = require(bbox, 4, "a bbox", "\"bbox\": [x, y, w, h]");
                annotation = shape(ShapeType.RECTANGLE, Coordinates.of(xywh[0], xywh[1], xywh[0] + xywh[2], xywh[1] + xywh[3]));
            }
            case "polygon" -> annotation = shape(ShapeType.POLYGON, pairs(points, type));
            case "polyline" -> annotation = shape(ShapeType.POLYLINE, pairs(points, type));
            case "points" -> {
                Shape shape = shape(ShapeType.POINTS, pairs(points, type));
                shape.setVisibility(visibility(visibility, shape.getPoints().pointCount()));
                annotation = shape;
            }
            case "ellipse" -> {
                float[] box = require(points, 4, "an ellipse", "\"points\": [x1, y1, x2, y2]");
                annotation = shape(ShapeType.ELLIPSE, Coordinates.of((box[0] + box[2]) / 2, (box[1] + box[3]) / 2,
                        (box[2] - box[0]) / 2, (box[3] - box[1]) / 2));
            }
            case "cuboid_2d" -> annotation = shape(ShapeType.CUBOID, Coordinates.wrap(require(points, 16, "a 2D cuboid", "8 corners")));
            case "cuboid_3d" -> {
                float[] values = new float[9];
                System.arraycopy(require(position, 3, "a cuboid_3d position", "[x, y, z]"), 0, values, 0, 3);
                System.arraycopy(rotation == null ? new float[3] : require(rotation, 3, "a cuboid_3d rotation", "[x, y, z]"), 0, values, 3, 3);
                System.arraycopy(scale == null ? new float[] { 1, 1, 1 } : require(scale, 3, "a cuboid_3d scale", "[x, y, z]"), 0, values, 6, 3);
                annotation = shape(ShapeType.CUBOID3D, Coordinates.wrap(values));
            }
            case "mask" -> annotation = mask(rleCounts, rleSize);
            case "skeleton" -> annotation = skeleton(label, points, pointAttributes, elements);
            default -> throw json.error("unknown annotation type '" + type + "'",
                    "Known: label, caption, bbox, polygon, polyline, points, ellipse, cuboid_2d, cuboid_3d, mask, skeleton");
        }
        annotation.setId(id);
        annotation.setGroup(group);
        annotation.setLabel(label);
        if (annotation instanceof Shape shape) {
            shape.setZOrder(zOrder);
        }
        applyAttributes(annotation, attributes);
        return annotation;
    }

    private void applyAttributes(Annotation annotation, Map<String, Object> attributes) {
        Shape shape = annotation instanceof Shape s ? s : null;
        for (Map.Entry<String, Object> entry : attributes.entrySet()) {
            String name = entry.getKey();
            Object value = entry.getValue();
            if (name.equals("score") && value instanceof Number score) {
                annotation.setScore(score.floatValue());
            } else if (shape != null && value instanceof Boolean flag && name.equals("occluded")) {
                shape.setOccluded(flag);
            } else if (shape != null && value instanceof Boolean flag && name.equals("outside")) {
                shape.setOutside(flag);
            } else if (shape != null && value instanceof Boolean flag && name.equals("keyframe")) {
                shape.setKeyframe(flag);
            } else if (shape != null && shape.getType() != ShapeType.CUBOID3D && name.equals("rotation") && value instanceof Number degrees) {
                shape.setRotation(degrees.floatValue());
            } else {
                annotation.getAttributes().add(attribute(name, value, annotation.getLabel()));
            }
        }
    }

    private static AttributeValue attribute(String name, Object value, Label label) {
        AttributeValue attribute = FACTORY.createAttributeValue();
        attribute.setName(name);
        attribute.setValue(value);
        if (label != null) {
            for (AttributeSpec spec : label.getAttributes()) {
                if (spec.getName().equals(name)) {
                    attribute.setSpec(spec);
                    break;
                }
            }
        }
        return attribute;
    }

    private Shape shape(ShapeType type, Coordinates points) {
        Shape shape = FACTORY.createShape();
        shape.setType(type);
        shape.setPoints(points);
        return shape;
    }

    private float[] require(float[] values, int count, String what, String form) throws AnnolabException {
        if (values == null || values.length != count) {
            throw json.error(what + " needs " + count + " numbers, has " + (values == null ? "none" : values.length), "Write it as " + form);
        }
        return values;
    }

    private Coordinates pairs(float[] points, String type) throws AnnolabException {
        if (points == null || points.length % 2 != 0) {
            throw json.error("a " + type + " needs an even number of coordinates, has " + (points == null ? "none" : points.length),
                    "Write \"points\": [x1, y1, x2, y2, ...]");
        }
        return Coordinates.wrap(points);
    }

    private PointVisibility visibility(int[] values, int count) throws AnnolabException {
        if (values == null) {
            return null;
        }
        if (values.length != count) {
            throw json.error("\"visibility\" has " + values.length + " values for " + count + " points", "Give one value per point");
        }
        byte[] flags = new byte[count];
        for (int i = 0; i < count; i++) {
            if (values[i] < 0 || values[i] > 2) {
                throw json.error("visibility " + values[i] + " is not 0 (absent), 1 (hidden) or 2 (visible)", "Fix the value");
            }
            flags[i] = (byte) values[i];
        }
        return PointVisibility.of(flags);
    }

    private Shape mask(String counts, int[] size) throws AnnolabException {
        if (counts == null || size == null || size.length != 2) {
            throw json.error("a mask needs \"rle\": {\"counts\", \"size\": [h, w]}", "Export the mask again from its source");
        }
        int height = size[0], width = size[1];
        if (height < 0 || width < 0 || height > ImageHeaders.MAX_SIDE || width > ImageHeaders.MAX_SIDE) {
            throw json.error("the mask size " + height + "x" + width + " is impossible", "Sizes are [height, width], each 0.."
                    + ImageHeaders.MAX_SIDE);
        }
        MaskRle mask;
        try {
            mask = CocoRle.toMask(width, height, CocoRle.decodeCounts(counts));
        } catch (IllegalArgumentException e) {
            throw json.error("the mask's RLE is damaged: " + e.getMessage(), "Export the mask again from its source");
        }
        Shape shape = shape(ShapeType.MASK, Coordinates.of(0f, 0f, width - 1f, height - 1f));
        shape.setMask(mask);
        return shape;
    }

    private Shape skeleton(Label label, float[] points, List<Map<String, Object>> pointAttributes, List<Annotation> elements)
            throws AnnolabException {
        Shape skeleton = shape(ShapeType.SKELETON, Coordinates.EMPTY);
        if (elements != null) {
            for (Annotation element : elements) {
                if (!(element instanceof Shape s) || s.getType() != ShapeType.POINTS) {
                    throw json.error("a skeleton's elements must be points", "Fix the skeleton");
                }
                skeleton.getElements().add(s);
            }
            return skeleton;
        }
        List<Label> sublabels = label == null ? List.of() : label.getSublabels();
        if (points == null || points.length != 3 * sublabels.size()) {
            throw json.error("a skeleton of '" + (label == null ? "no label" : label.getName()) + "' needs x, y, visibility for each of its "
                    + sublabels.size() + " points, has " + (points == null ? 0 : points.length) + " numbers",
                    "Declare the skeleton's points in categories.points, or fix \"points\"");
        }
        for (int i = 0; i < sublabels.size(); i++) {
            int flag = (int) points[3 * i + 2];
            if (flag < 0 || flag > 2) {
                throw json.error("visibility " + points[3 * i + 2] + " is not 0, 1 or 2", "Fix the skeleton's points");
            }
            Shape element = shape(ShapeType.POINTS, Coordinates.of(points[3 * i], points[3 * i + 1]));
            element.setLabel(sublabels.get(i));
            element.setVisibility(PointVisibility.of((byte) flag));
            element.setOutside(flag == PointVisibility.ABSENT);
            if (pointAttributes != null && i < pointAttributes.size()) {
                pointAttributes.get(i).forEach((name, value) -> element.getAttributes().add(attribute(name, value, element.getLabel())));
            }
            skeleton.getElements().add(element);
        }
        return skeleton;
    }

}
