package io.annolab.media.api;

import java.util.Arrays;

/**
 * A decoded picture as packed 8-bit BGR bytes, row-major, three bytes per pixel and no row padding.
 * BGR is OpenCV's and FFmpeg's native order, so no channel swap is needed between decoding and use.
 */
public record DecodedImage(int width, int height, byte[] bgr) {

    public DecodedImage {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Image size must be positive, was " + width + "x" + height);
        }
        if (bgr.length != width * height * 3) {
            throw new IllegalArgumentException("Expected " + width * height * 3 + " BGR bytes for " + width + "x"
                    + height + ", got " + bgr.length);
        }
    }

    /** The pixel at (x, y) as 0xRRGGBB. */
    public int rgbAt(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("Pixel (" + x + ", " + y + ") outside " + width + "x" + height);
        }
        int i = (y * width + x) * 3;
        return (bgr[i + 2] & 0xFF) << 16 | (bgr[i + 1] & 0xFF) << 8 | (bgr[i] & 0xFF);
    }

    /** Pixels compare by content: two decodes of the same frame are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DecodedImage o && o.width == width && o.height == height && Arrays.equals(o.bgr, bgr);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(bgr);
    }

    @Override
    public String toString() {
        return "DecodedImage[" + width + "x" + height + " BGR]";
    }
}
