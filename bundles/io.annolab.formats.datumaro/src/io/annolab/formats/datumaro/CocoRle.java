package io.annolab.formats.datumaro;

import java.util.Arrays;

import io.annolab.core.api.mask.CocoRleStrings;
import io.annolab.core.api.mask.ImageRle;
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
     * The mask over the whole {@code width} x {@code height} image, kept in COCO's order (the
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
     * {@code width} x {@code height} image. Puts the number of set pixels that fell outside in
     * {@code clipped[0]}.
     */
    static int[] fromMask(MaskRle mask, int left, int top, int width, int height, int[] clipped) {
        clipped[0] = (int) Math.min(Integer.MAX_VALUE, ImageRle.pixelsOutside(left, top, mask, height, width));
        return ImageRle.fromMask(left, top, mask, height, width);
    }
}
