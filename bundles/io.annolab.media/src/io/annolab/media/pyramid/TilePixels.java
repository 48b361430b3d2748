package io.annolab.media.pyramid;

/**
 * One tile of a pyramid level as packed 8-bit RGB bytes (R, G, B per pixel, row-major, no padding): the byte
 * order of an SWT 24-bit direct palette, so a UI can wrap the array without reordering. {@code preview} marks
 * tiles of a level that came from the fast reduced decode and will be replaced by the exact one.
 */
public record TilePixels(int width, int height, byte[] rgb, boolean preview) {

    public TilePixels {
        if (width <= 0 || height <= 0 || rgb.length != width * height * 3) {
            throw new IllegalArgumentException("A " + width + "x" + height + " tile needs " + width * height * 3
                    + " RGB bytes, got " + rgb.length);
        }
    }

    /** The pixel at (x, y) of the tile as 0xRRGGBB. */
    public int rgbAt(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("Pixel (" + x + ", " + y + ") outside the " + width + "x" + height
                    + " tile");
        }
        int i = (y * width + x) * 3;
        return (rgb[i] & 0xFF) << 16 | (rgb[i + 1] & 0xFF) << 8 | rgb[i + 2] & 0xFF;
    }
}
