package io.annolab.ui.explorer;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * Small filled squares in a label's colour, one image per colour, owned by the view that
 * created them (dispose with it: images are OS resources).
 */
public class ColorSwatches {

    private static final int SIZE = 14;
    private static final RGB FALLBACK = new RGB(128, 128, 128);

    private final Display display;
    private final Map<RGB, Image> images = new HashMap<>();

    public ColorSwatches(Display display) {
        this.display = display;
    }

    /** The swatch for a "#rrggbb" colour; unreadable colours get grey rather than an error. */
    public Image get(String hex) {
        return images.computeIfAbsent(parse(hex), this::draw);
    }

    public void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }

    static RGB parse(String hex) {
        if (hex == null || !hex.matches("#?[0-9a-fA-F]{6}")) {
            return FALLBACK;
        }
        int value = Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16);
        return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
    }

    private Image draw(RGB rgb) {
        Image image = new Image(display, SIZE, SIZE);
        GC gc = new GC(image);
        try {
            Color fill = new Color(rgb);
            gc.setBackground(fill);
            gc.fillRectangle(0, 0, SIZE, SIZE);
            gc.setForeground(display.getSystemColor(org.eclipse.swt.SWT.COLOR_WIDGET_DARK_SHADOW));
            gc.drawRectangle(0, 0, SIZE - 1, SIZE - 1);
        } finally {
            gc.dispose();
        }
        return image;
    }
}
