package io.annolab.formats.voc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.annolab.core.api.AnnolabException;
import io.annolab.model.AttributeValue;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;

/**
 * Reads the {@code <object>} elements of one annotation file into boxes, following Datumaro's
 * rules per task: objects are numbered from 1 and grouped by that number, person-layout parts are
 * boxes in their object's group, action objects are those whose label has actions.
 */
final class VocObjectReader {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private final VocLabelMap labelMap;
    private final Map<String, Label> labels;

    VocObjectReader(VocLabelMap labelMap, Map<String, Label> labels) {
        this.labelMap = labelMap;
        this.labels = labels;
    }

    /** The boxes for the tasks that list this item. */
    List<Shape> read(XmlElement root, Path file, Set<VocTask> listedIn) throws AnnolabException {
        List<Shape> shapes = new ArrayList<>();
        boolean detection = listedIn.contains(VocTask.DETECTION);
        boolean action = listedIn.contains(VocTask.ACTION);
        boolean layout = listedIn.contains(VocTask.LAYOUT);
        if (!detection && !action && !layout) {
            return shapes;
        }
        int number = 0;
        for (XmlElement object : root.all("object")) {
            number++;
            XmlElement name = object.child("name");
            float[] box = box(object, file);
            if (name == null || box == null) {
                continue; // Datumaro skips objects without a name or a box
            }
            Label label = label(name, file);
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("difficult", "1".equals(object.childText("difficult")));
            attributes.put("truncated", "1".equals(object.childText("truncated")));
            boolean occluded = "1".equals(object.childText("occluded"));
            String pose = object.childText("pose");
            if (pose != null) {
                attributes.put("pose", pose);
            }
            XmlElement point = object.child("point");
            if (point != null) {
                attributes.put("point", List.of(number(point.child("x"), point, file), number(point.child("y"), point, file)));
            }
            Map<String, Boolean> actions = new LinkedHashMap<>();
            labelMap.actions(label.getName()).forEach(a -> actions.put(a, false));
            XmlElement actionsElement = object.child("actions");
            if (actionsElement != null) {
                for (XmlElement flag : actionsElement.children) {
                    actions.put(flag.name, "1".equals(flag.text()));
                }
            }
            attributes.putAll(actions);
            List<Shape> parts = new ArrayList<>();
            for (XmlElement part : object.all("part")) {
                Label partLabel = label(part.child("name"), file);
                float[] partBox = box(part, file);
                if (layout && partBox != null) {
                    Shape partShape = rectangle(partLabel, partBox, 0, number);
                    parts.add(partShape);
                }
            }
            XmlElement extra = object.child("attributes");
            if (extra != null) {
                for (XmlElement attribute : extra.all("attribute")) {
                    String key = attribute.childText("name");
                    if (key != null) {
                        attributes.put(key, attribute.childText("value"));
                    }
                }
            }
            boolean wanted = detection || (action && !actions.isEmpty()) || (layout && !parts.isEmpty());
            if (!wanted) {
                continue;
            }
            Shape shape = rectangle(label, box, number, number);
            shape.setOccluded(occluded);
            attributes.forEach((key, value) -> shape.getAttributes().add(attribute(key, value)));
            shapes.add(shape);
            shapes.addAll(parts);
        }
        return shapes;
    }

    private Label label(XmlElement name, Path file) throws AnnolabException {
        if (name == null) {
            throw new AnnolabException("a part has no <name>", file, "Name the part's label");
        }
        Label label = labels.get(name.text());
        if (label == null) {
            throw new AnnolabException("label '" + name.text() + "' is not declared", file, name.line, name.column,
                    "Add it to labelmap.txt (without one, only the 20 VOC classes, background, ignored and the person parts exist)",
                    null);
        }
        return label;
    }

    /** {@code bndbox} as x1, y1, x2, y2, or null when there is none. */
    private static float[] box(XmlElement element, Path file) throws AnnolabException {
        XmlElement box = element.child("bndbox");
        if (box == null) {
            return null;
        }
        return new float[] { number(box.child("xmin"), box, file), number(box.child("ymin"), box, file),
                number(box.child("xmax"), box, file), number(box.child("ymax"), box, file) };
    }

    private static float number(XmlElement element, XmlElement parent, Path file) throws AnnolabException {
        if (element == null) {
            throw new AnnolabException("<" + parent.name + "> lacks a coordinate", file, parent.line, parent.column,
                    "A box needs xmin, ymin, xmax and ymax", null);
        }
        try {
            float value = Float.parseFloat(element.text());
            if (!Float.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new AnnolabException("<" + element.name + "> is '" + element.text() + "', not a number", file, element.line,
                    element.column, "Coordinates are decimal numbers", null);
        }
    }

    private static Shape rectangle(Label label, float[] box, long id, int group) {
        Shape shape = F.createShape();
        shape.setType(ShapeType.RECTANGLE);
        shape.setLabel(label);
        shape.setId(id);
        shape.setGroup(group);
        shape.setPoints(Coordinates.of(box));
        return shape;
    }

    private static AttributeValue attribute(String name, Object value) {
        AttributeValue attribute = F.createAttributeValue();
        attribute.setName(name);
        attribute.setValue(value);
        return attribute;
    }
}
