package io.annolab.formats.mot;

import io.annolab.model.AttributeValue;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;

/**
 * The mask an axis-aligned box covers: pixels [round(x1), round(x2)) × [round(y1), round(y2)),
 * at least one pixel, as COCO's rasterisation of the box's corners gives for whole coordinates.
 * A new shape, outside any item (its container is null), carrying the box's label, z-order and
 * attributes.
 */
final class BoxMasks {

    private BoxMasks() {
    }

    static Shape of(Shape box) {
        Coordinates points = box.getPoints();
        int left = Math.round(points.get(0)), top = Math.round(points.get(1));
        int width = Math.max(1, Math.round(points.get(2)) - left), height = Math.max(1, Math.round(points.get(3)) - top);
        Shape mask = ModelFactory.eINSTANCE.createShape();
        mask.setType(ShapeType.MASK);
        mask.setLabel(box.getLabel());
        mask.setZOrder(box.getZOrder());
        mask.setPoints(Coordinates.of((float) left, top, left + width - 1, top + height - 1));
        mask.setMask(MaskRle.of(width, height, 0, width * height));
        for (AttributeValue attribute : box.getAttributes()) {
            AnnotationAttributes.put(mask, attribute.getName(), attribute.getValue());
        }
        return mask;
    }
}
