package io.annolab.ui.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.annolab.core.api.launch.Prediction;
import io.annolab.model.AnnotationSource;
import io.annolab.model.Label;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeTools;

/**
 * Turns a model's predictions into shapes of the project: the model's labels go to the project
 * labels the user matched them with, predictions below the threshold or of unmatched labels are
 * left out and counted, masks become polygons when asked.
 */
final class FoundShapes {

    private final Map<String, Label> labels;
    private final float threshold;
    private final boolean masksAsPolygons;
    private final Map<String, Integer> unmatched = new TreeMap<>();

    /** {@code mapping}: the model's label names to project labels; names it lacks are left out and counted. */
    FoundShapes(Map<String, Label> mapping, float threshold, boolean masksAsPolygons) {
        this.labels = Map.copyOf(mapping);
        this.threshold = threshold;
        this.masksAsPolygons = masksAsPolygons;
    }

    /** Shapes on {@code frame} for the predictions the project has labels for. */
    List<Shape> of(List<Prediction> predictions, int frame) {
        List<Shape> shapes = new ArrayList<>();
        for (Prediction prediction : predictions) {
            if (prediction.score() < threshold) {
                continue;
            }
            Label label = prediction.label() == null ? null : labels.get(prediction.label());
            if (label == null) {
                unmatched.merge(prediction.label(), 1, Integer::sum);
                continue;
            }
            for (Shape shape : shapesOf(prediction)) {
                shape.setFrame(frame);
                shape.setLabel(label);
                shape.setSource(AnnotationSource.AUTO);
                shape.setScore(prediction.score());
                shapes.add(shape);
            }
        }
        return shapes;
    }

    private List<Shape> shapesOf(Prediction prediction) {
        Shape shape = prediction.toShape();
        if (masksAsPolygons && shape.getType() == ShapeType.MASK) {
            var maskTool = ShapeTools.forType(ShapeType.MASK);
            if (maskTool.isPresent()) {
                return maskTool.get().convert(shape, ShapeType.POLYGON).stream().map(ShapeGeometry::toShape).toList();
            }
        }
        return List.of(shape);
    }

    /** "person (12), dog (3)": model labels matched with no project label, with how often they were left out. */
    String unmatchedSummary() {
        StringBuilder text = new StringBuilder();
        unmatched.forEach((name, count) -> text.append(text.isEmpty() ? "" : ", ").append(name).append(" (").append(count).append(')'));
        return text.toString();
    }
}
