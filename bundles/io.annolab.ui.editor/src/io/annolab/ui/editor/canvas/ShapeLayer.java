package io.annolab.ui.editor.canvas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;

import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.ui.canvas.api.Handle;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ShapeTools;
import io.annolab.ui.canvas.api.ViewTransform;
import io.annolab.ui.editor.session.EditorSession;

/**
 * The shapes of the current frame: indexed for the visible area, drawn back to front by their
 * tools; shapes only a few screen pixels big are drawn as simplified outlines batched by colour,
 * which keeps a zoomed-out frame of ten thousand shapes cheap.
 */
final class ShapeLayer {

    /** Shapes smaller than this on screen are drawn as a plain outline (no fill, no handles, no dashes). */
    private static final double SMALL_PIXELS = 16;
    /** Outlines stroked together. */
    private static final int BATCH = 256;

    private final Map<ShapeType, ShapeTool> tools = new ConcurrentHashMap<>();
    private ShapeIndex index = new ShapeIndex(1, 1);
    private int lastPainted;

    ShapeTool tool(ShapeType type) {
        return tools.computeIfAbsent(type, t -> ShapeTools.forType(t).orElse(null));
    }

    void rebuild(List<Shape> shapes, double imageWidth, double imageHeight) {
        ShapeIndex fresh = new ShapeIndex(imageWidth, imageHeight);
        for (Shape shape : shapes) {
            ShapeTool tool = tool(shape.getType());
            if (tool != null) {
                fresh.add(shape, tool.bounds(shape));
            }
        }
        index = fresh;
    }

    int size() {
        return index.size();
    }

    /** Where a shape was drawn at the last rebuild (image coordinates), or null. */
    double[] indexedBounds(Shape shape) {
        return index.boundsOf(shape);
    }

    /** How many shapes the last paint drew (for the benchmark and the status line). */
    int lastPainted() {
        return lastPainted;
    }

    void paint(GC gc, ViewTransform view, double[] visibleArea, EditorSession session, CanvasSettings settings, Shape dragged) {
        int painted = 0;
        int[] batched = { 0 };
        Map<Integer, Path> outlines = new LinkedHashMap<>();
        for (ShapeIndex.Entry entry : index.query(visibleArea[0], visibleArea[1], visibleArea[2], visibleArea[3])) {
            Shape shape = entry.shape();
            if (shape == dragged || !session.isVisible(shape)) {
                continue;
            }
            double[] b = entry.bounds();
            double viewSize = Math.max(b[2] - b[0], b[3] - b[1]) * view.scale();
            if (viewSize < SMALL_PIXELS) {
                // Too small to edit or read: one thin outline per colour, stroked once for all shapes of that colour.
                int rgb = session.colorOf(shape);
                Path path = outlines.computeIfAbsent(rgb, c -> new Path(gc.getDevice()));
                SimplifiedOutlines.add(path, shape, b, view);
                if (++batched[0] % BATCH == 0) {
                    // cairo strokes one huge path slower than the same outlines in modest batches
                    stroke(gc, rgb, path);
                    outlines.remove(rgb);
                }
            } else {
                tool(shape.getType()).render(gc, shape, view, styleOf(shape, session, settings, false).selected(false));
            }
            painted++;
        }
        outlines.forEach((rgb, path) -> stroke(gc, rgb, path));
        gc.setAlpha(255);
        gc.setLineStyle(SWT.LINE_SOLID);
        lastPainted = painted;
    }

    private static void stroke(GC gc, int rgb, Path path) {
        gc.setAlpha(255);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
        gc.setForeground(new Color(gc.getDevice(), (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF));
        gc.drawPath(path);
        path.dispose();
    }

    static ShapeStyle styleOf(Shape shape, EditorSession session, CanvasSettings settings, boolean simplified) {
        boolean selected = session.isSelected(shape);
        return new ShapeStyle(session.colorOf(shape), settings.fillOpacity * 255 / 100, 2, selected, shape.isOccluded(),
                session.isLocked(shape), simplified);
    }

    /** Handles of a selected shape as small squares (rotation knob round). */
    static void paintHandles(GC gc, ViewTransform view, List<Handle> handles, int size) {
        Color white = gc.getDevice().getSystemColor(SWT.COLOR_WHITE);
        Color black = gc.getDevice().getSystemColor(SWT.COLOR_BLACK);
        gc.setAlpha(255);
        gc.setLineWidth(1);
        gc.setLineStyle(SWT.LINE_SOLID);
        for (Handle handle : handles) {
            int x = view.viewX(handle.x(), handle.y()), y = view.viewY(handle.x(), handle.y());
            gc.setBackground(white);
            gc.setForeground(black);
            if (handle.kind() == Handle.Kind.ROTATION) {
                gc.fillOval(x - size, y - size, 2 * size, 2 * size);
                gc.drawOval(x - size, y - size, 2 * size, 2 * size);
            } else {
                gc.fillRectangle(x - size / 2 - 1, y - size / 2 - 1, size + 2, size + 2);
                gc.drawRectangle(x - size / 2 - 1, y - size / 2 - 1, size + 2, size + 2);
            }
        }
    }

    /** The top-most visible shape under an image point, or null. */
    Shape hit(double x, double y, double tolerance, EditorSession session) {
        List<ShapeIndex.Entry> candidates = index.query(x - tolerance, y - tolerance, x + tolerance, y + tolerance);
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Shape shape = candidates.get(i).shape();
            if (session.isVisible(shape) && tool(shape.getType()).hits(shape, x, y, tolerance)) {
                return shape;
            }
        }
        return null;
    }
}
