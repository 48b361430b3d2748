package io.annolab.formats.datumaro;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import io.annolab.core.api.format.ExportReport;
import io.annolab.model.Annotation;
import io.annolab.model.AttributeValue;
import io.annolab.model.Caption;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.Shape;
import io.annolab.model.Tag;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;
import io.annolab.model.values.PointVisibility;

/**
 * Writes one item as Datumaro does, in its field order. Model fields that Datumaro keeps as
 * attributes are written as attributes only when they say something (occluded, outside and
 * keyframe when true, rotation when not 0, score when set), so a re-read gives the same model.
 */
final class DatumaroItemWriter {

    /** Where an item's media is written, relative to the folder of its kind and subset. */
    record MediaNames(String image, String pointCloud, List<String> relatedImages) {
    }

    private final JsonGenerator out;
    private final Map<Label, Integer> labelIndex;
    private final ExportReport report;

    DatumaroItemWriter(JsonGenerator out, Map<Label, Integer> labelIndex, ExportReport report) {
        this.out = out;
        this.labelIndex = labelIndex;
        this.report = report;
    }

    void write(DatasetItem item, MediaNames names) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", item.getId());
        out.writeArrayFieldStart("annotations");
        for (Annotation annotation : item.getAnnotations()) {
            annotation(annotation, item.getMedia());
        }
        out.writeEndArray();
        if (!item.getAttributes().isEmpty()) {
            out.writeObjectFieldStart("attr");
            for (AttributeValue attribute : item.getAttributes()) {
                value(attribute.getName(), attribute.getValue());
            }
            out.writeEndObject();
        }
        Media media = item.getMedia();
        if (media != null && names.image() != null) {
            out.writeObjectFieldStart("image");
            out.writeStringField("path", names.image());
            size(media.getHeight(), media.getWidth());
            out.writeEndObject();
        }
        if (media != null && names.pointCloud() != null) {
            out.writeObjectFieldStart("point_cloud");
            out.writeStringField("path", names.pointCloud());
            out.writeEndObject();
        }
        if (media != null && !names.relatedImages().isEmpty()) {
            out.writeArrayFieldStart("related_images");
            for (String path : names.relatedImages()) {
                out.writeStartObject();
                out.writeStringField("path", path);
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private void size(int height, int width) throws IOException {
        if (height > 0 && width > 0) {
            out.writeArrayFieldStart("size");
            out.writeNumber(height);
            out.writeNumber(width);
            out.writeEndArray();
        }
    }

    private void annotation(Annotation annotation, Media media) throws IOException {
        String type = type(annotation);
        if (type == null) {
            report.leftOut(annotation.eClass().getName().toLowerCase(), "Datumaro items hold no tracks; split tracks into shapes first");
            return;
        }
        out.writeStartObject();
        out.writeNumberField("id", annotation.getId());
        out.writeStringField("type", type);
        out.writeObjectFieldStart("attributes");
        attributes(annotation);
        out.writeEndObject();
        out.writeNumberField("group", annotation.getGroup());
        if (!(annotation instanceof Caption)) {
            label(annotation);
        }
        if (annotation instanceof Caption caption) {
            out.writeStringField("caption", caption.getText() == null ? "" : caption.getText());
        } else if (annotation instanceof Shape shape) {
            geometry(shape, media);
        }
        out.writeEndObject();
        report.written(type);
    }

    private void label(Annotation annotation) throws IOException {
        Label label = annotation.getLabel();
        Integer index = label == null ? null : labelIndex.get(label);
        if (label != null && index == null) {
            report.leftOut("label '" + label.getName() + "'", "not among the dataset's labels; written without a label");
        }
        if (index == null) {
            out.writeNullField("label_id");
        } else {
            out.writeNumberField("label_id", index);
        }
    }

    private void attributes(Annotation annotation) throws IOException {
        for (AttributeValue attribute : annotation.getAttributes()) {
            value(attribute.getName(), attribute.getValue());
        }
        if (annotation instanceof Shape shape) {
            if (shape.isOccluded()) {
                out.writeBooleanField("occluded", true);
            }
            if (shape.isOutside()) {
                out.writeBooleanField("outside", true);
            }
            if (shape.isKeyframe()) {
                out.writeBooleanField("keyframe", true);
            }
            if (shape.getRotation() != 0 && shape.getType() != io.annolab.model.ShapeType.CUBOID3D) {
                out.writeNumberField("rotation", shape.getRotation());
            }
        }
        if (annotation.isSetScore()) {
            out.writeNumberField("score", annotation.getScore());
        }
    }

    private void value(String name, Object value) throws IOException {
        writeValue(out, name, value);
    }

    /** A typed attribute value as JSON, keeping its type (Datumaro's attributes are typed). */
    static void writeValue(JsonGenerator out, String name, Object value) throws IOException {
        out.writeFieldName(name);
        switch (value) {
            case null -> out.writeNull();
            case Boolean flag -> out.writeBoolean(flag);
            case Long number -> out.writeNumber(number);
            case Integer number -> out.writeNumber(number);
            case Double number -> out.writeNumber(number);
            case Float number -> out.writeNumber(number);
            default -> out.writeString(value.toString());
        }
    }

    private static String type(Annotation annotation) {
        if (annotation instanceof Tag) {
            return "label";
        }
        if (annotation instanceof Caption) {
            return "caption";
        }
        if (annotation instanceof Shape shape) {
            return switch (shape.getType()) {
                case RECTANGLE -> "bbox";
                case POLYGON -> "polygon";
                case POLYLINE -> "polyline";
                case POINTS -> "points";
                case ELLIPSE -> "ellipse";
                case CUBOID -> "cuboid_2d";
                case CUBOID3D -> "cuboid_3d";
                case MASK -> "mask";
                case SKELETON -> "skeleton";
            };
        }
        return null;
    }

    private void geometry(Shape shape, Media media) throws IOException {
        Coordinates p = shape.getPoints() == null ? Coordinates.EMPTY : shape.getPoints();
        switch (shape.getType()) {
            case RECTANGLE -> {
                out.writeNumberField("z_order", shape.getZOrder());
                out.writeArrayFieldStart("bbox");
                out.writeNumber(p.get(0));
                out.writeNumber(p.get(1));
                out.writeNumber(p.get(2) - p.get(0));
                out.writeNumber(p.get(3) - p.get(1));
                out.writeEndArray();
            }
            case POLYGON, POLYLINE, CUBOID -> {
                numbers("points", p);
                out.writeNumberField("z_order", shape.getZOrder());
            }
            case POINTS -> {
                numbers("points", p);
                out.writeNumberField("z_order", shape.getZOrder());
                out.writeArrayFieldStart("visibility");
                PointVisibility flags = shape.getVisibility();
                for (int i = 0; i < p.pointCount(); i++) {
                    out.writeNumber(flags == null || i >= flags.size() ? PointVisibility.VISIBLE : flags.get(i));
                }
                out.writeEndArray();
            }
            case ELLIPSE -> {
                out.writeArrayFieldStart("points");
                out.writeNumber(p.get(0) - p.get(2));
                out.writeNumber(p.get(1) - p.get(3));
                out.writeNumber(p.get(0) + p.get(2));
                out.writeNumber(p.get(1) + p.get(3));
                out.writeEndArray();
                out.writeNumberField("z_order", shape.getZOrder());
            }
            case CUBOID3D -> {
                out.writeArrayFieldStart("position");
                for (int i = 0; i < 3; i++) {
                    out.writeNumber(p.get(i));
                }
                out.writeEndArray();
                out.writeArrayFieldStart("rotation");
                for (int i = 3; i < 6; i++) {
                    out.writeNumber(p.get(i));
                }
                out.writeEndArray();
                out.writeArrayFieldStart("scale");
                for (int i = 6; i < 9; i++) {
                    out.writeNumber(p.get(i));
                }
                out.writeEndArray();
            }
            case MASK -> mask(shape, p, media);
            case SKELETON -> skeleton(shape);
        }
    }

    private void numbers(String field, Coordinates p) throws IOException {
        out.writeArrayFieldStart(field);
        for (int i = 0; i < p.size(); i++) {
            out.writeNumber(p.get(i));
        }
        out.writeEndArray();
    }

    /** COCO RLE over the whole image: the item's size when known, else the mask box's extent. */
    private void mask(Shape shape, Coordinates box, Media media) throws IOException {
        MaskRle mask = shape.getMask() == null ? MaskRle.of(0, 0) : shape.getMask();
        int left = box.isEmpty() ? 0 : Math.round(box.get(0));
        int top = box.isEmpty() ? 0 : Math.round(box.get(1));
        int width = media != null && media.getWidth() > 0 ? media.getWidth() : Math.max(0, left + mask.width());
        int height = media != null && media.getHeight() > 0 ? media.getHeight() : Math.max(0, top + mask.height());
        int[] clipped = new int[1];
        int[] counts = CocoRle.fromMask(mask, left, top, width, height, clipped);
        if (clipped[0] > 0) {
            report.leftOut("mask part outside the image", clipped[0] + " pixels; Datumaro's masks cover the image only");
        }
        out.writeObjectFieldStart("rle");
        out.writeStringField("counts", CocoRle.encodeCounts(counts));
        out.writeArrayFieldStart("size");
        out.writeNumber(height);
        out.writeNumber(width);
        out.writeEndArray();
        out.writeEndObject();
        out.writeNumberField("z_order", shape.getZOrder());
    }

    /** Datumaro's skeleton: x, y, visibility per point of the label's sublabels, in their order. */
    private void skeleton(Shape shape) throws IOException {
        Label label = shape.getLabel();
        List<Label> sublabels = label == null ? List.of() : label.getSublabels();
        Shape[] byPoint = new Shape[sublabels.size()];
        for (Shape element : shape.getElements()) {
            int index = sublabels.indexOf(element.getLabel());
            if (index < 0) {
                report.leftOut("skeleton point", "its label is not a point of the skeleton's label");
            } else {
                byPoint[index] = element;
            }
        }
        out.writeArrayFieldStart("points");
        for (Shape element : byPoint) {
            Coordinates p = element == null || element.getPoints() == null ? Coordinates.EMPTY : element.getPoints();
            out.writeNumber(p.isEmpty() ? 0f : p.get(0));
            out.writeNumber(p.size() < 2 ? 0f : p.get(1));
            out.writeNumber(element == null || p.isEmpty() ? PointVisibility.ABSENT : visibility(element));
        }
        out.writeEndArray();
        out.writeArrayFieldStart("points_attributes");
        for (Shape element : byPoint) {
            out.writeStartObject();
            if (element != null) {
                for (AttributeValue attribute : element.getAttributes()) {
                    value(attribute.getName(), attribute.getValue());
                }
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static int visibility(Shape element) {
        if (element.isOutside()) {
            return PointVisibility.ABSENT;
        }
        if (element.getVisibility() != null && element.getVisibility().size() > 0) {
            return element.getVisibility().get(0);
        }
        return element.isOccluded() ? PointVisibility.HIDDEN : PointVisibility.VISIBLE;
    }
}
