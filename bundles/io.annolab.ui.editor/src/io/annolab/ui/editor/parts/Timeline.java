package io.annolab.ui.editor.parts;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import io.annolab.core.api.track.Keyframes;
import io.annolab.model.Shape;
import io.annolab.model.Track;
import io.annolab.ui.editor.session.EditorListener;
import io.annolab.ui.editor.session.EditorSession;

/**
 * The job's frames as a strip: where the current frame is, and the keyframes of the selected
 * track (outside keyframes in red, where the object leaves). A click or drag goes to that frame.
 */
final class Timeline implements EditorListener {

    private static final int HEIGHT = 18;

    private final EditorSession session;
    private final Canvas strip;

    Timeline(Composite parent, EditorSession session) {
        this.session = session;
        strip = EditorIds.tag(new Canvas(parent, SWT.DOUBLE_BUFFERED), EditorIds.TIMELINE);
        strip.setToolTipText("Frames of the job; marks are the selected track's keyframes (red: it leaves the frame). Click to go there.");
        strip.addPaintListener(e -> paint(e.gc));
        strip.addListener(SWT.MouseDown, e -> go(e.x));
        strip.addListener(SWT.MouseMove, e -> {
            if ((e.stateMask & SWT.BUTTON1) != 0) {
                go(e.x);
            }
        });
        session.addListener(this);
        strip.addDisposeListener(e -> session.removeListener(this));
    }

    Canvas control() {
        return strip;
    }

    static int height() {
        return HEIGHT;
    }

    private void go(int x) {
        List<Integer> frames = session.frames();
        if (frames.isEmpty()) {
            return;
        }
        Rectangle area = strip.getClientArea();
        int index = (int) Math.round((double) Math.max(0, Math.min(area.width - 1, x)) / Math.max(1, area.width - 1) * (frames.size() - 1));
        session.setFrame(frames.get(index));
    }

    /** The x of a frame on the strip (frames are spread evenly: the strip shows the job's own order). */
    private int xOf(int frame, Rectangle area) {
        List<Integer> frames = session.frames();
        int index = frames.indexOf(frame);
        if (index < 0) {
            // a keyframe between the job's frames (a deleted frame): place it by its number
            index = (int) frames.stream().filter(f -> f < frame).count();
        }
        return frames.size() <= 1 ? 0 : (int) Math.round((double) index / (frames.size() - 1) * (area.width - 1));
    }

    private void paint(GC gc) {
        Rectangle area = strip.getClientArea();
        var display = strip.getDisplay();
        gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(area);
        gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawLine(0, area.height / 2, area.width, area.height / 2);
        Track track = session.trackOf(session.primarySelection());
        if (track != null && !session.frames().isEmpty()) {
            int first = session.frames().get(0);
            int last = session.frames().get(session.frames().size() - 1);
            for (Shape key : track.getShapes()) {
                if (key.getFrame() < first || key.getFrame() > last) {
                    continue;
                }
                int x = xOf(key.getFrame(), area);
                gc.setBackground(display.getSystemColor(key.isOutside() ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW));
                gc.fillPolygon(new int[] { x, 2, x + 4, area.height / 2, x, area.height - 2, x - 4, area.height / 2 });
            }
            gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
            int from = xOf(Math.max(first, Keyframes.first(track)), area);
            gc.drawLine(from, area.height / 2 - 1, xOf(Math.min(last, Keyframes.last(track)), area), area.height / 2 - 1);
        }
        int x = xOf(session.frame(), area);
        gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_SELECTION));
        gc.fillRectangle(x - 1, 0, 3, area.height);
    }

    @Override
    public void frameChanged(int frame) {
        strip.redraw();
    }

    @Override
    public void selectionChanged() {
        strip.redraw();
    }

    @Override
    public void annotationsChanged() {
        strip.redraw();
    }
}
