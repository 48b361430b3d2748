package io.annolab.ui.canvas.api;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

import io.annolab.model.values.Coordinates;

/**
 * Shared drawing conventions for shape tools, so every kind looks alike: the label colour,
 * dashed outline for occluded objects, faint for locked ones, translucent fill, and vertex
 * paths thinned to one point per screen pixel so zoomed-out frames stay cheap.
 */
public final class ShapePainter {

    private ShapePainter() {
    }

    /** Sets colours, line width, dash and alpha on {@code gc} for {@code style}. */
    public static void prepare(GC gc, ShapeStyle style) {
        Color color = new Color(gc.getDevice(), (style.rgb() >> 16) & 0xFF, (style.rgb() >> 8) & 0xFF, style.rgb() & 0xFF);
        gc.setForeground(color);
        gc.setBackground(color);
        gc.setLineWidth(style.selected() ? style.lineWidth() + 1 : style.lineWidth());
        gc.setLineStyle(style.occluded() ? SWT.LINE_DASH : SWT.LINE_SOLID);
        gc.setAlpha(style.locked() ? 90 : 255);
    }

    /** Fills the closed path with the style's fill opacity, if any, then restores the outline alpha. */
    public static void fillPolygon(GC gc, int[] path, ShapeStyle style) {
        int alpha = style.selected() ? Math.max(style.fillAlpha(), 60) : style.fillAlpha();
        if (alpha <= 0 || path.length < 6) {
            return;
        }
        gc.setAlpha(style.locked() ? alpha / 3 : alpha);
        gc.fillPolygon(path);
        gc.setAlpha(style.locked() ? 90 : 255);
    }

    /**
     * The view path of interleaved image points, dropping points that land within one screen
     * pixel of the previous kept one (the last point is always kept).
     */
    public static int[] viewPath(Coordinates points, ViewTransform view) {
        int n = points.pointCount();
        int[] path = new int[2 * n];
        int kept = 0;
        int lastX = Integer.MIN_VALUE, lastY = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int vx = view.viewX(points.x(i), points.y(i));
            int vy = view.viewY(points.x(i), points.y(i));
            boolean last = i == n - 1;
            if (!last && Math.abs(vx - lastX) <= 1 && Math.abs(vy - lastY) <= 1) {
                continue;
            }
            path[kept++] = vx;
            path[kept++] = vy;
            lastX = vx;
            lastY = vy;
        }
        return kept == path.length ? path : java.util.Arrays.copyOf(path, kept);
    }

    /** Draws a small square marker centred on a view point (points shapes, skeleton joints). */
    public static void marker(GC gc, int vx, int vy, int radius) {
        gc.fillOval(vx - radius, vy - radius, 2 * radius + 1, 2 * radius + 1);
    }

    /** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
    public static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
        double cx = ax + t * dx - px, cy = ay + t * dy - py;
        return Math.sqrt(cx * cx + cy * cy);
    }

    /** Even-odd point-in-polygon test over interleaved coordinates. */
    public static boolean insidePolygon(Coordinates points, double x, double y) {
        boolean inside = false;
        int n = points.pointCount();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = points.x(i), yi = points.y(i), xj = points.x(j), yj = points.y(j);
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }
}
