package io.annolab.ui.canvas.api;

import java.util.Optional;

import org.eclipse.swt.graphics.GC;

/**
 * One drawing gesture in progress, fed with canvas events in image coordinates. The canvas
 * routes mouse and key events here until {@link #isComplete()} (the tool decided it is done,
 * e.g. the 4th point of a by-4-points rectangle) or the user finishes ({@code N} or Done calls
 * {@link #finish()}) or cancels (Esc drops the drawing). Right click removes the last point.
 * A drawing only builds geometry; the editor turns the result into an undoable command.
 */
public interface Drawing {

    void mouseDown(PointerEvent event);

    void mouseMove(PointerEvent event);

    void mouseUp(PointerEvent event);

    /** Removes the last placed point (right click); returns false when nothing is left to remove. */
    boolean undoLastPoint();

    /** The user asked to finish (N or Done); the drawing completes if it has enough points. */
    void finish();

    boolean isComplete();

    /** The geometry drawn, once complete; empty when too little was drawn to make a shape. */
    Optional<ShapeGeometry> result();

    /** Draws the shape being made, including the rubber band to the cursor. */
    void renderPreview(GC gc, ViewTransform view, ShapeStyle style);

    /**
     * Switches the drawing method while drawing (the mask brush: brush, eraser, polygon add and
     * remove); gestures with a single method ignore it.
     */
    default void setMethod(String method) {
    }

    /** The brush size in image pixels, for gestures that paint; others ignore it. */
    default void setBrushSize(int pixels) {
    }

    /** The canvas is done with this drawing (finished, cancelled or replaced): release what it holds, e.g. native memory. */
    default void discard() {
    }

    /** A short hint for the status line, e.g. "Click the 3rd of 4 extreme points". */
    default String hint() {
        return "";
    }
}
