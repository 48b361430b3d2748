package io.annolab.formats.datumaro;

import java.util.Arrays;

import io.annolab.core.api.mask.CocoRleStrings;
import io.annolab.model.values.MaskRle;

/**
 * COCO's run-length encoding as Datumaro stores it: runs over the whole image in column-major
 * order starting with a 0-run, written as pycocotools' compressed counts string
 * ({@link CocoRleStrings}).
 */
final class CocoRle {

    private CocoRle() {
    }

    static int[] decodeCounts(String text) {
        return CocoRleStrings.decode(text);
    }

    static String encodeCounts(int[] counts) {
        return CocoRleStrings.encode(counts);
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
        // Kept in COCO's column-major order: nothing is decoded, and writing it back costs nothing.
        return MaskRle.ofColumnMajor(width, height, counts);
    }

    /**
     * The counts of {@code mask}, whose box starts at ({@code left}, {@code top}), placed on a
     * {@code width} x {@code height} image. Returns the number of set pixels that fell outside.
     */
    static int[] fromMask(MaskRle mask, int left, int top, int width, int height, int[] clipped) {
        if (left == 0 && top == 0 && mask.width() == width && mask.height() == height) {
            clipped[0] = 0;
            return mask.columnMajorRuns(); // the mask covers the image exactly: its column runs are the counts
        }
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
