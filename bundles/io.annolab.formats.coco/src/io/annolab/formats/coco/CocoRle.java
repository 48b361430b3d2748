package io.annolab.formats.coco;

import java.util.Arrays;

import io.annolab.core.api.mask.CocoRleStrings;
import io.annolab.core.api.mask.ImageRle;
import io.annolab.core.api.mask.RunBuilder;
import io.annolab.model.values.MaskRle;

/**
 * COCO's run-length encoding, bit-exact with pycocotools ({@code maskApi.c}): runs alternate
 * 0/1 starting with 0, <b>column-major over the whole image</b> (h rows, w columns). Annolab's
 * {@link MaskRle} is row-major over the mask's own box, so every conversion goes through the
 * set pixels, never through a full-image bitmap unless two masks must be merged.
 */
public final class CocoRle {

    /** A mask placed in an image: {@code mask} covers the box starting at (left, top). */
    public record Placed(int left, int top, MaskRle mask) {
    }

    private CocoRle() {
    }

    /** Decodes the compressed counts string ({@code rleFrString}). */
    public static int[] decodeString(String text) {
        return CocoRleStrings.decode(text);
    }

    /** Encodes counts as pycocotools' compressed string ({@code rleToString}). */
    public static String encodeString(int[] counts) {
        return CocoRleStrings.encode(counts);
    }

    /** Checks that counts cover exactly an h×w image. */
    public static boolean covers(int[] counts, int height, int width) {
        long total = 0;
        for (int count : counts) {
            if (count < 0) {
                return false;
            }
            total += count;
        }
        return total == (long) height * width;
    }

    /** The number of set pixels. */
    public static long area(int[] counts) {
        long area = 0;
        for (int i = 1; i < counts.length; i += 2) {
            area += counts[i];
        }
        return area;
    }

    /** Column-major image counts to a mask over the tight box of its set pixels (kept in column-major order). */
    public static Placed toMask(int[] counts, int height, int width) {
        if (height <= 0 || width <= 0 || area(counts) == 0) {
            return new Placed(0, 0, MaskRle.of(0, 0));
        }
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        long position = 0;
        for (int i = 0; i < counts.length; i++) {
            long end = position + counts[i];
            if ((i & 1) == 1 && counts[i] > 0) {
                int firstX = (int) (position / height), lastX = (int) ((end - 1) / height);
                minX = Math.min(minX, firstX);
                maxX = Math.max(maxX, lastX);
                if (firstX != lastX) {
                    minY = 0;
                    maxY = height - 1;
                } else {
                    minY = Math.min(minY, (int) (position % height));
                    maxY = Math.max(maxY, (int) ((end - 1) % height));
                }
            }
            position = end;
        }
        int boxWidth = maxX - minX + 1, boxHeight = maxY - minY + 1;
        // Clip the image's column-major runs to the box, column by column: the mask keeps COCO's
        // order, so no pixel is visited and a COCO → COCO conversion never transposes it.
        RunBuilder box = new RunBuilder();
        int runIndex = 0;
        long runEnd = counts.length > 0 ? counts[0] : 0;
        for (int x = minX; x <= maxX; x++) {
            long windowEnd = (long) x * height + minY + boxHeight;
            for (long t = (long) x * height + minY; t < windowEnd;) {
                while (runEnd <= t && runIndex + 1 < counts.length) {
                    runEnd += counts[++runIndex];
                }
                long segmentEnd = runEnd > t ? Math.min(runEnd, windowEnd) : windowEnd; // past the counts: background
                box.add(runEnd > t && (runIndex & 1) == 1, segmentEnd - t);
                t = segmentEnd;
            }
        }
        return new Placed(minX, minY, MaskRle.ofColumnMajor(boxWidth, boxHeight, box.finish()));
    }

    /** A mask whose box starts at (left, top) to column-major counts over an h×w image; pixels outside are cut. */
    public static int[] fromMask(int left, int top, MaskRle mask, int height, int width) {
        return ImageRle.fromMask(left, top, mask, height, width);
    }

    /** Rasterizes one polygon like pycocotools' {@code rleFrPoly} (upsampled by 5 along the boundary). */
    public static int[] fromPolygon(double[] xy, int height, int width) {
        int k = xy.length / 2;
        if (k == 0) {
            return new int[] { height * width };
        }
        final double scale = 5;
        int[] x = new int[k + 1], y = new int[k + 1];
        for (int j = 0; j < k; j++) {
            x[j] = (int) (scale * xy[j * 2] + .5);
            y[j] = (int) (scale * xy[j * 2 + 1] + .5);
        }
        x[k] = x[0];
        y[k] = y[0];
        int m = 0;
        for (int j = 0; j < k; j++) {
            m += Math.max(Math.abs(x[j] - x[j + 1]), Math.abs(y[j] - y[j + 1])) + 1;
        }
        int[] u = new int[m], v = new int[m];
        m = 0;
        for (int j = 0; j < k; j++) {
            int xs = x[j], xe = x[j + 1], ys = y[j], ye = y[j + 1];
            int dx = Math.abs(xe - xs), dy = Math.abs(ys - ye);
            boolean flip = (dx >= dy && xs > xe) || (dx < dy && ys > ye);
            if (flip) {
                int t = xs;
                xs = xe;
                xe = t;
                t = ys;
                ys = ye;
                ye = t;
            }
            double s = dx >= dy ? (double) (ye - ys) / dx : (double) (xe - xs) / dy;
            if (dx >= dy) {
                for (int d = 0; d <= dx; d++) {
                    int t = flip ? dx - d : d;
                    u[m] = t + xs;
                    v[m] = (int) (ys + s * t + .5);
                    m++;
                }
            } else {
                for (int d = 0; d <= dy; d++) {
                    int t = flip ? dy - d : d;
                    v[m] = t + ys;
                    u[m] = (int) (xs + s * t + .5);
                    m++;
                }
            }
        }
        k = m;
        m = 0;
        long[] a = new long[k + 1];
        for (int j = 1; j < k; j++) {
            if (u[j] != u[j - 1]) {
                double xd = u[j] < u[j - 1] ? u[j] : u[j] - 1;
                xd = (xd + .5) / scale - .5;
                if (Math.floor(xd) != xd || xd < 0 || xd > width - 1) {
                    continue;
                }
                double yd = v[j] < v[j - 1] ? v[j] : v[j - 1];
                yd = (yd + .5) / scale - .5;
                if (yd < 0) {
                    yd = 0;
                } else if (yd > height) {
                    yd = height;
                }
                yd = Math.ceil(yd);
                a[m++] = (long) (int) xd * height + (int) yd;
            }
        }
        a[m++] = (long) height * width;
        Arrays.sort(a, 0, m);
        long p = 0;
        for (int j = 0; j < m; j++) {
            long t = a[j];
            a[j] -= p;
            p = t;
        }
        int[] b = new int[m];
        int j = 0, n = 0;
        b[n++] = (int) a[j++];
        while (j < m) {
            if (a[j] > 0) {
                b[n++] = (int) a[j++];
            } else {
                j++;
                if (j < m) {
                    b[n - 1] += (int) a[j++];
                }
            }
        }
        return Arrays.copyOf(b, n);
    }

    /** The union of several count lists over the same image (pycocotools' {@code merge}). */
    public static int[] union(java.util.List<int[]> parts, int height, int width) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        boolean[] pixels = new boolean[height * width];
        for (int[] counts : parts) {
            int position = 0;
            for (int i = 0; i < counts.length; i++) {
                if ((i & 1) == 1) {
                    Arrays.fill(pixels, position, position + counts[i], true);
                }
                position += counts[i];
            }
        }
        int[] runs = MaskRle.encode(1, pixels.length, pixels).runs();
        return runs;
    }

    /** The tight box of the set pixels as x, y, w, h ({@code rleToBbox}), without decoding. */
    public static double[] bbox(int[] counts, int height) {
        if (height <= 0 || area(counts) == 0) {
            return new double[4];
        }
        long minX = Long.MAX_VALUE, minY = Long.MAX_VALUE, maxX = -1, maxY = -1, position = 0;
        for (int i = 0; i < counts.length; i++) {
            long end = position + counts[i];
            if ((i & 1) == 1 && counts[i] > 0) {
                long firstX = position / height, lastX = (end - 1) / height;
                minX = Math.min(minX, firstX);
                maxX = Math.max(maxX, lastX);
                minY = Math.min(minY, firstX != lastX ? 0 : position % height);
                maxY = Math.max(maxY, firstX != lastX ? height - 1 : (end - 1) % height);
            }
            position = end;
        }
        return new double[] { minX, minY, maxX - minX + 1, maxY - minY + 1 };
    }
}
