package io.annolab.ui.editor.canvas;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/** Any SWT image data as packed 8-bit RGB without scanline padding, the layout the display filters work on. */
final class RgbPixels {

    static final PaletteData RGB_PALETTE = new PaletteData(0xFF0000, 0xFF00, 0xFF);

    private RgbPixels() {
    }

    static ImageData of(ImageData data) {
        if (data.depth == 24 && data.scanlinePad == 1 && data.palette.isDirect && data.palette.redMask == 0xFF0000
                && data.palette.greenMask == 0xFF00 && data.palette.blueMask == 0xFF && data.bytesPerLine == data.width * 3) {
            return data;
        }
        byte[] rgb = new byte[data.width * data.height * 3];
        int[] row = new int[data.width];
        int at = 0;
        for (int y = 0; y < data.height; y++) {
            data.getPixels(0, y, data.width, row, 0);
            for (int x = 0; x < data.width; x++) {
                RGB colour = data.palette.getRGB(row[x]);
                rgb[at++] = (byte) colour.red;
                rgb[at++] = (byte) colour.green;
                rgb[at++] = (byte) colour.blue;
            }
        }
        return new ImageData(data.width, data.height, 24, RGB_PALETTE, 1, rgb);
    }
}
