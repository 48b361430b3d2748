package io.annolab.formats.datumaro;

import java.util.Arrays;

import io.annolab.model.values.MaskRle;

/**
 * COCO's run-length encoding as Datumaro stores it: runs over the whole image in column-major
 * order starting with a 0-run, written as pycocotools' compressed counts string (5-bit groups,
 * deltas against the run two back). A bit-exact port of {@code rleToString}/{@code rleFrString}.
 */
final class CocoRle {

    private CocoRle() {
    }

    /** Decodes a compressed counts string; throws IllegalArgumentException on a malformed one. */
    static int[] decodeCounts(String text) {
        int[] counts = new int[Math.max(4, text.length())];
        int m = 0;
        int p = 0;
        while (p < text.length()) {
            long x = 0;
            int k = 0;
            boolean more = true;
            while (more) {
                if (p >= text.length()) {
                    throw new IllegalArgumentException("the RLE counts string ends inside a number");
                }
                int c = text.charAt(p) - 48;
                if (c < 0 || c > 63) {
                    throw new IllegalArgumentException("the RLE counts string has an invalid character '" + text.charAt(p) + "'");
                }
                if (k > 6) {
                    throw new IllegalArgumentException("the RLE counts string has a number too long to be a run");
                }
                x |= (long) (c & 0x1f) << (5 * k);
                more = (c & 0x20) != 0;
                p++;
                k++;
                if (!more && (c & 0x10) != 0) {
                    x |= -1L << (5 * k);
                }
            }
            if (m > 2) {
                x += counts[m - 2];
            }
            if (x < 0 || x > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("the RLE counts string has an impossible run length " + x);
            }
            if (m == counts.length) {
                counts = Arrays.copyOf(counts, counts.length * 2);
            }
            counts[m++] = (int) x;
        }
        return Arrays.copyOf(counts, m);
    }

    static String encodeCounts(int[] counts) {
        StringBuilder text = new StringBuilder(counts.length * 2);
        for (int i = 0; i < counts.length; i++) {
            long x = counts[i];
            if (i > 2) {
                x -= counts[i - 2];
            }
            boolean more = true;
            while (more) {
                long c = x & 0x1f;
                x >>= 5;
                more = (c & 0x10) != 0 ? x != -1 : x != 0;
                if (more) {
                    c |= 0x20;
                }
                text.append((char) (c + 48));
            }
        }
        return text.toString();
    }

    /**
     * The mask over the whole {@code width} x {@code height} image, as our row-major runs (the
     * mask's box is the whole image, so nothing about the original canvas is lost).
     */
    static MaskRle toMask(int width, int height, int[] counts) {
        long total = 0;
        for (int count : counts) {
            total += count;
        }
        if (total != (long) width * height) {
            throw new IllegalArgumentException("the RLE runs cover " + total + " pixels, but its size is " + height + "x" + width
                    + " (h x w)");
        }
        boolean[] pixels = new boolean[width * height];
        int position = 0;
        for (int i = 0; i < counts.length; i++) {
            if ((i & 1) == 1) {
                for (int p = position, end = position + counts[i]; p < end; p++) {
                    pixels[(p % height) * width + p / height] = true; // column-major -> row-major
                }
            }
            position += counts[i];
        }
        return MaskRle.encode(width, height, pixels);
    }

    /**
     * The counts of {@code mask}, whose box starts at ({@code left}, {@code top}), placed on a
     * {@code width} x {@code height} image. Returns the number of set pixels that fell outside.
     */
    static int[] fromMask(MaskRle mask, int left, int top, int width, int height, int[] clipped) {
        boolean[] canvas = new boolean[width * height]; // column-major
        boolean[] pixels = mask.decode();
        int outside = 0;
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                if (pixels[y * mask.width() + x]) {
                    int cx = left + x, cy = top + y;
                    if (cx < 0 || cy < 0 || cx >= width || cy >= height) {
                        outside++;
                    } else {
                        canvas[cx * height + cy] = true;
                    }
                }
            }
        }
        clipped[0] = outside;
        int[] runs = new int[canvas.length + 1];
        int count = 0;
        boolean current = false;
        int length = 0;
        for (boolean pixel : canvas) {
            if (pixel != current) {
                runs[count++] = length;
                current = pixel;
                length = 0;
            }
            length++;
        }
        if (length > 0 || count == 0) {
            runs[count++] = length;
        }
        return Arrays.copyOf(runs, count);
    }
}
