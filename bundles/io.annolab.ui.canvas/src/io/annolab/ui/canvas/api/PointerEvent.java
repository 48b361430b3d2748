package io.annolab.ui.canvas.api;

import org.eclipse.swt.SWT;

/**
 * A mouse event on the canvas in image coordinates, with the SWT button (1 left, 2 middle,
 * 3 right) and modifier state mask ({@link SWT#SHIFT}, {@link SWT#CTRL}, {@link SWT#ALT}).
 */
public record PointerEvent(double x, double y, int button, int stateMask, int clickCount) {

    public boolean shift() {
        return (stateMask & SWT.SHIFT) != 0;
    }

    public boolean ctrl() {
        return (stateMask & SWT.CTRL) != 0;
    }

    public boolean alt() {
        return (stateMask & SWT.ALT) != 0;
    }

    public boolean leftButton() {
        return button == 1;
    }

    public boolean rightButton() {
        return button == 3;
    }

    /** Whether the left button is held during a move. */
    public boolean dragging() {
        return (stateMask & SWT.BUTTON1) != 0;
    }
}
