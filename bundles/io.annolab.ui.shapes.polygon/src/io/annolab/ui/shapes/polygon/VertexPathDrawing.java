package io.annolab.ui.shapes.polygon;

import java.util.Optional;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.DrawingOptions;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapePainter;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ViewTransform;

/**
 * Drawing a polygon, polyline or points shape vertex by vertex: a left click places a point,
 * moving with Shift held (button up or down) places one every few screen pixels, right click
 * ({@link #undoLastPoint()}) takes the previous one back, N finishes and the point limit ends
 * the drawing by itself. With Ctrl held or the "autoborder" method, clicks snap to the vertices
 * of the frame's other shapes, and a second vertex of the same shape copies the outline between.
 */
public class VertexPathDrawing implements Drawing {

    public static final String AUTOBORDER = "autoborder";
    /** Screen pixels between points placed continuously with Shift. */
    static final double CONTINUOUS_SPACING = 8;

    private final PathKind kind;
    private final DrawingOptions options;
    private final PlacedPoints points = new PlacedPoints();
    private AutoBorder border;
    private AutoBorder.Snap anchor;
    private double cursorX, cursorY;
    private boolean cursorKnown;
    private boolean ctrlHeld;
    private boolean complete;

    public VertexPathDrawing(PathKind kind, DrawingOptions options) {
        this.kind = kind;
        this.options = options;
    }

    /** Continues an existing shape: its points stay, new clicks add to them (the Shift+click editor of points). */
    public VertexPathDrawing(PathKind kind, DrawingOptions options, Coordinates existing) {
        this(kind, options);
        points.seed(Outlines.toDoubles(existing));
    }

    @Override
    public void mouseDown(PointerEvent event) {
        track(event);
        if (!event.leftButton() || complete) {
            return;
        }
        if (bordering(event)) {
            AutoBorder.Snap snap = border().snap(event.x(), event.y(), options.tolerance());
            if (snap != null) {
                if (anchor != null && anchor.outline() == snap.outline() && anchor.vertex() != snap.vertex()) {
                    points.addStep(border().stretch(snap.outline(), anchor.vertex(), snap.vertex()));
                } else {
                    points.add(snap.x(), snap.y());
                }
                anchor = snap;
                stopAtLimit();
                return;
            }
        }
        anchor = null;
        int last = points.count() - 1;
        if (last >= 0 && points.x(last) == event.x() && points.y(last) == event.y()) {
            return; // a Shift-move already placed a point right here
        }
        points.add(event.x(), event.y());
        stopAtLimit();
    }

    @Override
    public void mouseMove(PointerEvent event) {
        track(event);
        if (!event.shift() || complete || points.count() == 0) {
            return;
        }
        double spacing = options.view() == null ? 4 : options.view().imageDistance(CONTINUOUS_SPACING);
        int last = points.count() - 1;
        if (Math.hypot(event.x() - points.x(last), event.y() - points.y(last)) >= spacing) {
            anchor = null;
            points.add(event.x(), event.y());
            stopAtLimit();
        }
    }

    @Override
    public void mouseUp(PointerEvent event) {
        track(event);
    }

    private void track(PointerEvent event) {
        cursorX = event.x();
        cursorY = event.y();
        cursorKnown = true;
        ctrlHeld = event.ctrl();
    }

    private boolean bordering(PointerEvent event) {
        return kind.joined() && (event.ctrl() || AUTOBORDER.equals(options.method()));
    }

    private AutoBorder border() {
        if (border == null) {
            border = new AutoBorder(options.frameShapes());
        }
        return border;
    }

    private void stopAtLimit() {
        if (options.pointLimit() <= 0) {
            return;
        }
        int limit = Math.max(options.pointLimit(), kind.minimumPoints());
        if (points.count() >= limit) {
            points.truncate(limit);
            complete = true;
        }
    }

    @Override
    public boolean undoLastPoint() {
        anchor = null;
        return !complete && points.undo();
    }

    @Override
    public void finish() {
        complete = geometry().isPresent();
    }

    @Override
    public boolean isComplete() {
        return complete;
    }

    @Override
    public Optional<ShapeGeometry> result() {
        return complete ? geometry() : Optional.empty();
    }

    private Optional<ShapeGeometry> geometry() {
        double[] xy = Outlines.withoutRepeats(points.toArray(), kind.closed());
        if (xy.length / 2 < kind.minimumPoints()) {
            return Optional.empty();
        }
        return Optional.of(ShapeGeometry.of(kind.type(), Coordinates.of(xy)));
    }

    @Override
    public void renderPreview(GC gc, ViewTransform view, ShapeStyle style) {
        ShapePainter.prepare(gc, style);
        if (kind.joined() && (ctrlHeld || AUTOBORDER.equals(options.method()))) {
            border().highlight(gc, view, anchor);
        }
        if (points.count() == 0) {
            return;
        }
        double[] outline = complete || !cursorKnown ? points.toArray() : points.withCursor(cursorX, cursorY);
        int[] path = ShapePainter.viewPath(Coordinates.of(outline), view);
        if (kind == PathKind.POLYGON) {
            ShapePainter.fillPolygon(gc, path, style);
            gc.drawPolygon(path);
        } else if (kind == PathKind.POLYLINE) {
            gc.drawPolyline(path);
        }
        int radius = kind.joined() ? 3 : Math.max(2, style.lineWidth() + 1);
        for (int i = 0; i < points.count(); i++) {
            ShapePainter.marker(gc, view.viewX(points.x(i), points.y(i)), view.viewY(points.x(i), points.y(i)), radius);
        }
    }

    @Override
    public String hint() {
        int needed = Math.max(0, kind.minimumPoints() - points.count());
        String limit = options.pointLimit() > 0 ? " (stops at " + Math.max(options.pointLimit(), kind.minimumPoints()) + ")" : "";
        return "Click the points of the " + kind.noun() + limit + "; Shift+move adds points, right click removes the last, "
                + (needed > 0 ? needed + " more needed" : "N finishes");
    }
}
