package io.annolab.core.api.mask;

import java.util.Arrays;

/**
 * pycocotools' compressed RLE counts string, bit-exact ({@code rleFrString} / {@code rleToString}):
 * 6 bits a character from '0', 5 of them payload, sign-extended, and each run after the third
 * stored as the difference to the run two back. Shared by every format that stores COCO RLE
 * (COCO, Datumaro).
 */
public final class CocoRleStrings {

    private CocoRleStrings() {
    }

    /** Decodes a counts string; throws IllegalArgumentException, saying what is wrong, on a malformed one. */
    public static int[] decode(String text) {
        int[] counts = new int[Math.max(4, text.length())];
        int m = 0;
        int p = 0;
        while (p < text.length()) {
            long x = 0;
            int k = 0;
            boolean more = true;
            while (more) {
                if (p >= text.length()) {
                    throw new IllegalArgumentException("the compressed RLE string ends in the middle of a number");
                }
                int c = text.charAt(p) - 48;
                if (c < 0 || c > 63) {
                    throw new IllegalArgumentException("the compressed RLE string has a character outside '0'..'o' at " + p);
                }
                if (k > 6) {
                    throw new IllegalArgumentException("the compressed RLE string has a number too long to be a run");
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
                throw new IllegalArgumentException("the compressed RLE string holds a run of " + x + " pixels");
            }
            if (m == counts.length) {
                counts = Arrays.copyOf(counts, counts.length * 2);
            }
            counts[m++] = (int) x;
        }
        return Arrays.copyOf(counts, m);
    }

    /** Encodes counts as a compressed string. */
    public static String encode(int[] counts) {
        StringBuilder text = new StringBuilder(counts.length * 2);
        for (int i = 0; i < counts.length; i++) {
            long x = counts[i];
            if (i > 2) {
                x -= counts[i - 2];
            }
            boolean more = true;
            while (more) {
                int c = (int) (x & 0x1f);
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
}
