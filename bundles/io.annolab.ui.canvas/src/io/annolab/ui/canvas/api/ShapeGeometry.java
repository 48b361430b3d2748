package io.annolab.ui.canvas.api;

import java.util.List;

import io.annolab.model.Label;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;

/**
 * The geometry a tool produces when drawing or editing: everything of a {@link Shape} that a
 * tool may change, and nothing else (label, attributes, flags and ids stay with the editor).
 * Points follow the model's layout for the type; {@code mask} is set only for masks;
 * {@code elements} only for skeletons.
 */
public record ShapeGeometry(ShapeType type, Coordinates points, float rotation, MaskRle mask, List<Element> elements) {

    /** One skeleton point: its sublabel, position and flags. */
    public record Element(Label label, float x, float y, boolean outside, boolean occluded) {
    }

    public ShapeGeometry {
        elements = elements == null ? List.of() : List.copyOf(elements);
        points = points == null ? Coordinates.EMPTY : points;
    }

    public static ShapeGeometry of(ShapeType type, Coordinates points) {
        return new ShapeGeometry(type, points, 0, null, List.of());
    }

    public static ShapeGeometry of(ShapeType type, Coordinates points, float rotation) {
        return new ShapeGeometry(type, points, rotation, null, List.of());
    }

    /** The geometry of an existing shape. */
    public static ShapeGeometry of(Shape shape) {
        List<Element> elements = shape.getElements().stream()
                .map(e -> new Element(e.getLabel(), e.getPoints().isEmpty() ? 0 : e.getPoints().x(0),
                        e.getPoints().isEmpty() ? 0 : e.getPoints().y(0), e.isOutside(), e.isOccluded()))
                .toList();
        return new ShapeGeometry(shape.getType(), shape.getPoints(), shape.getRotation(), shape.getMask(), elements);
    }

    public ShapeGeometry withPoints(Coordinates newPoints) {
        return new ShapeGeometry(type, newPoints, rotation, mask, elements);
    }

    public ShapeGeometry withRotation(float newRotation) {
        return new ShapeGeometry(type, points, newRotation, mask, elements);
    }

    /** A new model shape with this geometry (label and frame are set by the caller). */
    public Shape toShape() {
        Shape shape = ModelFactory.eINSTANCE.createShape();
        shape.setType(type);
        shape.setPoints(points);
        shape.setRotation(rotation);
        shape.setMask(mask);
        for (Element element : elements) {
            Shape point = ModelFactory.eINSTANCE.createShape();
            point.setType(ShapeType.POINTS);
            point.setLabel(element.label());
            point.setPoints(Coordinates.of(element.x(), element.y()));
            point.setOutside(element.outside());
            point.setOccluded(element.occluded());
            shape.getElements().add(point);
        }
        return shape;
    }
}
