package io.annolab.media.cv.api;

import io.annolab.media.api.DecodedImage;

/**
 * Histogram equalization of one frame's luminance as a table, for display: built from the frame's histogram in
 * one pass, then applied in place to that frame's pixels, whole or tile by tile, in either channel order.
 *
 * <p>In YCrCb every channel of BGR carries Y with weight 1, so replacing Y by its equalized value while keeping
 * Cr and Cb adds the same amount to B, G and R. The result matches {@link HistogramEqualization#equalized}
 * up to rounding, without copying pixels to native memory and back.
 */
public final class LuminanceEqualizer {

    // ITU-R BT.601 luma weights in 1/16384, as OpenCV's BGR2YCrCb
    private static final int WEIGHT_R = 4899;
    private static final int WEIGHT_G = 9617;
    private static final int WEIGHT_B = 1868;
    private static final int SHIFT = 14;

    /** Added to each channel of a pixel whose luma is the index. */
    private final int[] shiftByLuma;

    private LuminanceEqualizer(int[] shiftByLuma) {
        this.shiftByLuma = shiftByLuma;
    }

    /** The equalizer for {@code frame}'s histogram (a downscaled copy of the frame gives nearly the same). */
    public static LuminanceEqualizer of(DecodedImage frame) {
        long[] histogram = new long[256];
        byte[] bgr = frame.bgr();
        for (int i = 0; i < bgr.length; i += 3) {
            histogram[luma(bgr[i + 2] & 0xFF, bgr[i + 1] & 0xFF, bgr[i] & 0xFF)]++;
        }
        int[] equalized = equalizationTable(histogram);
        int[] shift = new int[256];
        for (int y = 0; y < 256; y++) {
            shift[y] = equalized[y] - y;
        }
        return new LuminanceEqualizer(shift);
    }

    /** A new equalized copy of {@code frame}. */
    public DecodedImage apply(DecodedImage frame) {
        byte[] copy = frame.bgr().clone();
        applyToBgr(copy);
        return new DecodedImage(frame.width(), frame.height(), copy);
    }

    /** Equalizes packed BGR bytes in place. */
    public void applyToBgr(byte[] bgr) {
        apply(bgr, 2, 0);
    }

    /** Equalizes packed RGB bytes in place (the canvas tiles' order). */
    public void applyToRgb(byte[] rgb) {
        apply(rgb, 0, 2);
    }

    private void apply(byte[] pixels, int redOffset, int blueOffset) {
        for (int i = 0; i + 2 < pixels.length; i += 3) {
            int r = pixels[i + redOffset] & 0xFF;
            int g = pixels[i + 1] & 0xFF;
            int b = pixels[i + blueOffset] & 0xFF;
            int shift = shiftByLuma[luma(r, g, b)];
            if (shift != 0) {
                pixels[i + redOffset] = (byte) byteRange(r + shift);
                pixels[i + 1] = (byte) byteRange(g + shift);
                pixels[i + blueOffset] = (byte) byteRange(b + shift);
            }
        }
    }

    /** OpenCV's equalizeHist table: the cumulative histogram above the darkest used level, scaled to 0..255. */
    private static int[] equalizationTable(long[] histogram) {
        int[] table = new int[256];
        int first = 0;
        while (first < 255 && histogram[first] == 0) {
            first++;
        }
        long total = 0;
        for (long count : histogram) {
            total += count;
        }
        if (histogram[first] == total) {
            // a single level: OpenCV leaves such an image unchanged
            for (int y = 0; y < 256; y++) {
                table[y] = y;
            }
            return table;
        }
        double scale = 255.0 / (total - histogram[first]);
        long sum = 0;
        for (int y = first + 1; y < 256; y++) {
            sum += histogram[y];
            table[y] = byteRange((int) Math.round(sum * scale));
        }
        return table;
    }

    private static int luma(int r, int g, int b) {
        return r * WEIGHT_R + g * WEIGHT_G + b * WEIGHT_B + (1 << SHIFT - 1) >> SHIFT;
    }

    private static int byteRange(int value) {
        return value < 0 ? 0 : value > 255 ? 255 : value;
    }
}
