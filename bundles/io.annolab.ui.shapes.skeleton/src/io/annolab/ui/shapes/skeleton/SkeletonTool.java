package io.annolab.ui.shapes.skeleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

import io.annolab.model.Label;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.DrawingOptions;
import io.annolab.ui.canvas.api.Handle;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeGeometry.Element;
import io.annolab.ui.canvas.api.ShapePainter;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ViewTransform;

/**
 * Skeletons: one point element per sublabel of the skeleton label, joined by the label's edges.
 * Handles are one per visible element (moves only that element) and then the four corners of
 * the elements' box, clockwise from the top left (scale every element about the opposite corner).
 */
public class SkeletonTool implements ShapeTool {

    private static final int JOINT_RADIUS = 4;
    private static final int OUTSIDE_ALPHA = 70;

    /** Parsed templates per label, dropped with the label; re-parsed when the label's SVG or edges change. */
    private final Map<Label, CachedTemplate> templates = new WeakHashMap<>();

    private record CachedTemplate(String svg, int edgeCount, SkeletonTemplate template) {
    }

    @Override
    public String id() {
        return "skeleton";
    }

    @Override
    public ShapeType shapeType() {
        return ShapeType.SKELETON;
    }

    SkeletonTemplate template(Label label) {
        if (label == null) {
            return SkeletonTemplate.of(null);
        }
        synchronized (templates) {
            CachedTemplate cached = templates.get(label);
            if (cached == null || cached.svg() != label.getSvg() || cached.edgeCount() != label.getEdges().size()) {
                cached = new CachedTemplate(label.getSvg(), label.getEdges().size(), SkeletonTemplate.of(label));
                templates.put(label, cached);
            }
            return cached.template();
        }
    }

    @Override
    public void render(GC gc, Shape shape, ViewTransform view, ShapeStyle style) {
        render(gc, ShapeGeometry.of(shape).elements(), edges(shape), view, style);
    }

    /** The label's edges as pairs of element indexes of this shape (matched by sublabel, else by position). */
    private List<int[]> edges(Shape shape) {
        SkeletonTemplate template = template(shape.getLabel());
        List<Label> templatePoints = template.points();
        List<int[]> edges = new ArrayList<>(template.edges().size());
        for (int[] edge : template.edges()) {
            int from = elementIndex(shape, templatePoints.get(edge[0]), edge[0]);
            int to = elementIndex(shape, templatePoints.get(edge[1]), edge[1]);
            if (from >= 0 && to >= 0) {
                edges.add(new int[] { from, to });
            }
        }
        return edges;
    }

    private static int elementIndex(Shape shape, Label sublabel, int templateIndex) {
        for (int i = 0; i < shape.getElements().size(); i++) {
            if (shape.getElements().get(i).getLabel() == sublabel) {
                return i;
            }
        }
        return templateIndex < shape.getElements().size() ? templateIndex : -1;
    }

    /**
     * Edges in the style's colour, joints in their sublabel's colour; anything touching an occluded
     * element is dashed (occluded joints hollow), outside elements are drawn only faintly and only
     * when the skeleton is selected; a selected skeleton shows its box dashed.
     */
    static void render(GC gc, List<Element> elements, List<int[]> edges, ViewTransform view, ShapeStyle style) {
        ShapePainter.prepare(gc, style);
        int alpha = gc.getAlpha();
        int[] vx = new int[elements.size()], vy = new int[elements.size()];
        for (int i = 0; i < elements.size(); i++) {
            vx[i] = view.viewX(elements.get(i).x(), elements.get(i).y());
            vy[i] = view.viewY(elements.get(i).x(), elements.get(i).y());
        }
        for (int[] edge : edges) {
            Element from = elements.get(edge[0]), to = elements.get(edge[1]);
            boolean outside = from.outside() || to.outside();
            if (outside && !style.selected()) {
                continue;
            }
            gc.setAlpha(outside ? OUTSIDE_ALPHA : alpha);
            gc.setLineStyle(style.occluded() || from.occluded() || to.occluded() ? SWT.LINE_DASH : SWT.LINE_SOLID);
            gc.drawLine(vx[edge[0]], vy[edge[0]], vx[edge[1]], vy[edge[1]]);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        Color lineColor = gc.getForeground();
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            if (element.outside() && !style.selected()) {
                continue;
            }
            gc.setAlpha(element.outside() ? OUTSIDE_ALPHA : alpha);
            Color color = jointColor(gc, element.label(), lineColor);
            gc.setBackground(color);
            gc.setForeground(color);
            if (element.occluded() || style.occluded()) {
                gc.setLineWidth(1);
                gc.drawOval(vx[i] - JOINT_RADIUS, vy[i] - JOINT_RADIUS, 2 * JOINT_RADIUS, 2 * JOINT_RADIUS);
            } else {
                ShapePainter.marker(gc, vx[i], vy[i], JOINT_RADIUS);
            }
        }
        gc.setAlpha(alpha);
        gc.setForeground(lineColor);
        double[] box = box(elements);
        if (style.selected() && box != null) {
            gc.setLineWidth(1);
            gc.setLineStyle(SWT.LINE_DOT);
            int x1 = view.viewX(box[0], box[1]), y1 = view.viewY(box[0], box[1]), x2 = view.viewX(box[2], box[3]), y2 = view.viewY(box[2], box[3]);
            gc.drawRectangle(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    private static Color jointColor(GC gc, Label label, Color fallback) {
        String hex = label == null ? null : label.getColor();
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            return fallback;
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new Color(gc.getDevice(), (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /** The box of the elements that are in the frame (of all of them when every one is outside); null without elements. */
    static double[] box(List<Element> elements) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        boolean anyInside = elements.stream().anyMatch(e -> !e.outside());
        for (Element e : elements) {
            if (anyInside && e.outside()) {
                continue;
            }
            minX = Math.min(minX, e.x());
            maxX = Math.max(maxX, e.x());
            minY = Math.min(minY, e.y());
            maxY = Math.max(maxY, e.y());
        }
        return minX > maxX ? null : new double[] { minX, minY, maxX, maxY };
    }

    /** Near a visible joint, or inside the box of the visible elements. */
    @Override
    public boolean hits(Shape shape, double x, double y, double tolerance) {
        List<Element> elements = ShapeGeometry.of(shape).elements();
        for (Element e : elements) {
            if (!e.outside() && Math.hypot(e.x() - x, e.y() - y) <= tolerance + 1) {
                return true;
            }
        }
        double[] box = box(elements);
        return box != null && x >= box[0] - tolerance && x <= box[2] + tolerance && y >= box[1] - tolerance && y <= box[3] + tolerance;
    }

    @Override
    public double[] bounds(Shape shape) {
        double[] box = box(ShapeGeometry.of(shape).elements());
        return box == null ? new double[4] : box;
    }

    @Override
    public Drawing startDrawing(DrawingOptions options) {
        return new SkeletonBoxDrawing(template(options.label()));
    }

    @Override
    public List<Handle> handles(Shape shape) {
        List<Element> elements = ShapeGeometry.of(shape).elements();
        List<Handle> handles = new ArrayList<>(elements.size() + 4);
        for (int i = 0; i < elements.size(); i++) {
            if (!elements.get(i).outside()) {
                handles.add(new Handle(i, Handle.Kind.VERTEX, elements.get(i).x(), elements.get(i).y()));
            }
        }
        double[] box = box(elements);
        if (box != null) {
            double[] corners = corners(box);
            for (int k = 0; k < 4; k++) {
                handles.add(new Handle(elements.size() + k, Handle.Kind.CORNER, corners[2 * k], corners[2 * k + 1]));
            }
        }
        return handles;
    }

    private static double[] corners(double[] box) {
        return new double[] { box[0], box[1], box[2], box[1], box[2], box[3], box[0], box[3] };
    }

    @Override
    public ShapeGeometry dragHandle(Shape shape, Handle handle, PointerEvent event) {
        ShapeGeometry geometry = ShapeGeometry.of(shape);
        List<Element> elements = new ArrayList<>(geometry.elements());
        int n = elements.size();
        if (handle.index() < n) {
            Element e = elements.get(handle.index());
            elements.set(handle.index(), new Element(e.label(), (float) event.x(), (float) event.y(), e.outside(), e.occluded()));
        } else {
            double[] box = box(elements);
            double[] corners = corners(box);
            int corner = handle.index() - n, opposite = (corner + 2) % 4;
            double fixedX = corners[2 * opposite], fixedY = corners[2 * opposite + 1];
            double spanX = corners[2 * corner] - fixedX, spanY = corners[2 * corner + 1] - fixedY;
            double scaleX = Math.abs(spanX) < 1e-6 ? 1 : (event.x() - fixedX) / spanX;
            double scaleY = Math.abs(spanY) < 1e-6 ? 1 : (event.y() - fixedY) / spanY;
            for (int i = 0; i < n; i++) {
                Element e = elements.get(i);
                elements.set(i, new Element(e.label(), (float) (fixedX + (e.x() - fixedX) * scaleX), (float) (fixedY + (e.y() - fixedY) * scaleY),
                        e.outside(), e.occluded()));
            }
        }
        return new ShapeGeometry(geometry.type(), geometry.points(), geometry.rotation(), geometry.mask(), elements);
    }
}
