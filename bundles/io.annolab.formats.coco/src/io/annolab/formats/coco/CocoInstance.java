package io.annolab.formats.coco;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.annolab.model.Annotation;
import io.annolab.model.AttributeValue;
import io.annolab.model.Label;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;

/**
 * One COCO object: the boxes, polygons, masks and keypoints of an item that share a group (an
 * ungrouped shape is an object alone). Its leader, whose label, id, score and attributes the
 * object takes, is its largest box/polygon/mask, as Datumaro's {@code find_group_leader}.
 */
final class CocoInstance {

    final List<Shape> boxes = new ArrayList<>(1);
    final List<float[]> polygons = new ArrayList<>(1);
    final List<Shape> masks = new ArrayList<>(0);
    Shape points;
    /** Extra keypoint sets in one group: COCO holds one per object. */
    final List<Shape> extraPoints = new ArrayList<>(0);
    private Shape leader;
    private double leaderArea = -1;

    /** Groups an item's instance shapes, in order of first appearance. */
    static List<CocoInstance> group(List<Shape> shapes) {
        Map<Integer, CocoInstance> groups = new LinkedHashMap<>();
        int solitary = 0;
        for (Shape shape : shapes) {
            int key = shape.getGroup() != 0 ? shape.getGroup() : Integer.MIN_VALUE + solitary++;
            groups.computeIfAbsent(key, k -> new CocoInstance()).add(shape);
        }
        return List.copyOf(groups.values());
    }

    private void add(Shape shape) {
        switch (shape.getType()) {
            case RECTANGLE -> {
                if (shape.getRotation() != 0) {
                    polygons.add(rotatedCorners(shape));
                } else {
                    boxes.add(shape);
                }
            }
            case POLYGON -> polygons.add(shape.getPoints().toArray());
            case MASK -> masks.add(shape);
            case POINTS, SKELETON -> {
                if (points == null) {
                    points = shape;
                } else {
                    extraPoints.add(shape);
                }
                if (leader == null) {
                    leader = shape;
                }
                return;
            }
            default -> throw new IllegalArgumentException(shape.getType().toString());
        }
        double area = area(shape);
        if (area > leaderArea) {
            leaderArea = area;
            leader = shape;
        }
    }

    boolean hasGeometry() {
        return !boxes.isEmpty() || !polygons.isEmpty() || !masks.isEmpty();
    }

    Annotation leader() {
        return leader;
    }

    Label label() {
        return leader.getLabel();
    }

    /** The leader's is_crowd attribute, or null when it has none. */
    Boolean crowdAttribute() {
        for (AttributeValue attribute : leader.getAttributes()) {
            if (attribute.getName().equals("is_crowd")) {
                Object value = attribute.getValue();
                return value instanceof Boolean b ? b
                        : value instanceof Number n ? n.doubleValue() != 0 : value != null && (value.toString().equals("true") || value.toString().equals("1"));
            }
        }
        return null;
    }

    private static double area(Shape shape) {
        float[] box = shape.getPoints() == null ? new float[4] : shape.getPoints().bounds();
        return shape.getType() == ShapeType.MASK && shape.getMask() != null ? shape.getMask().area()
                : (double) (box[2] - box[0]) * (box[3] - box[1]);
    }

    /** The four corners of a rotated rectangle (clockwise degrees about its centre): COCO boxes cannot rotate. */
    static float[] rotatedCorners(Shape shape) {
        Coordinates p = shape.getPoints();
        double cx = (p.get(0) + p.get(2)) / 2.0, cy = (p.get(1) + p.get(3)) / 2.0;
        double angle = Math.toRadians(shape.getRotation()), cos = Math.cos(angle), sin = Math.sin(angle);
        double[][] corners = { { p.get(0), p.get(1) }, { p.get(2), p.get(1) }, { p.get(2), p.get(3) }, { p.get(0), p.get(3) } };
        float[] out = new float[8];
        for (int i = 0; i < 4; i++) {
            double dx = corners[i][0] - cx, dy = corners[i][1] - cy;
            out[i * 2] = (float) (cx + dx * cos - dy * sin);
            out[i * 2 + 1] = (float) (cy + dx * sin + dy * cos);
        }
        return out;
    }
}
