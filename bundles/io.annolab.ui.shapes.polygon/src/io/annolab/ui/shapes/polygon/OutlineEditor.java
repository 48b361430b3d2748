package io.annolab.ui.shapes.polygon;

import java.util.Optional;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.Shape;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.DrawingOptions;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapePainter;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ViewTransform;

/**
 * The Shift+click editor of a polygon or polyline: the first click picks the vertex to start
 * from, further clicks (or Shift+move) draw a new stretch, and a click on another vertex closes
 * it, replacing the outline between the two vertices ({@link OutlineCut}); Ctrl borders other
 * shapes as in {@link VertexPathDrawing}. N on a polyline
 * started at one of its ends extends the line. Esc (the canvas dropping the drawing) cancels.
 */
public class OutlineEditor implements Drawing {

    private final Shape shape;
    private final PathKind kind;
    private final DrawingOptions options;
    private final double[] original;
    private final PlacedPoints stretch = new PlacedPoints();
    private AutoBorder border;
    private AutoBorder.Snap anchor;
    private int start = -1;
    private double cursorX, cursorY;
    private boolean complete;
    private ShapeGeometry result;

    public OutlineEditor(Shape shape, PathKind kind, DrawingOptions options) {
        this.shape = shape;
        this.kind = kind;
        this.options = options;
        this.original = Outlines.toDoubles(shape.getPoints());
    }

    @Override
    public void mouseDown(PointerEvent event) {
        cursorX = event.x();
        cursorY = event.y();
        if (!event.leftButton() || complete) {
            return;
        }
        int vertex = Outlines.nearestVertex(shape.getPoints(), event.x(), event.y(), options.tolerance());
        if (start < 0) {
            start = vertex;
        } else if (vertex >= 0 && vertex != start) {
            close(vertex);
        } else if (!bordered(event)) {
            anchor = null;
            stretch.add(event.x(), event.y());
        }
    }

    /** With Ctrl (or the autoborder method) a click on another shape's vertex snaps, and a second one copies its outline. */
    private boolean bordered(PointerEvent event) {
        if (!event.ctrl() && !VertexPathDrawing.AUTOBORDER.equals(options.method())) {
            return false;
        }
        if (border == null) {
            border = new AutoBorder(options.frameShapes().stream().filter(other -> other != shape).toList());
        }
        AutoBorder.Snap snap = border.snap(event.x(), event.y(), options.tolerance());
        if (snap == null) {
            return false;
        }
        if (anchor != null && anchor.outline() == snap.outline() && anchor.vertex() != snap.vertex()) {
            stretch.addStep(border.stretch(snap.outline(), anchor.vertex(), snap.vertex()));
        } else {
            stretch.add(snap.x(), snap.y());
        }
        anchor = snap;
        return true;
    }

    @Override
    public void mouseMove(PointerEvent event) {
        cursorX = event.x();
        cursorY = event.y();
        if (!event.shift() || complete || start < 0) {
            return;
        }
        double lastX = stretch.count() == 0 ? original[2 * start] : stretch.x(stretch.count() - 1);
        double lastY = stretch.count() == 0 ? original[2 * start + 1] : stretch.y(stretch.count() - 1);
        double spacing = options.view() == null ? 4 : options.view().imageDistance(VertexPathDrawing.CONTINUOUS_SPACING);
        if (Math.hypot(event.x() - lastX, event.y() - lastY) >= spacing
                && Outlines.nearestVertex(shape.getPoints(), event.x(), event.y(), options.tolerance()) < 0) {
            anchor = null;
            stretch.add(event.x(), event.y());
        }
    }

    @Override
    public void mouseUp(PointerEvent event) {
    }

    private void close(int end) {
        double[] edited = kind.closed() ? OutlineCut.polygon(original, start, end, stretch.toArray())
                : OutlineCut.polyline(original, start, end, stretch.toArray());
        accept(edited);
    }

    private void accept(double[] edited) {
        complete = true;
        if (edited != null && edited.length / 2 >= kind.minimumPoints()) {
            result = ShapeGeometry.of(shape).withPoints(Coordinates.of(edited));
        }
    }

    @Override
    public boolean undoLastPoint() {
        if (complete) {
            return false;
        }
        anchor = null;
        if (stretch.undo()) {
            return true;
        }
        boolean hadStart = start >= 0;
        start = -1;
        return hadStart;
    }

    /** N: a polyline drawn on from one of its ends is extended; otherwise the editor closes without a change. */
    @Override
    public void finish() {
        if (complete) {
            return;
        }
        if (!kind.closed() && start >= 0 && stretch.count() > 0) {
            accept(OutlineCut.extendPolyline(original, start, stretch.toArray()));
        } else {
            complete = true;
        }
    }

    @Override
    public boolean isComplete() {
        return complete;
    }

    @Override
    public Optional<ShapeGeometry> result() {
        return Optional.ofNullable(result);
    }

    @Override
    public void renderPreview(GC gc, ViewTransform view, ShapeStyle style) {
        if (start < 0 || complete) {
            return;
        }
        ShapePainter.prepare(gc, style);
        double[] line = AutoBorder.concat(new double[] { original[2 * start], original[2 * start + 1] }, stretch.withCursor(cursorX, cursorY));
        gc.drawPolyline(ShapePainter.viewPath(Coordinates.of(line), view));
        for (int i = 0; i + 1 < line.length - 2; i += 2) {
            ShapePainter.marker(gc, view.viewX(line[i], line[i + 1]), view.viewY(line[i], line[i + 1]), 3);
        }
    }

    @Override
    public String hint() {
        return start < 0 ? "Click the vertex to start redrawing from" : "Click to add points; click another vertex to close the new stretch, Esc cancels";
    }
}
