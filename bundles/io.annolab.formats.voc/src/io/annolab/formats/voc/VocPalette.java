package io.annolab.formats.voc;

/** The Pascal VOC colormap (Datumaro's {@code MaskCategories.generate}): index 0 is black, the background. */
final class VocPalette {

    private static final int[] COLORS = new int[256];

    static {
        for (int i = 0; i < COLORS.length; i++) {
            COLORS[i] = generate(i);
        }
    }

    private VocPalette() {
    }

    /** The colour of {@code index} as 0xRRGGBB: bit c of each 3-bit group of the index lands in channel c, high bits first. */
    static int color(int index) {
        return index >= 0 && index < COLORS.length ? COLORS[index] : generate(index);
    }

    private static int generate(int index) {
        int r = 0, g = 0, b = 0;
        int i = index;
        for (int j = 7; j >= 0; j--) {
            r |= (i & 1) << j;
            g |= ((i >> 1) & 1) << j;
            b |= ((i >> 2) & 1) << j;
            i >>= 3;
        }
        return r << 16 | g << 8 | b;
    }

    /** The index whose colour is {@code rgb}, or -1. */
    static int indexOf(int rgb) {
        for (int i = 0; i < COLORS.length; i++) {
            if (COLORS[i] == rgb) {
                return i;
            }
        }
        return -1;
    }
}
