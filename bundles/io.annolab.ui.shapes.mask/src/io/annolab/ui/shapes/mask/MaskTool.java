package io.annolab.ui.shapes.mask;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.DrawingOptions;
import io.annolab.ui.canvas.api.Handle;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapePainter;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ViewTransform;

/**
 * Masks: runs over a box whose corners are the shape's points (see {@link MaskBox}). Drawn as
 * translucent pixels in the label colour, outlined when selected; drawn and edited with a brush
 * session ({@link MaskDrawing}); no vertex handles.
 */
public class MaskTool implements ShapeTool {

    public static final String BRUSH = "brush";
    public static final String ERASER = "eraser";
    public static final String POLYGON_ADD = "polygon-add";
    public static final String POLYGON_REMOVE = "polygon-remove";
    static final List<String> METHODS = List.of(BRUSH, ERASER, POLYGON_ADD, POLYGON_REMOVE);

    private static final int DEFAULT_ALPHA = 128;

    @Override
    public String id() {
        return "mask";
    }

    @Override
    public ShapeType shapeType() {
        return ShapeType.MASK;
    }

    @Override
    public List<String> methods() {
        return METHODS;
    }

    /** Opacity of the mask pixels: the style's fill (half by default), stronger when selected, faint when locked. */
    static int alpha(ShapeStyle style) {
        int alpha = style.fillAlpha() > 0 ? style.fillAlpha() : DEFAULT_ALPHA;
        if (style.selected()) {
            alpha = Math.min(255, alpha + 60);
        }
        return Math.max(1, style.locked() ? alpha / 3 : alpha);
    }

    @Override
    public void render(GC gc, Shape shape, ViewTransform view, ShapeStyle style) {
        MaskBox box = MaskBox.of(shape);
        if (box == null || box.mask().area() == 0) {
            return;
        }
        int alpha = alpha(style);
        MaskImages.draw(gc, box.mask(), box.left(), box.top(), style.rgb(), alpha, view);
        if (style.selected()) {
            ShapePainter.prepare(gc, style);
            for (Coordinates outline : MaskImages.outline(box.mask(), style.rgb(), alpha)) {
                gc.drawPolygon(ShapePainter.viewPath(outline.translate(box.left(), box.top()), view));
            }
        }
    }

    /** A mask pixel at (x, y), or within {@code tolerance} (at most 3 pixels, so hit tests stay cheap). */
    @Override
    public boolean hits(Shape shape, double x, double y, double tolerance) {
        MaskBox box = MaskBox.of(shape);
        if (box == null) {
            return false;
        }
        int px = (int) Math.floor(x) - box.left(), py = (int) Math.floor(y) - box.top();
        int reach = (int) Math.min(3, Math.ceil(tolerance));
        if (px < -reach || py < -reach || px >= box.width() + reach || py >= box.height() + reach) {
            return false;
        }
        for (int dy = -reach; dy <= reach; dy++) {
            for (int dx = -reach; dx <= reach; dx++) {
                if (MaskImages.pixel(box.mask(), px + dx, py + dy)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public double[] bounds(Shape shape) {
        MaskBox box = MaskBox.of(shape);
        return box == null ? new double[4] : new double[] { box.left(), box.top(), box.left() + box.width(), box.top() + box.height() };
    }

    /** A brush session with the method the user picked (brush by default). */
    /** Mask to polygons: the outer contour of each part, simplified to at most {@link MaskConversions#DEFAULT_POLYGON_POINTS} points. */
    @Override
    public List<ShapeGeometry> convert(Shape shape, ShapeType target) {
        if (target != ShapeType.POLYGON || shape.getMask() == null) {
            return List.of();
        }
        return MaskConversions.maskToPolygons(MaskBox.of(shape), MaskConversions.DEFAULT_POLYGON_POINTS).stream()
                .map(outline -> ShapeGeometry.of(ShapeType.POLYGON, outline)).toList();
    }

    @Override
    public MaskDrawing startDrawing(DrawingOptions options) {
        return new MaskDrawing(options, null);
    }

    /** Continues painting on an existing mask; the session's result replaces the mask. */
    @Override
    public Optional<Drawing> startEditing(Shape shape, DrawingOptions options) {
        return Optional.of(new MaskDrawing(options, MaskBox.of(shape)));
    }

    @Override
    public List<Handle> handles(Shape shape) {
        return List.of();
    }

    /** Moves by whole pixels: a mask box sits on the pixel grid. */
    @Override
    public ShapeGeometry translate(Shape shape, double dx, double dy) {
        MaskBox box = MaskBox.of(shape);
        if (box == null) {
            return ShapeGeometry.of(shape);
        }
        return new MaskBox(box.left() + (int) Math.round(dx), box.top() + (int) Math.round(dy), box.mask()).toGeometry();
    }
}
