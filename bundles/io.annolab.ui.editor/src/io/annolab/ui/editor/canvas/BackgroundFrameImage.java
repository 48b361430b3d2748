package io.annolab.ui.editor.canvas;

import java.util.concurrent.Callable;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.cv.api.LuminanceEqualizer;
import io.annolab.ui.canvas.api.ViewTransform;
import io.annolab.ui.tiles.ImageAdjustments;

/**
 * A frame decoded whole on a background thread (video frames, and stills the tile pyramid cannot
 * read). Its size is known before the pixels arrive, so shapes are drawn at once; the pixels
 * become one SWT image when they come, and only their visible part is drawn.
 */
final class BackgroundFrameImage implements FrameImage {

    private final int width;
    private final int height;
    private final Display display;
    private volatile Image image;
    private volatile String problem;
    private volatile boolean disposed;
    /** The decoded pixels as packed RGB (scanline pad 1), kept to redo the display settings. */
    private volatile ImageData original;
    private volatile CanvasSettings settings;
    private ImageAdjustments shownAdjustments;
    private boolean shownEqualized;

    BackgroundFrameImage(Display display, int width, int height, String what, Callable<ImageData> decode, Runnable repaint) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        this.display = display;
        Thread loader = new Thread(() -> {
            try {
                ImageData data = RgbPixels.of(decode.call());
                original = data;
                CanvasSettings wanted = settings;
                ImageData shown = adjusted(data, wanted); // off the UI thread: equalizing a 1080p frame takes milliseconds
                display.asyncExec(() -> {
                    if (!disposed) {
                        image = new Image(display, shown);
                        remember(wanted);
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

    /** The picture as shown: equalized and adjusted as the settings say (a copy; the original is kept). */
    private static ImageData adjusted(ImageData rgb, CanvasSettings wanted) {
        if (wanted == null || !wanted.equalize && wanted.adjustments.isNeutral()) {
            return rgb;
        }
        byte[] pixels = rgb.data.clone();
        if (wanted.equalize) {
            byte[] bgr = new byte[pixels.length];
            for (int i = 0; i + 2 < pixels.length; i += 3) {
                bgr[i] = pixels[i + 2];
                bgr[i + 1] = pixels[i + 1];
                bgr[i + 2] = pixels[i];
            }
            LuminanceEqualizer.of(new DecodedImage(rgb.width, rgb.height, bgr)).applyToRgb(pixels);
        }
        wanted.adjustments.applyTo(pixels);
        return new ImageData(rgb.width, rgb.height, 24, rgb.palette, 1, pixels);
    }

    private void remember(CanvasSettings wanted) {
        shownAdjustments = wanted == null ? ImageAdjustments.NEUTRAL : wanted.adjustments;
        shownEqualized = wanted != null && wanted.equalize;
    }

    @Override
    public void applySettings(CanvasSettings newSettings) {
        settings = newSettings;
        ImageData data = original;
        if (data == null || image == null || newSettings.adjustments.equals(shownAdjustments) && newSettings.equalize == shownEqualized) {
            return; // the loader applies them when the pixels arrive
        }
        Image old = image;
        image = new Image(display, adjusted(data, newSettings));
        remember(newSettings);
        old.dispose();
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
