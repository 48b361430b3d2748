package io.annolab.ui.editor.canvas;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

import io.annolab.ui.canvas.api.ViewTransform;

/**
 * The picture under the annotations. Implementations load pixels off the UI thread and ask for
 * a repaint when more arrive; {@link #paint} never blocks.
 */
public interface FrameImage {

    int width();

    int height();

    /**
     * Draws what is loaded of the part of the picture under {@code clientArea} (the whole canvas,
     * or the strip a pan uncovered); returns true when that drawing is final for this
     * view (false while pixels or finer levels are still coming: the canvas then draws again).
     */
    boolean paint(GC gc, ViewTransform view, Rectangle clientArea);

    /** Applies the display settings (smoothing, colour adjustments) where the picture supports them. */
    default void applySettings(CanvasSettings settings) {
    }

    /** Whether the pixels of the frame are loaded (at some resolution). */
    boolean ready();

    /** A one-line problem to show instead of the picture, or null. */
    default String problem() {
        return null;
    }

    void dispose();
}
