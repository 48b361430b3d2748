package io.annolab.ui.editor.canvas;

import java.nio.file.Path;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

import io.annolab.core.api.image.ImageHeaders;
import io.annolab.core.api.image.ImageSize;
import io.annolab.ui.canvas.api.ViewTransform;

/**
 * A frame decoded whole by SWT on a background thread: the simple picture for ordinary photos.
 * Its size comes from the file header at once, so shapes can be drawn before the pixels arrive.
 */
public final class SwtFrameImage implements FrameImage {

    private final Display display;
    private final int width;
    private final int height;
    private volatile Image image;
    private volatile String problem;
    private volatile boolean disposed;

    public SwtFrameImage(Display display, Path file, int knownWidth, int knownHeight, Runnable repaint) {
        this.display = display;
        int w = knownWidth, h = knownHeight;
        if (w <= 0 || h <= 0) {
            try {
                ImageSize size = ImageHeaders.readSize(file);
                w = size.width();
                h = size.height();
            } catch (Exception e) {
                problem = "Cannot read " + file + ": " + e.getMessage();
            }
        }
        this.width = Math.max(1, w);
        this.height = Math.max(1, h);
        Thread loader = new Thread(() -> load(file, repaint), "Annolab frame loader");
        loader.setDaemon(true);
        loader.start();
    }

    private void load(Path file, Runnable repaint) {
        try {
            ImageData data = new ImageData(file.toString());
            display.asyncExec(() -> {
                if (!disposed) {
                    image = new Image(display, data);
                    repaint.run();
                }
            });
        } catch (Exception | Error e) {
            problem = "Cannot decode " + file + " (" + e.getMessage() + "). Check the file, or replace it in the task's media folder.";
            display.asyncExec(repaint);
        }
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
        double[] area = ViewTransforms.visibleImageArea(view, clientArea.width, clientArea.height);
        Rectangle bounds = loaded.getBounds();
        int x0 = (int) Math.max(0, Math.floor(area[0])), y0 = (int) Math.max(0, Math.floor(area[1]));
        int x1 = (int) Math.min(bounds.width, Math.ceil(area[2])), y1 = (int) Math.min(bounds.height, Math.ceil(area[3]));
        if (x1 <= x0 || y1 <= y0) {
            return true;
        }
        Transform transform = ViewTransforms.toSwt(gc.getDevice(), view);
        try {
            gc.setTransform(transform);
            gc.drawImage(loaded, x0, y0, x1 - x0, y1 - y0, x0, y0, x1 - x0, y1 - y0);
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
