package io.annolab.model.values;

import java.util.Arrays;

/**
 * A binary mask over its own bounding box, run-length encoded row by row, CVAT style: runs
 * alternate between 0 and 1 starting with 0 (a leading run may be 0 long). Pixels are decoded
 * only to draw or to convert. Immutable.
 */
public final class MaskRle {

    private final int width;
    private final int height;
    private final int[] runs;

    private MaskRle(int width, int height, int[] runs) {
        this.width = width;
        this.height = height;
        this.runs = runs;
    }

    public static MaskRle of(int width, int height, int... runs) {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("mask size must not be negative: " + width + "x" + height);
        }
        long total = 0;
        for (int run : runs) {
            if (run < 0) {
                throw new IllegalArgumentException("mask run lengths must not be negative");
            }
            total += run;
        }
        if (total != (long) width * height) {
            throw new IllegalArgumentException("mask runs cover " + total + " pixels, but the mask is " + width + "x" + height);
        }
        return new MaskRle(width, height, runs.clone());
    }

    /** Encodes a row-major bitmap of {@code width * height} booleans. */
    public static MaskRle encode(int width, int height, boolean[] pixels) {
        int[] runs = new int[Math.max(1, pixels.length + 1)];
        int count = 0;
        boolean current = false;
        int length = 0;
        for (boolean pixel : pixels) {
            if (pixel != current) {
                runs[count++] = length;
                current = pixel;
                length = 0;
            }
            length++;
        }
        runs[count++] = length;
        return new MaskRle(width, height, Arrays.copyOf(runs, count));
    }

    /** Parses {@code "W H r0, r1, r2, ..."}. */
    public static MaskRle valueOf(String text) {
        String[] parts = text.trim().split("[,\\s]+");
        if (parts.length < 2) {
            throw new IllegalArgumentException("a mask needs a width and a height: '" + text + "'");
        }
        int[] runs = new int[parts.length - 2];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = Integer.parseInt(parts[i + 2]);
        }
        return of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), runs);
    }

    public boolean[] decode() {
        boolean[] pixels = new boolean[width * height];
        int position = 0;
        boolean value = false;
        for (int run : runs) {
            if (value) {
                Arrays.fill(pixels, position, position + run, true);
            }
            position += run;
            value = !value;
        }
        return pixels;
    }

    /** Number of set pixels, without decoding. */
    public long area() {
        long area = 0;
        for (int i = 1; i < runs.length; i += 2) {
            area += runs[i];
        }
        return area;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int[] runs() {
        return runs.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MaskRle m && width == m.width && height == m.height && Arrays.equals(runs, m.runs);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(runs);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(runs.length * 4 + 12).append(width).append(' ').append(height);
        for (int run : runs) {
            text.append(' ').append(run);
        }
        return text.toString();
    }
}
