package io.annolab.ui.editor.canvas;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;

import io.annolab.model.Annotation;
import io.annolab.model.AttributeValue;
import io.annolab.model.Shape;
import io.annolab.ui.canvas.api.ViewTransform;
import io.annolab.ui.editor.session.AttributeValues;
import io.annolab.ui.editor.session.EditorSession;

/**
 * The text next to objects on the canvas (CVAT's object details): id, label and attributes of
 * the selected objects, placed at the top left of their bounds.
 */
final class ObjectCaptions {

    private ObjectCaptions() {
    }

    static void paint(GC gc, ViewTransform view, EditorSession session, ShapeLayer shapes, double[] visible, CanvasSettings settings) {
        gc.setAlpha(255);
        for (Annotation annotation : session.selection()) {
            if (!(annotation instanceof Shape shape) || shape.getFrame() != session.frame() || !session.isVisible(shape)) {
                continue;
            }
            double[] b = shapes.tool(shape.getType()).bounds(shape);
            StringBuilder text = new StringBuilder();
            text.append(shape.getId()).append(' ').append(shape.getLabel() == null ? "(no label)" : shape.getLabel().getName());
            text.append(' ').append(shape.getSource() == null ? "" : shape.getSource().getLiteral().toUpperCase());
            for (AttributeValue value : shape.getAttributes()) {
                text.append('\n').append(value.getName()).append(": ").append(AttributeValues.text(value.getValue()));
            }
            int x = view.viewX(b[0], b[1]), y = view.viewY(b[0], b[1]);
            org.eclipse.swt.graphics.Point extent = gc.textExtent(text.toString(), SWT.DRAW_DELIMITER);
            gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
            gc.setAlpha(170);
            gc.fillRectangle(x, y - extent.y - 4, extent.x + 8, extent.y + 4);
            gc.setAlpha(255);
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
            gc.drawText(text.toString(), x + 4, y - extent.y - 2, SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
        }
    }
}
