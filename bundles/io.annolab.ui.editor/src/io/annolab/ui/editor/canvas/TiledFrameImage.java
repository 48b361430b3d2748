package io.annolab.ui.editor.canvas;

import java.nio.file.Path;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import io.annolab.core.api.AnnolabException;
import io.annolab.ui.canvas.api.ViewTransform;
import io.annolab.ui.tiles.TiledImageLayer;

/**
 * A still image drawn from the tiles of a pyramid built in the background: it opens at once
 * whatever its size, shows a coarse level first, and draws only the tiles on screen.
 */
final class TiledFrameImage implements FrameImage {

    private final TiledImageLayer layer;

    TiledFrameImage(Display display, Path file, Runnable repaint) throws AnnolabException {
        layer = new TiledImageLayer(display, file, repaint);
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
    }

    @Override
    public void dispose() {
        layer.dispose();
    }
}
