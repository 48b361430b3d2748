package io.annolab.ui.canvas.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.graphics.GC;

import io.annolab.core.api.registry.Identified;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;

/**
 * Draws, hit-tests, creates and edits one kind of shape on the annotation canvas; contributed
 * to {@code io.annolab.ui.canvas.shapeTools}, one bundle per shape kind. Tools are stateless: the
 * state of a gesture lives in the {@link Drawing} they return. All coordinates are image pixels;
 * {@link ViewTransform} maps them to the screen.
 */
public interface ShapeTool extends Identified {

    ShapeType shapeType();

    /** Drawing methods offered in the tool's popover, first is the default (e.g. "by2", "by4"). */
    default List<String> methods() {
        return List.of();
    }

    /** Draws the shape in view coordinates. */
    void render(GC gc, Shape shape, ViewTransform view, ShapeStyle style);

    /** Whether image point (x, y) touches the shape, within {@code tolerance} image pixels. */
    boolean hits(Shape shape, double x, double y, double tolerance);

    /** The shape's image-space bounds as minX, minY, maxX, maxY, for the spatial index. */
    default double[] bounds(Shape shape) {
        Coordinates points = shape.getPoints();
        if (points.isEmpty()) {
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (Shape element : shape.getElements()) {
                double[] b = bounds(element);
                minX = Math.min(minX, b[0]);
                minY = Math.min(minY, b[1]);
                maxX = Math.max(maxX, b[2]);
                maxY = Math.max(maxY, b[3]);
            }
            return minX > maxX ? new double[4] : new double[] { minX, minY, maxX, maxY };
        }
        float[] b = points.bounds();
        return new double[] { b[0], b[1], b[2], b[3] };
    }

    /** Starts drawing a new shape. */
    Drawing startDrawing(DrawingOptions options);

    /**
     * Starts the tool's own editor on an existing shape (Shift+click: redraw part of a polygon,
     * brush on a mask); empty when the tool edits only through handles.
     */
    default Optional<Drawing> startEditing(Shape shape, DrawingOptions options) {
        return Optional.empty();
    }

    /** The handles shown on the selected shape; by default one per vertex. */
    default List<Handle> handles(Shape shape) {
        Coordinates points = shape.getPoints();
        List<Handle> handles = new ArrayList<>(points.pointCount());
        for (int i = 0; i < points.pointCount(); i++) {
            handles.add(new Handle(i, Handle.Kind.VERTEX, points.x(i), points.y(i)));
        }
        return handles;
    }

    /**
     * The geometry after dragging {@code handle} to image point (x, y); {@code event} carries the
     * modifiers (Shift snaps rotation to 15°). By default moves the vertex.
     */
    default ShapeGeometry dragHandle(Shape shape, Handle handle, PointerEvent event) {
        float[] points = shape.getPoints().toArray();
        points[2 * handle.index()] = (float) event.x();
        points[2 * handle.index() + 1] = (float) event.y();
        return ShapeGeometry.of(shape).withPoints(Coordinates.wrap(points));
    }

    /** The geometry moved by (dx, dy) image pixels. */
    default ShapeGeometry translate(Shape shape, double dx, double dy) {
        ShapeGeometry geometry = ShapeGeometry.of(shape);
        List<ShapeGeometry.Element> moved = geometry.elements().stream()
                .map(e -> new ShapeGeometry.Element(e.label(), (float) (e.x() + dx), (float) (e.y() + dy), e.outside(), e.occluded()))
                .toList();
        return new ShapeGeometry(geometry.type(), geometry.points().translate((float) dx, (float) dy), geometry.rotation(), geometry.mask(),
                moved);
    }

    /**
     * The shape cut in two along a line of image points (CVAT's slice, JS-02); empty when this
     * kind cannot be sliced or the line does not cut it into exactly two parts.
     */
    default List<ShapeGeometry> slice(Shape shape, Coordinates cutLine) {
        return List.of();
    }

    /**
     * The shape as shapes of another type (a mask as polygons, a polygon as a mask); empty when
     * this tool cannot convert to {@code target}.
     */
    default List<ShapeGeometry> convert(Shape shape, ShapeType target) {
        return List.of();
    }

    /** The geometry without vertex {@code index} (Alt+click, right click › Delete point); empty if the shape would become invalid. */
    default Optional<ShapeGeometry> deleteVertex(Shape shape, int index) {
        return Optional.empty();
    }
}
