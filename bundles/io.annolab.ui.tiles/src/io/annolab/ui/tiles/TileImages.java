package io.annolab.ui.tiles;

import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

import io.annolab.media.pyramid.TilePixels;

/** Tile pixels to SWT images. Safe off the UI thread: an image from ImageData is only a cairo surface on GTK. */
final class TileImages {

    /** SWT's 24-bit direct palette reads R, G, B from the top byte down: the order tiles come in. */
    private static final PaletteData RGB = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);

    private TileImages() {
    }

    static Image toImage(Device device, TilePixels tile, java.util.function.Consumer<byte[]> filter, ImageAdjustments adjustments) {
        byte[] rgb = tile.rgb(); // each cut is a fresh array, so adjusting it in place is fine
        if (filter != null) {
            filter.accept(rgb);
        }
        adjustments.applyTo(rgb);
        return new Image(device, new ImageData(tile.width(), tile.height(), 24, RGB, 1, rgb));
    }
}
