package io.annolab.formats.cvat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.image.ImageHeaders;
import io.annolab.core.api.io.SafeXml;
import io.annolab.model.AnnotationSource;
import io.annolab.model.AttributeInputType;
import io.annolab.model.AttributeSpec;
import io.annolab.model.AttributeValue;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;

/**
 * Reads one shape element ({@code box, polygon, polyline, points, ellipse, cuboid, mask,
 * skeleton}) with its attributes, in any attribute order (spec §3.7 asks readers to be
 * order-insensitive), and its {@code <attribute>} and skeleton {@code <points>} children.
 */
final class CvatShapeReader {

    /** The 16 cuboid coordinates in CVAT's order: front face tl, bl, tr, br, then the back face. */
    static final List<String> CUBOID = List.of("xtl1", "ytl1", "xbl1", "ybl1", "xtr1", "ytr1", "xbr1", "ybr1", "xtl2", "ytl2",
            "xbl2", "ybl2", "xtr2", "ytr2", "xbr2", "ybr2");

    private static final ModelFactory F = ModelFactory.eINSTANCE;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final XMLStreamReader reader;
    private final Path file;
    private final CvatLabels labels;

    CvatShapeReader(XMLStreamReader reader, Path file, CvatLabels labels) {
        this.reader = reader;
        this.file = file;
        this.labels = labels;
    }

    static boolean isShape(String element) {
        return type(element) != null;
    }

    static ShapeType type(String element) {
        return switch (element) {
            case "box" -> ShapeType.RECTANGLE;
            case "polygon" -> ShapeType.POLYGON;
            case "polyline" -> ShapeType.POLYLINE;
            case "points" -> ShapeType.POINTS;
            case "ellipse" -> ShapeType.ELLIPSE;
            case "cuboid" -> ShapeType.CUBOID;
            case "mask" -> ShapeType.MASK;
            case "skeleton" -> ShapeType.SKELETON;
            default -> null;
        };
    }

    /** The declared label of that name; none for an empty name (Datumaro reads it as unlabelled). */
    Label label(String name) throws AnnolabException {
        if (name == null || name.isEmpty()) {
            return null;
        }
        Label label = labels.find(name);
        if (label == null) {
            throw new AnnolabException("the label '" + name + "' is not declared in <meta>", file,
                    reader.getLocation().getLineNumber(), reader.getLocation().getColumnNumber(),
                    "Add it to the task's <labels>, or fix the name", null);
        }
        return label;
    }

    Label element(Label skeleton, String name) throws AnnolabException {
        if (name == null || name.isEmpty()) {
            return null;
        }
        Label label = CvatLabels.element(skeleton, name);
        if (label == null) {
            throw new AnnolabException("the skeleton point label '" + name + "' is not declared under the skeleton '"
                    + (skeleton == null ? "" : skeleton.getName()) + "'", file, reader.getLocation().getLineNumber(),
                    reader.getLocation().getColumnNumber(), "Declare it with <parent> in <labels>, or fix the name", null);
        }
        return label;
    }

    /**
     * Reads the shape element the reader is on, up to its end. In a track, the frame, keyframe and
     * outside come from the element; in an image, the group does.
     */
    Shape read(Label label, boolean inTrack) throws XMLStreamException, AnnolabException {
        return read(label, inTrack, -1);
    }

    private Shape read(Label label, boolean inTrack, int ownerFrame) throws XMLStreamException, AnnolabException {
        String element = reader.getLocalName();
        Shape shape = F.createShape();
        ShapeType type = type(element);
        shape.setType(type);
        shape.setLabel(label);
        shape.setOccluded("1".equals(reader.getAttributeValue(null, "occluded")));
        shape.setOutside("1".equals(reader.getAttributeValue(null, "outside")));
        shape.setKeyframe("1".equals(reader.getAttributeValue(null, "keyframe")));
        shape.setSource(source(reader.getAttributeValue(null, "source")));
        shape.setZOrder(optionalInt(reader, file, "z_order", reader.getAttributeValue(null, "z_order")));
        shape.setGroup(optionalInt(reader, file, "group_id", reader.getAttributeValue(null, "group_id")));
        String rotation = reader.getAttributeValue(null, "rotation");
        shape.setRotation(rotation == null || type == ShapeType.SKELETON ? 0f : number("rotation", rotation));
        String frame = reader.getAttributeValue(null, "frame");
        if (frame != null) {
            shape.setFrame(frameNumber(reader, file, "frame", frame));
        } else if (ownerFrame >= 0) {
            shape.setFrame(ownerFrame);
        } else if (inTrack) {
            throw SafeXml.error(file, reader, "<" + element + "> in a <track> has no frame attribute");
        }
        geometry(shape, element);
        while (reader.next() != XMLStreamConstants.END_ELEMENT) {
            if (!reader.isStartElement()) {
                continue;
            }
            if (reader.getLocalName().equals("attribute")) {
                shape.getAttributes().add(attribute(label));
            } else if (type == ShapeType.SKELETON && isShape(reader.getLocalName())) {
                Label point = element(label, reader.getAttributeValue(null, "label"));
                Shape child = read(point, inTrack, shape.getFrame());
                child.setType(ShapeType.POINTS);
                shape.getElements().add(child);
            } else {
                skipElement();
            }
        }
        return shape;
    }

    private void geometry(Shape shape, String element) throws AnnolabException {
        switch (shape.getType()) {
            case RECTANGLE -> shape.setPoints(Coordinates.of(number("xtl"), number("ytl"), number("xbr"), number("ybr")));
            case ELLIPSE -> shape.setPoints(Coordinates.of(number("cx"), number("cy"), number("rx"), number("ry")));
            case CUBOID -> {
                float[] corners = new float[CUBOID.size()];
                for (int i = 0; i < corners.length; i++) {
                    corners[i] = number(CUBOID.get(i));
                }
                shape.setPoints(Coordinates.wrap(corners));
            }
            case MASK -> mask(shape);
            case SKELETON -> shape.setPoints(Coordinates.EMPTY);
            default -> shape.setPoints(points(required(element, "points")));
        }
    }

    /** CVAT's mask: runs over the box left, top, width, height, row-major, starting with a 0-run. */
    private void mask(Shape shape) throws AnnolabException {
        int left = (int) integer(reader, file, "left", required("mask", "left"));
        int top = (int) integer(reader, file, "top", required("mask", "top"));
        int width = CvatBodyReader.size(reader, file, "width", required("mask", "width"));
        int height = CvatBodyReader.size(reader, file, "height", required("mask", "height"));
        String[] parts = required("mask", "rle").split(",");
        int[] runs = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            long run = integer(reader, file, "rle", parts[i].trim());
            if (run < 0 || run > (long) ImageHeaders.MAX_SIDE * ImageHeaders.MAX_SIDE) {
                throw SafeXml.error(file, reader, "the mask has an impossible run length " + run);
            }
            runs[i] = (int) run;
        }
        try {
            shape.setMask(MaskRle.of(width, height, runs));
        } catch (IllegalArgumentException e) {
            throw SafeXml.error(file, reader, "the mask's rle does not fit its box: " + e.getMessage());
        }
        shape.setPoints(Coordinates.of((float) left, (float) top, (float) (left + width - 1), (float) (top + height - 1)));
    }

    /**
     * An {@code <attribute>} value, typed as Datumaro types it: {@code true}/{@code false} become
     * booleans, numbers of non-text attributes become doubles, everything else stays text.
     */
    AttributeValue attribute(Label label) throws XMLStreamException, AnnolabException {
        String name = reader.getAttributeValue(null, "name");
        if (name == null) {
            throw SafeXml.error(file, reader, "an <attribute> has no name");
        }
        String text = reader.getElementText();
        AttributeValue value = F.createAttributeValue();
        value.setName(name);
        AttributeSpec spec = label == null ? null
                : label.getAttributes().stream().filter(s -> name.equals(s.getName())).findFirst().orElse(null);
        value.setSpec(spec);
        if (text.equals("true") || text.equals("false")) {
            value.setValue(Boolean.valueOf(text));
        } else if (spec != null && spec.getInputType() != AttributeInputType.TEXT && DECIMAL.matcher(text).matches()) {
            value.setValue(Double.valueOf(text));
        } else {
            value.setValue(text);
        }
        return value;
    }

    static AnnotationSource source(String text) {
        if (text == null) {
            return AnnotationSource.MANUAL;
        }
        AnnotationSource source = AnnotationSource.get(text);
        return source == null ? AnnotationSource.MANUAL : source;
    }

    private float number(String attribute) throws AnnolabException {
        return number(attribute, required(reader.getLocalName(), attribute));
    }

    private float number(String attribute, String text) throws AnnolabException {
        String trimmed = text.trim();
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw SafeXml.error(file, reader, "the " + attribute + " '" + text + "' is not a number");
        }
        return Float.parseFloat(trimmed);
    }

    private Coordinates points(String text) throws AnnolabException {
        if (text.isBlank()) {
            return Coordinates.EMPTY;
        }
        String[] pairs = text.split(";");
        float[] values = new float[pairs.length * 2];
        for (int i = 0; i < pairs.length; i++) {
            String[] xy = pairs[i].split(",");
            if (xy.length != 2) {
                throw SafeXml.error(file, reader, "the points '" + abbreviate(text) + "' are not x,y pairs joined by ';'");
            }
            values[2 * i] = number("points", xy[0]);
            values[2 * i + 1] = number("points", xy[1]);
        }
        return Coordinates.wrap(values);
    }

    private String required(String element, String attribute) throws AnnolabException {
        return SafeXml.requiredAttribute(reader, file, attribute); // the reader is on <element>
    }

    private void skipElement() throws XMLStreamException {
        SafeXml.skipElement(reader);
    }

    static long integer(XMLStreamReader reader, Path file, String name, String text) throws AnnolabException {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw SafeXml.error(file, reader, "the " + name + " '" + text + "' is not a whole number");
        }
    }

    static int optionalInt(XMLStreamReader reader, Path file, String name, String text) throws AnnolabException {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        long value = integer(reader, file, name, text);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw SafeXml.error(file, reader, "the " + name + " " + text + " is out of range");
        }
        return (int) value;
    }

    static int frameNumber(XMLStreamReader reader, Path file, String name, String text) throws AnnolabException {
        long value = integer(reader, file, name, text);
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw SafeXml.error(file, reader, "the frame number " + text + " is out of range");
        }
        return (int) value;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
