package io.annolab.formats.coco;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.annolab.model.Annotation;
import io.annolab.model.AttributeValue;
import io.annolab.model.Caption;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Tag;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.PointVisibility;

/**
 * Turns one image's raw annotations into model annotations, as Datumaro's COCO extractor does:
 * every annotation gets {@code group = id}; instances get {@code is_crowd}; a polygon list gives
 * one polygon per part, an RLE a mask, and a box only when there is no segmentation; keypoints
 * give a skeleton whose elements follow the category's keypoint names.
 */
final class CocoAnnotations {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private CocoAnnotations() {
    }

    static void add(List<Annotation> out, CocoFileData data, int image, CocoLabels.CategoryMap categories, Path panopticFolder)
            throws IOException {
        int from = data.start[image], to = data.start[image + 1];
        if (from == to) {
            return;
        }
        switch (data.task) {
            case INSTANCES, PERSON_KEYPOINTS, STUFF -> {
                for (int a = from; a < to; a++) {
                    instance(out, data, image, data.annotations[a], categories);
                }
            }
            case LABELS -> {
                for (int a = from; a < to; a++) {
                    RawAnnotation raw = data.annotations[a];
                    Tag tag = F.createTag();
                    common(tag, raw, categories.get(raw.categoryId, raw.id), false);
                    out.add(tag);
                }
            }
            case CAPTIONS -> {
                for (int a = from; a < to; a++) {
                    RawAnnotation raw = data.annotations[a];
                    Caption caption = F.createCaption();
                    common(caption, raw, null, false);
                    caption.setText(raw.caption == null ? "" : raw.caption);
                    out.add(caption);
                }
            }
            case PANOPTIC -> PanopticMasks.add(out, data, image, categories, panopticFolder);
            case IMAGE_INFO -> {
            }
        }
    }

    private static void instance(List<Annotation> out, CocoFileData data, int image, RawAnnotation raw,
            CocoLabels.CategoryMap categories) throws IOException {
        Label label = categories.get(raw.categoryId, raw.id);
        if (raw.keypoints != null) {
            out.add(skeleton(raw, label));
        }
        if (raw.polygons != null) {
            for (float[] part : raw.polygons) {
                Shape polygon = shape(ShapeType.POLYGON, raw, label);
                polygon.setPoints(Coordinates.wrap(part));
                out.add(polygon);
            }
        } else if (raw.rleCounts != null) {
            int height = data.heights[image], width = data.widths[image];
            if ((height > 0 && raw.rleHeight != height) || (width > 0 && raw.rleWidth != width)) {
                throw new io.annolab.core.api.AnnolabException("the RLE mask of annotation " + raw.id + " is " + raw.rleHeight + "x"
                        + raw.rleWidth + " (h x w), but its image " + data.fileNames[image] + " is " + height + "x" + width, data.file,
                        "Fix the mask's 'size' or the image's 'width' and 'height'");
            }
            out.add(mask(raw, label, CocoRle.toMask(raw.rleCounts, raw.rleHeight, raw.rleWidth)));
        } else if (raw.bbox != null) {
            Shape box = shape(ShapeType.RECTANGLE, raw, label);
            float[] b = raw.bbox;
            box.setPoints(Coordinates.of(b[0], b[1], b[0] + b[2], b[1] + b[3]));
            out.add(box);
        }
    }

    static Shape mask(RawAnnotation raw, Label label, CocoRle.Placed placed) {
        Shape mask = shape(ShapeType.MASK, raw, label);
        mask.setPoints(Coordinates.of((float) placed.left(), placed.top(), placed.left() + placed.mask().width() - 1,
                placed.top() + placed.mask().height() - 1));
        mask.setMask(placed.mask());
        return mask;
    }

    private static Shape skeleton(RawAnnotation raw, Label label) {
        Shape skeleton = shape(ShapeType.SKELETON, raw, label);
        float[] k = raw.keypoints;
        List<Label> names = label == null ? List.of() : label.getSublabels();
        for (int i = 0; i < k.length / 3; i++) {
            Shape point = F.createShape();
            point.setType(ShapeType.POINTS);
            point.setLabel(i < names.size() ? names.get(i) : null);
            point.setPoints(Coordinates.of(k[i * 3], k[i * 3 + 1]));
            byte visibility = (byte) Math.max(0, Math.min(2, (int) k[i * 3 + 2]));
            point.setVisibility(PointVisibility.of(visibility));
            point.setOutside(visibility == PointVisibility.ABSENT);
            point.setOccluded(visibility == PointVisibility.HIDDEN);
            skeleton.getElements().add(point);
        }
        return skeleton;
    }

    static Shape shape(ShapeType type, RawAnnotation raw, Label label) {
        Shape shape = F.createShape();
        shape.setType(type);
        common(shape, raw, label, true);
        return shape;
    }

    private static void common(Annotation annotation, RawAnnotation raw, Label label, boolean crowdAttribute) {
        annotation.setId(raw.id);
        annotation.setGroup((int) raw.id);
        annotation.setLabel(label);
        if (raw.hasScore) {
            annotation.setScore(raw.score);
        }
        if (raw.attributes != null) {
            for (Map.Entry<String, Object> entry : raw.attributes.entrySet()) {
                if (!(crowdAttribute && entry.getKey().equals("is_crowd"))) {
                    annotation.getAttributes().add(attribute(entry.getKey(), entry.getValue()));
                }
            }
        }
        if (crowdAttribute) {
            annotation.getAttributes().add(attribute("is_crowd", raw.crowd));
        }
    }

    static AttributeValue attribute(String name, Object value) {
        AttributeValue attribute = F.createAttributeValue();
        attribute.setName(name);
        attribute.setValue(value);
        return attribute;
    }
}
