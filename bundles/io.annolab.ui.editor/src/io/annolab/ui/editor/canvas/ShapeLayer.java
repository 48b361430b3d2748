package io.annolab.ui.editor.canvas;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

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
 * tools, tiny ones as a dot (nothing of them is legible anyway), selected ones with handles.
 */
final class ShapeLayer {

    /** Shapes smaller than this on screen are drawn as a dot. */
    private static final double TINY_PIXELS = 3;

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

    /** How many shapes the last paint drew (for the benchmark and the status line). */
    int lastPainted() {
        return lastPainted;
    }

    void paint(GC gc, ViewTransform view, double[] visibleArea, EditorSession session, CanvasSettings settings, Shape dragged) {
        int painted = 0;
        for (ShapeIndex.Entry entry : index.query(visibleArea[0], visibleArea[1], visibleArea[2], visibleArea[3])) {
            Shape shape = entry.shape();
            if (shape == dragged || !session.isVisible(shape)) {
                continue;
            }
            ShapeTool tool = tool(shape.getType());
            double[] b = entry.bounds();
            double viewSize = Math.max(b[2] - b[0], b[3] - b[1]) * view.scale();
            ShapeStyle style = styleOf(shape, session, settings, viewSize < 12);
            if (viewSize < TINY_PIXELS) {
                paintDot(gc, view, b, style);
            } else {
                tool.render(gc, shape, view, style);
            }
            painted++;
        }
        lastPainted = painted;
        gc.setAlpha(255);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    static ShapeStyle styleOf(Shape shape, EditorSession session, CanvasSettings settings, boolean simplified) {
        boolean selected = session.isSelected(shape);
        return new ShapeStyle(session.colorOf(shape), settings.fillOpacity * 255 / 100, 2, selected, shape.isOccluded(),
                session.isLocked(shape), simplified);
    }

    private static void paintDot(GC gc, ViewTransform view, double[] b, ShapeStyle style) {
        double cx = (b[0] + b[2]) / 2, cy = (b[1] + b[3]) / 2;
        Color color = new Color(gc.getDevice(), (style.rgb() >> 16) & 0xFF, (style.rgb() >> 8) & 0xFF, style.rgb() & 0xFF);
        gc.setBackground(color);
        gc.fillRectangle(view.viewX(cx, cy) - 1, view.viewY(cx, cy) - 1, 3, 3);
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
