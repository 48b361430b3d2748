package io.annolab.ui.shapes.polygon.tests;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/** Renders into an offscreen black 100×100 image and reads pixels back. */
final class Pixels {

    private final ImageData data;

    private Pixels(ImageData data) {
        this.data = data;
    }

    static Pixels render(Consumer<GC> painting) {
        Display display = Display.getDefault();
        Image image = new Image(display, 100, 100);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(0, 0, 100, 100);
            painting.accept(gc);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return new Pixels(data);
    }

    RGB at(int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }

    static final RGB RED = new RGB(255, 0, 0);
    static final RGB BLACK = new RGB(0, 0, 0);
}
