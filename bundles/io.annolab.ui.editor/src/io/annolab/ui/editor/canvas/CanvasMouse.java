package io.annolab.ui.editor.canvas;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

import io.annolab.model.Shape;
import io.annolab.ui.canvas.api.Handle;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ViewTransform;
import io.annolab.ui.editor.session.EditorSession;

/**
 * CVAT's mouse behaviour on the canvas: the wheel zooms about the cursor; dragging empty space
 * or holding the middle button pans; clicking selects; dragging a selected object's handle
 * reshapes it and dragging its body moves it (not when locked or pinned); Alt+click deletes a
 * vertex; Shift+click opens the tool's own editor; double click on empty space fits the image.
 * While a tool draws, events go to its {@link io.annolab.ui.canvas.api.Drawing}; the right
 * button removes the last point.
 */
final class CanvasMouse {

    private static final int HANDLE_GRAB_PIXELS = 7;

    private final AnnotationCanvas canvas;
    private Gesture gesture = Gesture.NONE;
    private int lastX, lastY;
    private double startImageX, startImageY;
    private Shape target;
    private Handle handle;

    private enum Gesture {
        NONE, PAN, MOVE, HANDLE
    }

    CanvasMouse(AnnotationCanvas canvas) {
        this.canvas = canvas;
    }

    void install() {
        canvas.addListener(SWT.MouseDown, this::down);
        canvas.addListener(SWT.MouseMove, this::move);
        canvas.addListener(SWT.MouseUp, this::up);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
    }

    private PointerEvent pointer(Event e) {
        ViewTransform view = canvas.view();
        return new PointerEvent(view.imageX(e.x, e.y), view.imageY(e.x, e.y), e.button, e.stateMask, e.count);
    }

    private void down(Event e) {
        canvas.setFocus();
        lastX = e.x;
        lastY = e.y;
        if (e.button == 2) {
            gesture = Gesture.PAN;
            return;
        }
        if (canvas.isDrawing()) {
            if (e.button == 3) {
                canvas.drawing().undoLastPoint();
                canvas.redraw();
            } else {
                canvas.drawing().mouseDown(pointer(e));
                canvas.completeDrawingIfDone();
            }
            return;
        }
        if (e.button != 1) {
            return;
        }
        EditorSession session = canvas.session();
        PointerEvent p = pointer(e);
        Handle grabbed = handleAt(e.x, e.y);
        if (grabbed != null) {
            Shape selected = (Shape) session.primarySelection();
            if ((e.stateMask & SWT.ALT) != 0 && grabbed.kind() == Handle.Kind.VERTEX) {
                canvas.shapeLayer().tool(selected.getType()).deleteVertex(selected, grabbed.index())
                        .ifPresent(g -> canvas.edits().setGeometry(selected, g));
                return;
            }
            gesture = Gesture.HANDLE;
            target = selected;
            handle = grabbed;
            return;
        }
        Shape hit = canvas.shapeAt(e.x, e.y);
        if (hit == null) {
            session.select((Shape) null);
            gesture = Gesture.PAN;
            return;
        }
        if ((e.stateMask & SWT.SHIFT) != 0 && !session.isLocked(hit) && canvas.startEditing(hit)) {
            canvas.drawing().mouseDown(p);
            return;
        }
        session.select(hit);
        if (!session.isPinned(hit)) {
            gesture = Gesture.MOVE;
            target = hit;
            startImageX = p.x();
            startImageY = p.y();
        }
    }

    private Handle handleAt(int vx, int vy) {
        EditorSession session = canvas.session();
        if (!(session.primarySelection() instanceof Shape selected) || session.isLocked(selected) || selected.getFrame() != session.frame()) {
            return null;
        }
        ShapeTool tool = canvas.shapeLayer().tool(selected.getType());
        List<Handle> handles = tool.handles(selected);
        ViewTransform view = canvas.view();
        for (Handle h : handles) {
            if (Math.abs(view.viewX(h.x(), h.y()) - vx) <= HANDLE_GRAB_PIXELS && Math.abs(view.viewY(h.x(), h.y()) - vy) <= HANDLE_GRAB_PIXELS) {
                return h;
            }
        }
        return null;
    }

    private void move(Event e) {
        if (gesture == Gesture.PAN) {
            canvas.panBy(e.x - lastX, e.y - lastY);
        } else if (gesture == Gesture.MOVE) {
            PointerEvent p = pointer(e);
            ShapeGeometry moved = canvas.shapeLayer().tool(target.getType()).translate(target, p.x() - startImageX, p.y() - startImageY);
            canvas.setDragPreview(new AnnotationCanvas.DragPreview(target, moved));
        } else if (gesture == Gesture.HANDLE) {
            ShapeGeometry reshaped = canvas.shapeLayer().tool(target.getType()).dragHandle(target, handle, pointer(e));
            canvas.setDragPreview(new AnnotationCanvas.DragPreview(target, reshaped));
        } else if (canvas.isDrawing()) {
            canvas.drawing().mouseMove(pointer(e));
            canvas.completeDrawingIfDone();
        }
        lastX = e.x;
        lastY = e.y;
    }

    private void up(Event e) {
        if (canvas.isDrawing() && gesture == Gesture.NONE && e.button == 1) {
            canvas.drawing().mouseUp(pointer(e));
            canvas.completeDrawingIfDone();
            return;
        }
        AnnotationCanvas.DragPreview preview = canvas.dragPreview();
        canvas.setDragPreview(null);
        if (preview != null && (gesture == Gesture.MOVE || gesture == Gesture.HANDLE)) {
            canvas.edits().setGeometry(preview.shape(), preview.geometry());
        }
        gesture = Gesture.NONE;
        target = null;
        handle = null;
    }

    private void wheel(Event e) {
        if (e.count == 0) {
            return;
        }
        canvas.zoomAt(e.count > 0 ? 1.2 : 1 / 1.2, e.x, e.y);
        e.doit = false;
    }

    private void doubleClick(Event e) {
        if (!canvas.isDrawing() && e.button == 1 && canvas.shapeAt(e.x, e.y) == null) {
            canvas.fit();
        }
    }
}
