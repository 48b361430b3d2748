package io.annolab.ui.shapes.polygon;

import java.util.List;
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

/** Closed polygons as x,y pairs: drawn by clicks or Shift-moves, with automatic bordering, edited by vertices or by redrawing a stretch. */
public class PolygonTool implements ShapeTool {

    static final String BY_CLICKS = "clicks";

    @Override
    public String id() {
        return "polygon";
    }

    @Override
    public ShapeType shapeType() {
        return ShapeType.POLYGON;
    }

    @Override
    public List<String> methods() {
        return List.of(BY_CLICKS, VertexPathDrawing.AUTOBORDER);
    }

    @Override
    public void render(GC gc, Shape shape, ViewTransform view, ShapeStyle style) {
        VertexShapes.render(gc, shape.getPoints(), PathKind.POLYGON, view, style);
    }

    /** Inside the polygon or within {@code tolerance} of an edge. */
    @Override
    public boolean hits(Shape shape, double x, double y, double tolerance) {
        return VertexShapes.hits(shape.getPoints(), PathKind.POLYGON, x, y, tolerance);
    }

    /** Two polygons, when the line crosses the outline exactly twice without crossing itself (CVAT's rules). */
    @Override
    public List<ShapeGeometry> slice(Shape shape, io.annolab.model.values.Coordinates cutLine) {
        return PolygonSlicer.slice(shape.getPoints(), cutLine).stream().map(part -> ShapeGeometry.of(ShapeType.POLYGON, part)).toList();
    }

    @Override
    public Drawing startDrawing(DrawingOptions options) {
        return new VertexPathDrawing(PathKind.POLYGON, options);
    }

    @Override
    public Optional<Drawing> startEditing(Shape shape, DrawingOptions options) {
        return Optional.of(new OutlineEditor(shape, PathKind.POLYGON, options));
    }

    /** A polygon keeps at least three vertices. */
    @Override
    public Optional<ShapeGeometry> deleteVertex(Shape shape, int index) {
        return VertexShapes.deleteVertex(shape, index, PathKind.POLYGON);
    }
}
