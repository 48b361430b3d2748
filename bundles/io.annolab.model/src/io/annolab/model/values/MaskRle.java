package io.annolab.model.values;

import java.util.Arrays;

/**
 * A binary mask over its own bounding box, run-length encoded: runs alternate between 0 and 1
 * starting with 0 (a leading run may be 0 long). Pixels are decoded only to draw or to convert.
 * Immutable.
 * <p>
 * The runs scan the box row by row (CVAT's order) unless the mask was made with
 * {@link #ofColumnMajor}, which keeps COCO's column-by-column order as read, so that a mask read
 * from COCO and written to COCO (or Datumaro) is never transposed. {@link #runs()} and
 * {@link #columnMajorRuns()} give either order; equality does not depend on the order kept.
 */
public final class MaskRle {

    private final int width;
    private final int height;
    private final int[] runs;
    private final boolean columnMajor;

    private MaskRle(int width, int height, int[] runs, boolean columnMajor) {
        this.width = width;
        this.height = height;
        this.runs = runs;
        this.columnMajor = columnMajor;
    }

    /** Row-major runs over a width × height box. */
    public static MaskRle of(int width, int height, int... runs) {
        return new MaskRle(width, height, checked(width, height, runs), false);
    }

    /** Column-major runs over a width × height box (COCO's scan order, here over the box only). */
    public static MaskRle ofColumnMajor(int width, int height, int... runs) {
        return new MaskRle(width, height, checked(width, height, runs), true);
    }

    private static int[] checked(int width, int height, int[] runs) {
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
        return runs.clone();
    }

    /** Encodes a row-major bitmap of {@code width * height} booleans. */
    public static MaskRle encode(int width, int height, boolean[] pixels) {
        return new MaskRle(width, height, encodeRuns(pixels), false);
    }

    private static int[] encodeRuns(boolean[] pixels) {
        // Grown on demand: most masks have few runs, and a full-size buffer per mask is mostly garbage.
        int[] runs = new int[Math.min(pixels.length + 1, 64)];
        int count = 0;
        boolean current = false;
        int length = 0;
        for (boolean pixel : pixels) {
            if (pixel != current) {
                if (count == runs.length) {
                    runs = Arrays.copyOf(runs, Math.min(pixels.length + 1, runs.length * 2));
                }
                runs[count++] = length;
                current = pixel;
                length = 0;
            }
            length++;
        }
        if (count == runs.length) {
            runs = Arrays.copyOf(runs, count + 1);
        }
        runs[count++] = length;
        return Arrays.copyOf(runs, count);
    }

    /** Parses {@code "W H r0, r1, r2, ..."} (row-major runs). */
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

    /** The pixels, row by row. */
    public boolean[] decode() {
        boolean[] pixels = new boolean[width * height];
        int position = 0;
        boolean value = false;
        for (int run : runs) {
            if (value) {
                if (columnMajor) {
                    fillColumnMajor(pixels, position, run);
                } else {
                    Arrays.fill(pixels, position, position + run, true);
                }
            }
            position += run;
            value = !value;
        }
        return pixels;
    }

    /** Sets a column-major run in a row-major bitmap, a column segment at a time. */
    private void fillColumnMajor(boolean[] pixels, int start, int length) {
        for (int t = start, end = start + length; t < end;) {
            int x = t / height, y = t - x * height;
            int segment = Math.min(end - t, height - y);
            for (int k = 0, index = y * width + x; k < segment; k++, index += width) {
                pixels[index] = true;
            }
            t += segment;
        }
    }

    /** The pixels, column by column. */
    private boolean[] decodeColumnMajor() {
        if (columnMajor) {
            boolean[] pixels = new boolean[width * height];
            int position = 0;
            for (int i = 0; i < runs.length; i++) {
                if ((i & 1) == 1) {
                    Arrays.fill(pixels, position, position + runs[i], true);
                }
                position += runs[i];
            }
            return pixels;
        }
        boolean[] rowMajor = decode();
        boolean[] pixels = new boolean[rowMajor.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[x * height + y] = rowMajor[y * width + x];
            }
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

    /** Row-major runs over the box (CVAT's order). */
    public int[] runs() {
        return columnMajor ? transposedRuns() : runs.clone();
    }

    /**
     * Row-major runs from the column-major ones without decoding pixels: a sweep down the rows
     * that toggles a column where one of its set intervals starts or ends. A row without such an
     * event repeats the row above, so a blob costs about its outline, not its area.
     */
    private int[] transposedRuns() {
        // Events per row: column x starts (or stops) being set at row y. Counted first, then filled.
        int[] eventStart = new int[height + 2];
        for (int i = 0, position = 0; i < runs.length; position += runs[i], i++) {
            if ((i & 1) == 1 && runs[i] > 0) {
                forEachInterval(position, runs[i], (x, y0, y1) -> {
                    eventStart[y0 + 1]++;
                    eventStart[y1 + 1]++;
                });
            }
        }
        for (int y = 0; y <= height; y++) {
            eventStart[y + 1] += eventStart[y];
        }
        int[] eventColumns = new int[eventStart[height + 1]];
        int[] fill = Arrays.copyOf(eventStart, height + 1);
        for (int i = 0, position = 0; i < runs.length; position += runs[i], i++) {
            if ((i & 1) == 1 && runs[i] > 0) {
                forEachInterval(position, runs[i], (x, y0, y1) -> {
                    eventColumns[fill[y0]++] = x;
                    eventColumns[fill[y1]++] = x;
                });
            }
        }
        boolean[] set = new boolean[width];
        int[] out = new int[16];
        int count = 0;
        boolean current = false;
        long pending = 0;
        int[] rowSegments = new int[2]; // the last row as alternating run lengths, starting with a 0-run
        int rowSegmentCount = 0;
        for (int y = 0; y < height; y++) {
            if (eventStart[y + 1] > eventStart[y] || y == 0) {
                for (int e = eventStart[y]; e < eventStart[y + 1]; e++) {
                    set[eventColumns[e]] = !set[eventColumns[e]];
                }
                rowSegmentCount = 0;
                boolean value = false;
                int length = 0;
                for (int x = 0; x < width; x++) {
                    if (set[x] != value) {
                        if (rowSegmentCount + 1 >= rowSegments.length) {
                            rowSegments = Arrays.copyOf(rowSegments, rowSegments.length * 2);
                        }
                        rowSegments[rowSegmentCount++] = length;
                        value = set[x];
                        length = 0;
                    }
                    length++;
                }
                if (rowSegmentCount + 1 >= rowSegments.length) {
                    rowSegments = Arrays.copyOf(rowSegments, rowSegments.length * 2);
                }
                rowSegments[rowSegmentCount++] = length;
            }
            for (int k = 0; k < rowSegmentCount; k++) {
                boolean value = (k & 1) == 1;
                if (rowSegments[k] == 0) {
                    continue;
                }
                if (value != current) {
                    if (count == out.length) {
                        out = Arrays.copyOf(out, count * 2);
                    }
                    out[count++] = (int) pending;
                    current = value;
                    pending = 0;
                }
                pending += rowSegments[k];
            }
        }
        if (count == out.length) {
            out = Arrays.copyOf(out, count + 1);
        }
        out[count++] = (int) pending;
        return Arrays.copyOf(out, count);
    }

    /** Visits the per-column pieces [y0, y1) of a column-major run starting at {@code start}. */
    private void forEachInterval(int start, int length, IntervalVisitor visitor) {
        for (int t = start, end = start + length; t < end;) {
            int x = t / height, y = t - x * height;
            int segment = Math.min(end - t, height - y);
            visitor.visit(x, y, y + segment);
            t += segment;
        }
    }

    @FunctionalInterface
    private interface IntervalVisitor {
        void visit(int x, int y0, int y1);
    }

    /** Column-major runs over the box (COCO's order, over the box rather than the image). */
    public int[] columnMajorRuns() {
        return columnMajor ? runs.clone() : encodeRuns(decodeColumnMajor());
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof MaskRle m) || width != m.width || height != m.height) {
            return false;
        }
        return columnMajor == m.columnMajor ? Arrays.equals(runs, m.runs) : Arrays.equals(runs(), m.runs());
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(runs());
    }

    /** {@code "W H r0 r1 ..."} with row-major runs. */
    @Override
    public String toString() {
        int[] rowMajor = runs();
        StringBuilder text = new StringBuilder(rowMajor.length * 4 + 12).append(width).append(' ').append(height);
        for (int run : rowMajor) {
            text.append(' ').append(run);
        }
        return text.toString();
    }
}
