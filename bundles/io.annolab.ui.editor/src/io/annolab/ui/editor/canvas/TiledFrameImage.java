package io.annolab.ui.editor.canvas;

import java.nio.file.Path;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import io.annolab.core.api.AnnolabException;
import io.annolab.ui.canvas.api.ViewTransform;
import io.annolab.media.api.DecodedImage;
import io.annolab.media.cv.api.LuminanceEqualizer;
import io.annolab.media.pyramid.TilePixels;
import io.annolab.ui.tiles.TiledImageLayer;

/**
 * A still image drawn from the tiles of a pyramid built in the background: it opens at once
 * whatever its size, shows a coarse level first, and draws only the tiles on screen.
 */
final class TiledFrameImage implements FrameImage {

    /** Not final: the layer's own repaint callback, made before it, reads it (after construction). */
    private TiledImageLayer layer;

    private boolean equalize;
    private java.util.function.Consumer<byte[]> equalizer;

    TiledFrameImage(Display display, Path file, Runnable repaint) throws AnnolabException {
        layer = new TiledImageLayer(display, file, () -> {
            if (equalize && equalizer == null && layer != null) {
                layer.setPixelFilter(equalizer()); // the overview arrived: equalize from now on
            }
            repaint.run();
        });
    }

    @Override
    public int width() {
        return layer.width();
    }

    @Override
    public int height() {
        return layer.height();
    }

    @Override
    public boolean paint(GC gc, ViewTransform view, Rectangle clientArea) {
        return layer.paint(gc, view, clientArea);
    }

    @Override
    public boolean ready() {
        return !layer.isDisposed() && layer.pyramid().bestAvailableLevel(1) >= 0;
    }

    @Override
    public String problem() {
        AnnolabException failure = layer.failure();
        return failure == null ? null : failure.getMessage();
    }

    @Override
    public void applySettings(CanvasSettings settings) {
        layer.setSmooth(settings.smooth);
        if (!settings.adjustments.equals(layer.adjustments())) {
            layer.setAdjustments(settings.adjustments);
        }
        equalize = settings.equalize;
        layer.setPixelFilter(equalize ? equalizer() : null);
    }

    /**
     * Equalizes every tile with one table made from the whole image's coarsest level, so tiles
     * agree with each other; until that level exists tiles are shown as they are.
     */
    private java.util.function.Consumer<byte[]> equalizer() {
        if (equalizer == null) {
            TilePixels overview = layer.overview();
            if (overview == null) {
                return null;
            }
            byte[] rgb = overview.rgb();
            byte[] bgr = new byte[rgb.length];
            for (int i = 0; i + 2 < rgb.length; i += 3) {
                bgr[i] = rgb[i + 2];
                bgr[i + 1] = rgb[i + 1];
                bgr[i + 2] = rgb[i];
            }
            LuminanceEqualizer table = LuminanceEqualizer.of(new DecodedImage(overview.width(), overview.height(), bgr));
            equalizer = table::applyToRgb;
        }
        return equalizer;
    }

    @Override
    public void dispose() {
        layer.dispose();
    }
}
