package io.annolab.ui.editor.canvas;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

import io.annolab.ui.canvas.api.ViewTransform;

/** The grid overlay of the image settings: lines every {@code gridSize} image pixels. */
final class CanvasGrid {

    private CanvasGrid() {
    }

    static void paint(GC gc, ViewTransform view, double[] visible, CanvasSettings settings) {
        int size = Math.max(1, settings.gridSize);
        if (size * view.scale() < 4) {
            return; // denser than every 4 screen pixels is a grey wash, not a grid
        }
        Color color = new Color(gc.getDevice(), (settings.gridRgb >> 16) & 0xFF, (settings.gridRgb >> 8) & 0xFF, settings.gridRgb & 0xFF);
        gc.setForeground(color);
        gc.setAlpha(settings.gridOpacity * 255 / 100);
        gc.setLineWidth(1);
        double maxX = Math.min(visible[2], view.imageWidth()), maxY = Math.min(visible[3], view.imageHeight());
        double minX = Math.max(0, visible[0]), minY = Math.max(0, visible[1]);
        for (double x = Math.ceil(minX / size) * size; x <= maxX; x += size) {
            gc.drawLine(view.viewX(x, minY), view.viewY(x, minY), view.viewX(x, maxY), view.viewY(x, maxY));
        }
        for (double y = Math.ceil(minY / size) * size; y <= maxY; y += size) {
            gc.drawLine(view.viewX(minX, y), view.viewY(minX, y), view.viewX(maxX, y), view.viewY(maxX, y));
        }
        gc.setAlpha(255);
    }
}
