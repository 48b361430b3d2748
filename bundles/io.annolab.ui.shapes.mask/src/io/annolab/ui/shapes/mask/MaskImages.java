package io.annolab.ui.shapes.mask;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Transform;

import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;
import io.annolab.ui.canvas.api.ViewTransform;

/**
 * Mask pixels as SWT images: an 8-bit one-colour image whose alpha channel is the mask, built
 * once per mask (and colour and opacity) and kept while the mask value lives, so a repaint only
 * scales a ready image. The outline is traced once, on first selection.
 */
final class MaskImages {

    private static final class Entry {
        final int rgb;
        final int alpha;
        final ImageData data;
        List<Coordinates> outline; // relative to the mask box, traced on demand

        Entry(int rgb, int alpha, ImageData data) {
            this.rgb = rgb;
            this.alpha = alpha;
            this.data = data;
        }
    }

    private static final Map<MaskRle, Entry> CACHE = new WeakHashMap<>();

    private MaskImages() {
    }

    private static Entry entry(MaskRle mask, int rgb, int alpha) {
        synchronized (CACHE) {
            Entry entry = CACHE.get(mask);
            if (entry == null || entry.rgb != rgb || entry.alpha != alpha) {
                entry = new Entry(rgb, alpha, imageData(mask, rgb, alpha));
                CACHE.put(mask, entry);
            }
            return entry;
        }
    }

    static ImageData imageData(MaskRle mask, int rgb, int alpha) {
        ImageData data = new ImageData(Math.max(1, mask.width()), Math.max(1, mask.height()), 8,
                new PaletteData(new RGB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF)));
        // Every pixel is palette entry 0 (the colour); the mask lives in the alpha bytes, filled run by run.
        byte[] alphaData = new byte[data.width * data.height];
        int position = 0;
        int[] runs = mask.runs();
        for (int i = 0; i < runs.length; i++) {
            if ((i & 1) == 1) {
                Arrays.fill(alphaData, position, position + runs[i], (byte) alpha);
            }
            position += runs[i];
        }
        data.alphaData = alphaData;
        return data;
    }

    /** Whether the mask has a pixel at (x, y) of its box, read from the cached alpha bytes of whichever colour it was drawn in. */
    static boolean pixel(MaskRle mask, int x, int y) {
        Entry entry;
        synchronized (CACHE) {
            entry = CACHE.get(mask);
        }
        if (entry == null) {
            entry = entry(mask, 0, 1); // not drawn yet; any colour will do for the alpha bytes
        }
        return x >= 0 && y >= 0 && x < mask.width() && y < mask.height() && entry.data.alphaData[y * mask.width() + x] != 0;
    }

    static List<Coordinates> outline(MaskRle mask, int rgb, int alpha) {
        Entry entry = entry(mask, rgb, alpha);
        synchronized (entry) {
            if (entry.outline == null) {
                entry.outline = MaskConversions.maskToPolygons(new MaskBox(0, 0, mask), 0);
            }
            return entry.outline;
        }
    }

    /** Draws the mask whose box starts at image pixel (left, top). */
    static void draw(GC gc, MaskRle mask, int left, int top, int rgb, int alpha, ViewTransform view) {
        draw(gc, entry(mask, rgb, alpha).data, left, top, view);
    }

    static void draw(GC gc, ImageData data, int left, int top, ViewTransform view) {
        Image image = new Image(gc.getDevice(), data);
        try {
            if (view.quarterTurns() == 0) {
                int x0 = view.viewX(left, top), y0 = view.viewY(left, top);
                int x1 = view.viewX(left + data.width, top + data.height), y1 = view.viewY(left + data.width, top + data.height);
                io.annolab.ui.canvas.api.ImageBlit.draw(gc, image, 0, 0, data.width, data.height, x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
            } else {
                // The box's top-left corner stays its anchor; the image's axes turn with the view.
                Transform transform = new Transform(gc.getDevice());
                try {
                    transform.translate((float) view.viewXd(left, top), (float) view.viewYd(left, top));
                    transform.rotate(view.turnDegrees());
                    transform.scale((float) view.scale(), (float) view.scale());
                    gc.setTransform(transform);
                    io.annolab.ui.canvas.api.ImageBlit.draw(gc, image, 0, 0);
                } finally {
                    gc.setTransform(null);
                    transform.dispose();
                }
            }
        } finally {
            image.dispose();
        }
    }
}
