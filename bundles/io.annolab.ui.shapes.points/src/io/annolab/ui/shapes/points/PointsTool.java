package io.annolab.ui.shapes.points;

import java.util.Optional;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.DrawingOptions;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ViewTransform;
import io.annolab.ui.shapes.polygon.PathKind;
import io.annolab.ui.shapes.polygon.VertexPathDrawing;
import io.annolab.ui.shapes.polygon.VertexShapes;

/** A set of points drawn in one session as one object (faces, landmarks): markers, no lines. */
public class PointsTool implements ShapeTool {

    @Override
    public String id() {
        return "points";
    }

    @Override
    public ShapeType shapeType() {
        return ShapeType.POINTS;
    }

    @Override
    public void render(GC gc, Shape shape, ViewTransform view, ShapeStyle style) {
        VertexShapes.render(gc, shape.getPoints(), PathKind.POINTS, view, style);
    }

    /** Within {@code tolerance} of any of the points. */
    @Override
    public boolean hits(Shape shape, double x, double y, double tolerance) {
        return VertexShapes.hits(shape.getPoints(), PathKind.POINTS, x, y, tolerance);
    }

    @Override
    public Drawing startDrawing(DrawingOptions options) {
        return new VertexPathDrawing(PathKind.POINTS, options);
    }

    /** Shift+click: further clicks add points to the shape, N finishes. */
    @Override
    public Optional<Drawing> startEditing(Shape shape, DrawingOptions options) {
        return Optional.of(new VertexPathDrawing(PathKind.POINTS, options, shape.getPoints()));
    }

    /** A points shape keeps at least one point. */
    @Override
    public Optional<ShapeGeometry> deleteVertex(Shape shape, int index) {
        return VertexShapes.deleteVertex(shape, index, PathKind.POINTS);
    }
}
