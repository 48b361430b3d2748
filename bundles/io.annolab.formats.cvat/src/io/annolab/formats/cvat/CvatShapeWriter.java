package io.annolab.formats.cvat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.annolab.core.api.format.ExportReport;
import io.annolab.model.Annotation;
import io.annolab.model.AttributeValue;
import io.annolab.model.Label;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Tag;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;
import io.annolab.model.values.PointVisibility;

/**
 * Writes shapes and tags with their attributes in the order of CVAT's current writer (spec §3.6):
 * in an {@code <image>} with label, source and group; in a {@code <track>} with frame, keyframe
 * and outside. What CVAT XML cannot hold is reported.
 */
final class CvatShapeWriter {

    private final CvatXmlWriter xml;
    private final ExportReport report;

    CvatShapeWriter(CvatXmlWriter xml, ExportReport report) {
        this.xml = xml;
        this.report = report;
    }

    static String element(ShapeType type) {
        return switch (type) {
            case RECTANGLE -> "box";
            case POLYGON -> "polygon";
            case POLYLINE -> "polyline";
            case POINTS -> "points";
            case ELLIPSE -> "ellipse";
            case CUBOID -> "cuboid";
            case MASK -> "mask";
            case SKELETON -> "skeleton";
            case CUBOID3D -> null;
        };
    }

    /** A shape of CVAT for images: {@code label, source, occluded, geometry, [rotation], z_order, [group_id]}. */
    void imageShape(Shape shape) throws IOException {
        String element = element(shape.getType());
        List<String> attributes = new ArrayList<>();
        add(attributes, "label", labelName(shape.getLabel()));
        add(attributes, "source", shape.getSource().getLiteral());
        if (shape.getType() != ShapeType.SKELETON) {
            add(attributes, "occluded", CvatNumbers.flag(shape.isOccluded()));
            geometry(attributes, shape);
        }
        add(attributes, "z_order", Integer.toString(shape.getZOrder()));
        if (shape.getGroup() != 0) {
            add(attributes, "group_id", Integer.toString(shape.getGroup()));
        }
        xml.open(element, attributes.toArray(String[]::new));
        if (shape.getType() == ShapeType.SKELETON) {
            for (Shape point : shape.getElements()) {
                List<String> pointAttributes = new ArrayList<>();
                add(pointAttributes, "label", labelName(point.getLabel()));
                add(pointAttributes, "source", point.getSource().getLiteral());
                add(pointAttributes, "outside", CvatNumbers.flag(elementOutside(point)));
                add(pointAttributes, "occluded", CvatNumbers.flag(elementOccluded(shape, point)));
                add(pointAttributes, "points", CvatNumbers.points(firstPoint(point)));
                if (point.getGroup() != 0) {
                    add(pointAttributes, "group_id", Integer.toString(point.getGroup()));
                }
                xml.open("points", pointAttributes.toArray(String[]::new));
                attributes(point);
                xml.close("points");
            }
        }
        attributes(shape);
        xml.close(element);
    }

    /** A tag of CVAT for images: {@code label, source, [group_id]}. */
    void tag(Tag tag) throws IOException {
        List<String> attributes = new ArrayList<>();
        add(attributes, "label", labelName(tag.getLabel()));
        add(attributes, "source", tag.getSource().getLiteral());
        if (tag.getGroup() != 0) {
            add(attributes, "group_id", Integer.toString(tag.getGroup()));
        }
        xml.open("tag", attributes.toArray(String[]::new));
        attributes(tag);
        xml.close("tag");
    }

    /** A track's shape on one frame: {@code frame, keyframe, outside, occluded, geometry, [rotation], z_order}. */
    void trackShape(Shape shape, int frame) throws IOException {
        String element = element(shape.getType());
        List<String> attributes = new ArrayList<>();
        add(attributes, "frame", Integer.toString(frame));
        add(attributes, "keyframe", CvatNumbers.flag(shape.isKeyframe()));
        if (shape.getType() != ShapeType.SKELETON) {
            add(attributes, "outside", CvatNumbers.flag(shape.isOutside()));
            add(attributes, "occluded", CvatNumbers.flag(shape.isOccluded()));
            geometry(attributes, shape);
        }
        add(attributes, "z_order", Integer.toString(shape.getZOrder()));
        xml.open(element, attributes.toArray(String[]::new));
        if (shape.getType() == ShapeType.SKELETON) {
            for (Shape point : shape.getElements()) {
                List<String> pointAttributes = new ArrayList<>();
                add(pointAttributes, "label", labelName(point.getLabel()));
                add(pointAttributes, "keyframe", CvatNumbers.flag(point.isKeyframe()));
                // a skeleton that is outside as a whole has all its points outside (CVAT keeps it per point)
                add(pointAttributes, "outside", CvatNumbers.flag(shape.isOutside() || elementOutside(point)));
                add(pointAttributes, "occluded", CvatNumbers.flag(elementOccluded(shape, point)));
                add(pointAttributes, "points", CvatNumbers.points(firstPoint(point)));
                xml.open("points", pointAttributes.toArray(String[]::new));
                attributes(point);
                xml.close("points");
            }
        }
        attributes(shape);
        xml.close(element);
    }

    private void geometry(List<String> attributes, Shape shape) {
        Coordinates points = shape.getPoints() == null ? Coordinates.EMPTY : shape.getPoints();
        switch (shape.getType()) {
            case RECTANGLE -> {
                addNumbers(attributes, points, "xtl", "ytl", "xbr", "ybr");
                rotation(attributes, shape);
            }
            case ELLIPSE -> {
                addNumbers(attributes, points, "cx", "cy", "rx", "ry");
                rotation(attributes, shape);
            }
            case CUBOID -> addNumbers(attributes, points, CvatShapeReader.CUBOID.toArray(String[]::new));
            case MASK -> {
                MaskRle mask = shape.getMask() == null ? MaskRle.of(0, 0, 0) : shape.getMask();
                StringBuilder rle = new StringBuilder();
                for (int run : mask.runs()) {
                    rle.append(rle.length() == 0 ? "" : ", ").append(run);
                }
                add(attributes, "rle", rle.toString());
                add(attributes, "left", Integer.toString(Math.round(points.size() > 0 ? points.get(0) : 0)));
                add(attributes, "top", Integer.toString(Math.round(points.size() > 1 ? points.get(1) : 0)));
                add(attributes, "width", Integer.toString(mask.width()));
                add(attributes, "height", Integer.toString(mask.height()));
            }
            default -> add(attributes, "points", CvatNumbers.points(points));
        }
    }

    private static void rotation(List<String> attributes, Shape shape) {
        if (shape.getRotation() != 0) {
            add(attributes, "rotation", CvatNumbers.twoDecimals(shape.getRotation()));
        }
    }

    private static void addNumbers(List<String> attributes, Coordinates points, String... names) {
        for (int i = 0; i < names.length; i++) {
            add(attributes, names[i], CvatNumbers.twoDecimals(i < points.size() ? points.get(i) : 0));
        }
    }

    /** Annotation attributes as {@code <attribute name="...">value</attribute>}; track_id is the track itself. */
    private void attributes(Annotation annotation) throws IOException {
        for (AttributeValue value : annotation.getAttributes()) {
            if (!CvatBodyReader.TRACK_ID.equals(value.getName())) {
                xml.leaf("attribute", CvatNumbers.attributeText(value.getValue()), "name", value.getName());
            }
        }
        if (annotation.isSetScore()) {
            report.leftOut("score", "CVAT XML has no confidence score");
        }
    }

    private static Coordinates firstPoint(Shape point) {
        Coordinates points = point.getPoints() == null ? Coordinates.EMPTY : point.getPoints();
        return points.size() > 2 ? Coordinates.of(points.get(0), points.get(1)) : points;
    }

    static boolean elementOutside(Shape point) {
        PointVisibility visibility = point.getVisibility();
        return point.isOutside() || (visibility != null && visibility.size() > 0 && visibility.get(0) == PointVisibility.ABSENT);
    }

    private static boolean elementOccluded(Shape skeleton, Shape point) {
        PointVisibility visibility = point.getVisibility();
        return skeleton.isOccluded() || point.isOccluded()
                || (visibility != null && visibility.size() > 0 && visibility.get(0) == PointVisibility.HIDDEN);
    }

    static String labelName(Label label) {
        return label == null ? "" : label.getName();
    }

    private static void add(List<String> attributes, String name, String value) {
        attributes.add(name);
        attributes.add(value);
    }
}
