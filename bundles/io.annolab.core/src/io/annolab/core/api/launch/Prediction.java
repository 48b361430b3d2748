package io.annolab.core.api.launch;

import java.util.Arrays;

import io.annolab.model.AnnotationSource;
import io.annolab.model.AttributeValue;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;

/**
 * One thing a model found, in image pixels: a box (x1, y1, x2, y2), a polygon (x, y pairs) or a
 * mask (its box left, top, right, bottom inclusive, and the pixels over that box). The label is
 * the model's own; mapping onto a project's labels happens later, by name.
 */
public record Prediction(Kind kind, String label, int labelIndex, float score, float[] points, MaskRle mask) {

    public enum Kind {
        BOX, POLYGON, MASK
    }

    public Prediction {
        int expected = kind == Kind.POLYGON ? -1 : 4;
        if (expected > 0 && points.length != expected || kind == Kind.POLYGON && (points.length < 6 || points.length % 2 != 0)) {
            throw new IllegalArgumentException(kind + " needs " + (expected > 0 ? "4 coordinates" : "at least 3 x,y pairs")
                    + ", got " + points.length);
        }
        if ((kind == Kind.MASK) != (mask != null)) {
            throw new IllegalArgumentException("a mask prediction needs its pixels, and only a mask prediction has them");
        }
    }

    public static Prediction box(String label, int labelIndex, float score, float x1, float y1, float x2, float y2) {
        return new Prediction(Kind.BOX, label, labelIndex, score, new float[] { x1, y1, x2, y2 }, null);
    }

    public static Prediction polygon(String label, int labelIndex, float score, float[] xy) {
        return new Prediction(Kind.POLYGON, label, labelIndex, score, xy, null);
    }

    /** A mask whose box starts at (left, top); its size is the mask's. */
    public static Prediction mask(String label, int labelIndex, float score, int left, int top, MaskRle pixels) {
        return new Prediction(Kind.MASK, label, labelIndex, score,
                new float[] { left, top, left + pixels.width() - 1, top + pixels.height() - 1 }, pixels);
    }

    /**
     * The prediction as an automatic shape without a project label: the model's label name is in
     * the attribute {@value LoadedModel#LABEL_ATTRIBUTE} until it is mapped.
     */
    public Shape toShape() {
        Shape shape = ModelFactory.eINSTANCE.createShape();
        shape.setType(switch (kind) {
            case BOX -> ShapeType.RECTANGLE;
            case POLYGON -> ShapeType.POLYGON;
            case MASK -> ShapeType.MASK;
        });
        shape.setPoints(Coordinates.of(points));
        shape.setMask(mask);
        shape.setScore(score);
        shape.setSource(AnnotationSource.AUTO);
        AttributeValue name = ModelFactory.eINSTANCE.createAttributeValue();
        name.setName(LoadedModel.LABEL_ATTRIBUTE);
        name.setValue(label);
        shape.getAttributes().add(name);
        return shape;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Prediction p && p.kind == kind && p.label.equals(label) && p.labelIndex == labelIndex
                && p.score == score && Arrays.equals(p.points, points) && java.util.Objects.equals(p.mask, mask);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * kind.hashCode() + label.hashCode()) + Arrays.hashCode(points);
    }

    @Override
    public String toString() {
        return kind + " " + label + " " + score + " " + Arrays.toString(points);
    }
}
