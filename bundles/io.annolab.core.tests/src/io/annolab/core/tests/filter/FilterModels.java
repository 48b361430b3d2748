package io.annolab.core.tests.filter;

import io.annolab.model.AttributeInputType;
import io.annolab.model.AttributeSpec;
import io.annolab.model.AttributeValue;
import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Tag;
import io.annolab.model.Track;
import io.annolab.model.values.Coordinates;

/** Labels with typed attributes and annotations built on them, for the filter tests. */
final class FilterModels {

    static final ModelFactory F = ModelFactory.eINSTANCE;

    /** car: color (select, default red), parked (checkbox), speed (number), plate (text). */
    final Label car = label("car", LabelType.RECTANGLE);
    final Label person = label("person", LabelType.ANY);
    final AttributeSpec color = spec(car, "color", AttributeInputType.SELECT, "red");
    final AttributeSpec parked = spec(car, "parked", AttributeInputType.CHECKBOX, "false");
    final AttributeSpec speed = spec(car, "speed", AttributeInputType.NUMBER, "0");
    final AttributeSpec plate = spec(car, "plate", AttributeInputType.TEXT, "");
    final AttributeSpec personColor = spec(person, "color", AttributeInputType.TEXT, "");

    static Label label(String name, LabelType type) {
        Label label = F.createLabel();
        label.setName(name);
        label.setType(type);
        return label;
    }

    static AttributeSpec spec(Label label, String name, AttributeInputType type, String defaultValue) {
        AttributeSpec spec = F.createAttributeSpec();
        spec.setName(name);
        spec.setInputType(type);
        spec.setDefaultValue(defaultValue);
        label.getAttributes().add(spec);
        return spec;
    }

    static Shape shape(long id, ShapeType type, Label label, int frame, float... points) {
        Shape shape = F.createShape();
        shape.setId(id);
        shape.setType(type);
        shape.setLabel(label);
        shape.setFrame(frame);
        shape.setPoints(Coordinates.of(points));
        return shape;
    }

    static Tag tag(long id, Label label, int frame) {
        Tag tag = F.createTag();
        tag.setId(id);
        tag.setLabel(label);
        tag.setFrame(frame);
        return tag;
    }

    /** A rectangle track; each key is {frame, x1, y1, x2, y2, outside (0/1)}. */
    static Track track(long id, Label label, float[]... keys) {
        Track track = F.createTrack();
        track.setId(id);
        track.setType(ShapeType.RECTANGLE);
        track.setLabel(label);
        track.setFrame((int) keys[0][0]);
        for (float[] key : keys) {
            Shape shape = shape(id, ShapeType.RECTANGLE, label, (int) key[0], key[1], key[2], key[3], key[4]);
            shape.setKeyframe(true);
            shape.setOutside(key[5] != 0);
            track.getShapes().add(shape);
        }
        return track;
    }

    /** Sets an attribute value the way a format reader would: CVAT text, or a typed Datumaro value. */
    static <A extends io.annolab.model.Annotation> A with(A annotation, AttributeSpec spec, Object value) {
        AttributeValue attribute = F.createAttributeValue();
        attribute.setName(spec.getName());
        attribute.setSpec(spec);
        attribute.setValue(value);
        annotation.getAttributes().add(attribute);
        return annotation;
    }
}
