package io.annolab.ui.shapes.polyline;

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
import io.annolab.ui.shapes.polygon.OutlineEditor;
import io.annolab.ui.shapes.polygon.PathKind;
import io.annolab.ui.shapes.polygon.VertexPathDrawing;
import io.annolab.ui.shapes.polygon.VertexShapes;

/** Open lines through x,y pairs (road markup): drawn like polygons, edited by vertices or by redrawing a stretch. */
public class PolylineTool implements ShapeTool {

    @Override
    public String id() {
        return "polyline";
    }

    @Override
    public ShapeType shapeType() {
        return ShapeType.POLYLINE;
    }

    @Override
    public java.util.List<String> methods() {
        return java.util.List.of("clicks", VertexPathDrawing.AUTOBORDER);
    }

    @Override
    public void render(GC gc, Shape shape, ViewTransform view, ShapeStyle style) {
        VertexShapes.render(gc, shape.getPoints(), PathKind.POLYLINE, view, style);
    }

    /** Within {@code tolerance} of a segment. */
    @Override
    public boolean hits(Shape shape, double x, double y, double tolerance) {
        return VertexShapes.hits(shape.getPoints(), PathKind.POLYLINE, x, y, tolerance);
    }

    @Override
    public Drawing startDrawing(DrawingOptions options) {
        return new VertexPathDrawing(PathKind.POLYLINE, options);
    }

    @Override
    public Optional<Drawing> startEditing(Shape shape, DrawingOptions options) {
        return Optional.of(new OutlineEditor(shape, PathKind.POLYLINE, options));
    }

    /** A polyline keeps at least two vertices. */
    @Override
    public Optional<ShapeGeometry> deleteVertex(Shape shape, int index) {
        return VertexShapes.deleteVertex(shape, index, PathKind.POLYLINE);
    }
}
