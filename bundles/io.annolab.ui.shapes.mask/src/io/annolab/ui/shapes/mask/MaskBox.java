package io.annolab.ui.shapes.mask;

import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;
import io.annolab.ui.canvas.api.ShapeGeometry;

/**
 * A mask placed on the image: its runs and the image pixel of its box's top-left corner. The
 * model keeps the box as {@code points = left, top, right, bottom} with inclusive right and
 * bottom ({@code right = left + width - 1}), as the CVAT format reads and writes it.
 */
public record MaskBox(int left, int top, MaskRle mask) {

    /** The box of a mask shape; null when the shape has no mask or no box. */
    public static MaskBox of(Shape shape) {
        if (shape.getMask() == null || shape.getPoints().size() < 2) {
            return null;
        }
        return new MaskBox(Math.round(shape.getPoints().get(0)), Math.round(shape.getPoints().get(1)), shape.getMask());
    }

    public int width() {
        return mask.width();
    }

    public int height() {
        return mask.height();
    }

    /** Inclusive. */
    public int right() {
        return left + mask.width() - 1;
    }

    /** Inclusive. */
    public int bottom() {
        return top + mask.height() - 1;
    }

    /** The shape's points: left, top, right, bottom. */
    public Coordinates points() {
        return Coordinates.of((float) left, (float) top, (float) right(), (float) bottom());
    }

    public ShapeGeometry toGeometry() {
        return new ShapeGeometry(ShapeType.MASK, points(), 0, mask, null);
    }
}
