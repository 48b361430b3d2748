package io.annolab.ui.explorer;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import io.annolab.model.JobState;

/**
 * Small drawn icons for the explorer's non-label nodes (no image files to ship or theme). A job's
 * dot has its state's colour, so progress can be read at a glance. Dispose with the view.
 */
public class ExplorerIcons {

    private static final int SIZE = 16;

    private final Display display;
    private final Map<String, Image> images = new HashMap<>();

    public ExplorerIcons(Display display) {
        this.display = display;
    }

    public Image project() {
        return icon("project", gc -> {
            fill(gc, 0x3b5b92, () -> gc.fillRoundRectangle(1, 2, 14, 12, 4, 4));
            fill(gc, 0xffffff, () -> gc.fillRectangle(4, 5, 8, 2));
            fill(gc, 0xffffff, () -> gc.fillRectangle(4, 9, 5, 2));
        });
    }

    public Image folder() {
        return icon("folder", gc -> {
            fill(gc, 0xc99a2e, () -> gc.fillRectangle(1, 3, 6, 3));
            fill(gc, 0xe3b341, () -> gc.fillRectangle(1, 5, 14, 9));
        });
    }

    public Image task() {
        return icon("task", gc -> {
            for (int i = 2; i >= 0; i--) {
                int offset = i * 2;
                fill(gc, i == 0 ? 0x5f6b7a : 0xa7b0bb, () -> gc.fillRectangle(1 + offset, 5 - offset, 10, 8));
            }
        });
    }

    public Image job(JobState state) {
        int rgb = switch (state) {
            case NEW -> 0x9aa0a6;
            case IN_PROGRESS -> 0x2f7de1;
            case REJECTED -> 0xd93025;
            case COMPLETED -> 0x1e8e3e;
        };
        return icon("job-" + state, gc -> fill(gc, rgb, () -> gc.fillOval(3, 3, 10, 10)));
    }

    /** A job whose file could not be read: a red square with a white bar. */
    public Image broken() {
        return icon("broken", gc -> {
            fill(gc, 0xc5221f, () -> gc.fillRectangle(3, 3, 10, 10));
            fill(gc, 0xffffff, () -> gc.fillRectangle(5, 7, 6, 2));
        });
    }

    public void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }

    private Image icon(String key, Consumer<GC> painter) {
        return images.computeIfAbsent(key, k -> draw(painter));
    }

    /** Draws on a transparent 16×16 image (transparent background via an alpha channel). */
    private Image draw(Consumer<GC> painter) {
        Image canvas = new Image(display, SIZE, SIZE);
        GC gc = new GC(canvas);
        gc.setAntialias(SWT.OFF); // crisp edges: antialiasing would blend the transparent colour into them
        gc.setBackground(display.getSystemColor(SWT.COLOR_MAGENTA));
        gc.fillRectangle(0, 0, SIZE, SIZE);
        painter.accept(gc);
        gc.dispose();
        ImageData data = canvas.getImageData();
        canvas.dispose();
        data.transparentPixel = data.palette.getPixel(new RGB(255, 0, 255));
        return new Image(display, data);
    }

    private static void fill(GC gc, int rgb, Runnable shape) {
        gc.setBackground(new Color(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
        shape.run();
    }
}
