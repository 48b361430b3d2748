package io.annolab.ui.canvas.api;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.internal.cairo.Cairo;

/**
 * Draws an image region onto a GC straight through cairo. SWT 3.133–3.135 on GTK reads every
 * image back into a Java ImageData on each {@code GC.drawImage} (only to learn its size), which
 * costs milliseconds per tile and per cached frame; the canvas draws tiles and its cached scene
 * many times a second. This does what drawImage does without the read-back, honours the GC's
 * transform, clipping, alpha and interpolation, and falls back to drawImage where the cairo
 * handles are not available.
 */
public final class ImageBlit {

    private static final boolean CAIRO = "gtk".equals(SWT.getPlatform());

    private ImageBlit() {
    }

    /** Draws the source rectangle of {@code image} into the destination rectangle (GC user space). */
    public static void draw(GC gc, Image image, int srcX, int srcY, int srcWidth, int srcHeight, double destX, double destY,
            double destWidth, double destHeight) {
        if (!CAIRO || gc.handle == 0 || image.surface == 0 || srcWidth <= 0 || srcHeight <= 0) {
            gc.drawImage(image, srcX, srcY, srcWidth, srcHeight, (int) Math.round(destX), (int) Math.round(destY),
                    (int) Math.round(destWidth), (int) Math.round(destHeight));
            return;
        }
        long cairo = gc.handle;
        Cairo.cairo_save(cairo);
        try {
            Cairo.cairo_rectangle(cairo, destX, destY, destWidth, destHeight);
            Cairo.cairo_clip(cairo);
            Cairo.cairo_translate(cairo, destX, destY);
            Cairo.cairo_scale(cairo, destWidth / srcWidth, destHeight / srcHeight);
            Cairo.cairo_translate(cairo, -srcX, -srcY);
            long pattern = Cairo.cairo_pattern_create_for_surface(image.surface);
            try {
                // PAD keeps scaled edges from fading to transparent, as SWT does
                Cairo.cairo_pattern_set_extend(pattern, Cairo.CAIRO_EXTEND_PAD);
                Cairo.cairo_pattern_set_filter(pattern, gc.getInterpolation() == SWT.NONE ? Cairo.CAIRO_FILTER_NEAREST
                        : Cairo.CAIRO_FILTER_BILINEAR);
                Cairo.cairo_set_source(cairo, pattern);
                int alpha = gc.getAlpha();
                if (alpha == 255) {
                    Cairo.cairo_paint(cairo);
                } else {
                    Cairo.cairo_paint_with_alpha(cairo, alpha / 255.0);
                }
            } finally {
                Cairo.cairo_pattern_destroy(pattern);
            }
        } finally {
            Cairo.cairo_restore(cairo);
        }
    }

    /** Draws the whole image unscaled with its top left corner at (x, y). */
    public static void draw(GC gc, Image image, int x, int y) {
        org.eclipse.swt.graphics.Rectangle size = image.getBounds();
        draw(gc, image, 0, 0, size.width, size.height, x, y, size.width, size.height);
    }
}
