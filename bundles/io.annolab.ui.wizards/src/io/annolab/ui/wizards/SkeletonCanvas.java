package io.annolab.ui.wizards;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import io.annolab.core.api.task.SkeletonSvg;
import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.model.ModelFactory;
import io.annolab.model.SkeletonEdge;

/**
 * Draws a skeleton label's template and edits it with the mouse: a click on empty space adds a
 * point (a sublabel), dragging moves a point, clicking a point and then another joins them with
 * an edge. Every change rewrites the label's CVAT-style {@code svg}, which keeps the positions.
 */
final class SkeletonCanvas extends Canvas {

    /** How near (in pixels) a click must be to take a point. */
    static final int HIT_RADIUS = 7;
    private static final int DRAG_THRESHOLD = 3;

    private final Runnable changed;
    private final Map<Label, double[]> positions = new HashMap<>();
    private Label skeleton;
    private Label selected;
    private Label pressed;
    private Point pressedAt;
    private boolean dragging;

    SkeletonCanvas(Composite parent, Runnable changed) {
        super(parent, SWT.BORDER | SWT.DOUBLE_BUFFERED);
        this.changed = changed;
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC && selected != null) {
                selected = null;
                redraw();
                changed.run();
            } else if ((e.keyCode == SWT.DEL || e.keyCode == SWT.BS) && selected != null) {
                removeSelected();
            }
        });
    }

    /** Shows (and from now on edits) this skeleton label, or nothing. Does not report a change. */
    void setSkeleton(Label label) {
        if (label == skeleton) {
            return;
        }
        skeleton = label;
        selected = null;
        positions.clear();
        if (label != null) {
            Map<String, double[]> byName = SkeletonSvg.positions(label.getSvg());
            for (Label point : label.getSublabels()) {
                double[] at = byName.get(point.getName());
                if (at != null) {
                    positions.put(point, at);
                }
            }
            // points the svg does not place (pasted without one) get the writer's default layout
            SkeletonSvg.positions(SkeletonSvg.write(label, positions)).forEach((name, at) -> label.getSublabels().stream()
                    .filter(p -> name.equals(p.getName())).findFirst().ifPresent(p -> positions.putIfAbsent(p, at)));
        }
        redraw();
    }

    Label selected() {
        return selected;
    }

    /** The point's place in the 100 × 100 template space, or null. */
    double[] position(Label point) {
        return positions.get(point);
    }

    /** The point's place on the canvas in pixels, for tests and tooltips. */
    Point toCanvas(Label point) {
        double[] at = positions.get(point);
        return at == null ? null : toCanvas(at[0], at[1]);
    }

    /** Rewrites the svg after a point's name changed elsewhere (the svg names points). */
    void pointsChanged() {
        writeSvg();
        redraw();
    }

    void removeSelected() {
        if (skeleton == null || selected == null) {
            return;
        }
        Label point = selected;
        skeleton.getEdges().removeIf(edge -> edge.getFrom() == point || edge.getTo() == point);
        skeleton.getSublabels().remove(point);
        positions.remove(point);
        selected = null;
        writeSvg();
        redraw();
        changed.run();
    }

    private void mouseDown(Event e) {
        if (skeleton == null || e.button != 1) {
            return;
        }
        setFocus();
        pressed = hit(e.x, e.y);
        pressedAt = new Point(e.x, e.y);
        dragging = false;
    }

    private void mouseMove(Event e) {
        if (pressed == null || pressedAt == null) {
            return;
        }
        if (!dragging && Math.abs(e.x - pressedAt.x) + Math.abs(e.y - pressedAt.y) > DRAG_THRESHOLD) {
            dragging = true;
        }
        if (dragging) {
            positions.put(pressed, toTemplate(e.x, e.y));
            redraw();
        }
    }

    private void mouseUp(Event e) {
        if (skeleton == null || e.button != 1 || pressedAt == null) {
            return;
        }
        Label point = pressed;
        pressed = null;
        pressedAt = null;
        if (dragging) {
            dragging = false;
            positions.put(point, toTemplate(e.x, e.y));
        } else if (point == null) {
            addPoint(e.x, e.y);
        } else if (selected == null) {
            selected = point;
        } else if (selected == point) {
            selected = null;
        } else {
            if (!SkeletonSvg.hasEdge(skeleton, selected, point)) {
                SkeletonEdge edge = ModelFactory.eINSTANCE.createSkeletonEdge();
                edge.setFrom(selected);
                edge.setTo(point);
                skeleton.getEdges().add(edge);
            }
            selected = point; // so a chain of clicks draws a chain of edges
        }
        writeSvg();
        redraw();
        changed.run();
    }

    private void addPoint(int x, int y) {
        Label point = ModelFactory.eINSTANCE.createLabel();
        point.setType(LabelType.POINTS);
        point.setName(freeName());
        point.setColor(LabelColors.next(skeleton.getSublabels()));
        skeleton.getSublabels().add(point);
        positions.put(point, toTemplate(x, y));
        selected = point;
    }

    private String freeName() {
        for (int n = skeleton.getSublabels().size() + 1;; n++) {
            String name = "point " + n;
            if (skeleton.getSublabels().stream().noneMatch(l -> name.equals(l.getName()))) {
                return name;
            }
        }
    }

    private Label hit(int x, int y) {
        Label best = null;
        double bestDistance = HIT_RADIUS;
        for (Label point : skeleton.getSublabels()) {
            Point at = toCanvas(point);
            if (at != null) {
                double distance = Math.hypot(at.x - x, at.y - y);
                if (distance <= bestDistance) {
                    best = point;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private void writeSvg() {
        if (skeleton != null) {
            skeleton.setSvg(SkeletonSvg.write(skeleton, positions));
            // points without a stored place get one from the writer's layout; remember it so they stay put
            SkeletonSvg.positions(skeleton.getSvg()).forEach((name, at) -> skeleton.getSublabels().stream()
                    .filter(p -> name.equals(p.getName())).findFirst().ifPresent(p -> positions.putIfAbsent(p, at)));
        }
    }

    /** The square the 100 × 100 template is shown in. */
    private Rectangle square() {
        Rectangle area = getClientArea();
        int side = Math.max(1, Math.min(area.width, area.height) - 2 * HIT_RADIUS);
        return new Rectangle((area.width - side) / 2, (area.height - side) / 2, side, side);
    }

    private Point toCanvas(double x, double y) {
        Rectangle square = square();
        return new Point((int) Math.round(square.x + x * square.width / SkeletonSvg.SIZE),
                (int) Math.round(square.y + y * square.height / SkeletonSvg.SIZE));
    }

    private double[] toTemplate(int x, int y) {
        Rectangle square = square();
        double tx = (x - square.x) * SkeletonSvg.SIZE / square.width;
        double ty = (y - square.y) * SkeletonSvg.SIZE / square.height;
        return new double[] { Math.max(0, Math.min(SkeletonSvg.SIZE, tx)), Math.max(0, Math.min(SkeletonSvg.SIZE, ty)) };
    }

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        Rectangle square = square();
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
        gc.drawRectangle(square);
        if (skeleton == null) {
            return;
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.setLineWidth(2);
        for (SkeletonEdge edge : skeleton.getEdges()) {
            Point from = toCanvas(edge.getFrom());
            Point to = toCanvas(edge.getTo());
            if (from != null && to != null) {
                gc.drawLine(from.x, from.y, to.x, to.y);
            }
        }
        gc.setLineWidth(1);
        for (Label point : skeleton.getSublabels()) {
            Point at = toCanvas(point);
            if (at == null) {
                continue;
            }
            org.eclipse.swt.graphics.Color fill = new org.eclipse.swt.graphics.Color(LabelColors.rgb(point.getColor()));
            gc.setBackground(fill);
            int r = point == selected ? 7 : 5;
            gc.fillOval(at.x - r, at.y - r, 2 * r, 2 * r);
            gc.setForeground(getDisplay().getSystemColor(point == selected ? SWT.COLOR_RED : SWT.COLOR_BLACK));
            gc.drawOval(at.x - r, at.y - r, 2 * r, 2 * r);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(point.getName() == null ? "" : point.getName(), at.x + 8, at.y - 8, true);
        }
    }
}
