package io.annolab.ui.editor.canvas;

import java.util.concurrent.Callable;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

import io.annolab.media.api.DecodedImage;
import io.annolab.ui.canvas.api.ViewTransform;

/**
 * A frame decoded by JavaCV off the UI thread (video frames, and images SWT cannot read):
 * the decoder's BGR bytes become an SWT image once, when they arrive.
 */
final class DecodedFrameImage implements FrameImage {

    private final Display display;
    private final int width;
    private final int height;
    private volatile Image image;
    private volatile String problem;
    private volatile boolean disposed;

    DecodedFrameImage(Display display, int width, int height, String what, Callable<DecodedImage> decode, Runnable repaint) {
        this.display = display;
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        Thread loader = new Thread(() -> {
            try {
                ImageData data = toImageData(decode.call());
                display.asyncExec(() -> {
                    if (!disposed) {
                        image = new Image(display, data);
                        repaint.run();
                    }
                });
            } catch (Exception | Error e) {
                problem = "Cannot decode " + what + ": " + e.getMessage();
                display.asyncExec(repaint);
            }
        }, "Annolab frame decoder");
        loader.setDaemon(true);
        loader.start();
    }

    static ImageData toImageData(DecodedImage decoded) {
        // BGR bytes map directly onto a 24-bit direct palette with the masks in BGR order.
        ImageData data = new ImageData(decoded.width(), decoded.height(), 24, new PaletteData(0xFF, 0xFF00, 0xFF0000));
        int stride = decoded.width() * 3;
        for (int y = 0; y < decoded.height(); y++) {
            System.arraycopy(decoded.bgr(), y * stride, data.data, y * data.bytesPerLine, stride);
        }
        return data;
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
        Rectangle bounds = loaded.getBounds();
        Transform transform = ViewTransforms.toSwt(gc.getDevice(), view);
        try {
            gc.setTransform(transform);
            gc.drawImage(loaded, 0, 0, bounds.width, bounds.height, 0, 0, width, height);
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
