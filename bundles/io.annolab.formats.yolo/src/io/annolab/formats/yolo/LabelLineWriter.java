package io.annolab.formats.yolo;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.image.ImageSize;
import io.annolab.model.Annotation;
import io.annolab.model.Label;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.PointVisibility;

/**
 * Writes one annotation as a label line for the task, normalised by the image size, or counts it
 * as left out with the reason: a format holds one kind of shape, and nothing is dropped silently.
 */
final class LabelLineWriter {

    private final YoloTask task;
    private final Map<Label, Integer> classes;
    private final ExportReport report;
    /** For pose: the position of each skeleton point's label, and the points per skeleton. */
    private final Map<Label, Integer> pointIndex = new IdentityHashMap<>();
    private final int points;

    LabelLineWriter(YoloTask task, List<Label> labels, ExportReport report) {
        this.task = task;
        this.classes = LabelFileExporter.indexOf(labels);
        this.report = report;
        int most = 0;
        for (Label label : labels) {
            List<Label> sublabels = label.getSublabels();
            for (int i = 0; i < sublabels.size(); i++) {
                pointIndex.put(sublabels.get(i), i);
            }
            most = Math.max(most, sublabels.size());
        }
        this.points = Math.max(1, most);
    }

    /** Points per skeleton, for kpt_shape. */
    int points() {
        return points;
    }

    void append(StringBuilder out, Annotation annotation, ImageSize size) {
        String kind = kind(annotation);
        if (!(annotation instanceof Shape shape) || !writes(shape)) {
            report.leftOut(kind, reason());
            return;
        }
        Integer index = annotation.getLabel() == null ? null : classes.get(annotation.getLabel());
        if (index == null) {
            report.leftOut(kind, "it has no label, and YOLO lines start with a class index");
            return;
        }
        if (size == null) {
            report.leftOut(kind, "the image size is unknown, and YOLO coordinates are relative to it");
            return;
        }
        double width = size.width(), height = size.height();
        out.append(index);
        Coordinates p = shape.getPoints() == null ? Coordinates.EMPTY : shape.getPoints();
        switch (task) {
            case DETECTION -> box(out, p.get(0), p.get(1), p.get(2), p.get(3), width, height);
            case SEGMENTATION -> {
                for (int i = 0; i < p.size(); i++) {
                    DecimalText.append(out.append(' '), p.get(i) / (i % 2 == 0 ? width : height));
                }
            }
            case ORIENTED_BOXES -> {
                double x1 = p.get(0), y1 = p.get(1), x2 = p.get(2), y2 = p.get(3);
                double[] corners = new OrientedBox((x1 + x2) / 2, (y1 + y2) / 2, x2 - x1, y2 - y1, shape.getRotation()).corners();
                for (int i = 0; i < 8; i++) {
                    DecimalText.append(out.append(' '), corners[i] / (i % 2 == 0 ? width : height));
                }
            }
            case POSE -> skeleton(out, shape, width, height);
        }
        out.append('\n');
        report.written(kind);
    }

    private boolean writes(Shape shape) {
        ShapeType type = shape.getType();
        return switch (task) {
            case DETECTION -> type == ShapeType.RECTANGLE && shape.getRotation() == 0;
            case ORIENTED_BOXES -> type == ShapeType.RECTANGLE;
            case SEGMENTATION -> type == ShapeType.POLYGON && shape.getPoints() != null && shape.getPoints().pointCount() >= 3;
            case POSE -> type == ShapeType.SKELETON;
        };
    }

    private String reason() {
        return switch (task) {
            case DETECTION -> "this YOLO format holds axis-aligned boxes only";
            case ORIENTED_BOXES -> "YOLOv8 oriented boxes holds boxes only";
            case SEGMENTATION -> "YOLOv8 segmentation holds polygons of 3 or more points only";
            case POSE -> "YOLOv8 pose holds skeletons only";
        };
    }

    private static String kind(Annotation annotation) {
        if (annotation instanceof Shape shape) {
            return shape.getType() == ShapeType.RECTANGLE && shape.getRotation() != 0 ? "rotated rectangle" : shape.getType().getLiteral();
        }
        return annotation.eClass().getName().toLowerCase();
    }

    private static void box(StringBuilder out, double x1, double y1, double x2, double y2, double width, double height) {
        DecimalText.append(out.append(' '), (x1 + x2) / 2 / width);
        DecimalText.append(out.append(' '), (y1 + y2) / 2 / height);
        DecimalText.append(out.append(' '), (x2 - x1) / width);
        DecimalText.append(out.append(' '), (y2 - y1) / height);
    }

    private void skeleton(StringBuilder out, Shape skeleton, double width, double height) {
        double[] xs = new double[points], ys = new double[points];
        byte[] flags = new byte[points];
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Shape element : skeleton.getElements()) {
            Integer at = element.getLabel() == null ? null : pointIndex.get(element.getLabel());
            if (at == null || element.getPoints() == null || element.getPoints().size() < 2) {
                report.leftOut("skeleton point", "its label is not a point of a skeleton label");
                continue;
            }
            xs[at] = element.getPoints().get(0);
            ys[at] = element.getPoints().get(1);
            flags[at] = element.isOutside() ? PointVisibility.ABSENT
                    : element.getVisibility() != null && element.getVisibility().size() > 0 ? element.getVisibility().get(0)
                    : element.isOccluded() ? PointVisibility.HIDDEN : PointVisibility.VISIBLE;
            if (flags[at] != PointVisibility.ABSENT) {
                minX = Math.min(minX, xs[at]);
                maxX = Math.max(maxX, xs[at]);
                minY = Math.min(minY, ys[at]);
                maxY = Math.max(maxY, ys[at]);
            }
        }
        if (minX > maxX) {
            box(out, 0, 0, 0, 0, width, height);
        } else {
            box(out, minX, minY, maxX, maxY, width, height);
        }
        for (int i = 0; i < points; i++) {
            DecimalText.append(out.append(' '), xs[i] / width);
            DecimalText.append(out.append(' '), ys[i] / height);
            out.append(' ').append(flags[i]);
        }
    }
}
