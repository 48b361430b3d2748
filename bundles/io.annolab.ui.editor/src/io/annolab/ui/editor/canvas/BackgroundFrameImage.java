package io.annolab.ui.editor.canvas;

import java.util.concurrent.Callable;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

import io.annolab.ui.canvas.api.ViewTransform;

/**
 * A frame decoded whole on a background thread (video frames, and stills the tile pyramid cannot
 * read). Its size is known before the pixels arrive, so shapes are drawn at once; the pixels
 * become one SWT image when they come, and only their visible part is drawn.
 */
final class BackgroundFrameImage implements FrameImage {

    private final int width;
    private final int height;
    private volatile Image image;
    private volatile String problem;
    private volatile boolean disposed;

    BackgroundFrameImage(Display display, int width, int height, String what, Callable<ImageData> decode, Runnable repaint) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        Thread loader = new Thread(() -> {
            try {
                ImageData data = decode.call();
                display.asyncExec(() -> {
                    if (!disposed) {
                        image = new Image(display, data);
                        repaint.run();
                    }
                });
            } catch (Exception | Error e) {
                problem = "Cannot decode " + what + " (" + e.getMessage() + "). Check the file, or replace it in the task's media folder.";
                display.asyncExec(repaint);
            }
        }, "Annolab frame decoder");
        loader.setDaemon(true);
        loader.start();
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public boolean paint(GC gc, ViewTransform view, Rectangle clientArea) {
        Image loaded = image;
        if (loaded == null) {
            return false;
        }
        double[] area = ViewTransforms.visibleImageArea(view, clientArea);
        int x0 = (int) Math.max(0, Math.floor(area[0])), y0 = (int) Math.max(0, Math.floor(area[1]));
        int x1 = (int) Math.min(width, Math.ceil(area[2])), y1 = (int) Math.min(height, Math.ceil(area[3]));
        if (x1 <= x0 || y1 <= y0) {
            return true;
        }
        // The decoded picture may differ in size from the media's declared size; scale source pixels to frame pixels.
        Rectangle bounds = loaded.getBounds();
        double sx = (double) bounds.width / width, sy = (double) bounds.height / height;
        Transform transform = ViewTransforms.toSwt(gc.getDevice(), view);
        try {
            gc.setTransform(transform);
            io.annolab.ui.canvas.api.ImageBlit.draw(gc, loaded, (int) (x0 * sx), (int) (y0 * sy), Math.max(1, (int) ((x1 - x0) * sx)), Math.max(1, (int) ((y1 - y0) * sy)), x0,
                    y0, x1 - x0, y1 - y0);
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
        return true;
    }

    @Override
    public boolean ready() {
        return image != null;
    }

    @Override
    public String problem() {
        return problem;
    }

    @Override
    public void dispose() {
        disposed = true;
        if (image != null) {
            image.dispose();
        }
    }
}
