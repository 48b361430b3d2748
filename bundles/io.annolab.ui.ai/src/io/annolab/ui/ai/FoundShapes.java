package io.annolab.ui.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Turns a model's predictions into shapes of the project: the model's label names are matched
 * with the project's by name (ignoring case), predictions below the threshold or of labels the
 * project lacks are left out and counted, masks become polygons when asked.
 */
final class FoundShapes {

    private final Map<String, Label> labels = new TreeMap<>();
    private final float threshold;
    private final boolean masksAsPolygons;
    private final Map<String, Integer> unmatched = new TreeMap<>();

    FoundShapes(List<Label> projectLabels, float threshold, boolean masksAsPolygons) {
        for (Label label : projectLabels) {
            labels.put(label.getName().toLowerCase(Locale.ROOT), label);
        }
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
            Label label = labels.get(prediction.label() == null ? "" : prediction.label().toLowerCase(Locale.ROOT));
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

    /** "person (12), dog (3)": model labels the project does not have, with how often they were left out. */
    String unmatchedSummary() {
        StringBuilder text = new StringBuilder();
        unmatched.forEach((name, count) -> text.append(text.isEmpty() ? "" : ", ").append(name).append(" (").append(count).append(')'));
        return text.toString();
    }
}
