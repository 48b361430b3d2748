package io.annolab.core.api.mask;

import io.annolab.model.values.MaskRle;

/**
 * Places a mask (kept over its own box) on a whole image as COCO's column-major counts, the
 * form COCO and Datumaro files store. When the box lies inside the image its column runs are
 * copied between whole runs of background, so no pixel is visited.
 */
public final class ImageRle {

    private ImageRle() {
    }

    /** A mask whose box starts at (left, top) as column-major counts over an h×w image; pixels outside are cut. */
    public static int[] fromMask(int left, int top, MaskRle mask, int height, int width) {
        RunBuilder runs = new RunBuilder();
        int x0 = Math.max(0, left), x1 = Math.min(width, left + mask.width());
        int y0 = Math.max(0, top), y1 = Math.min(height, top + mask.height());
        if (x0 >= x1 || y0 >= y1) {
            runs.add(false, (long) height * width);
            return runs.finish();
        }
        if (x0 == left && y0 == top && x1 == left + mask.width() && y1 == top + mask.height()) {
            // The box lies inside the image: copy its column runs between whole runs of 0.
            int[] columnRuns = mask.columnMajorRuns();
            runs.add(false, (long) x0 * height);
            int runIndex = 0;
            int left0 = columnRuns.length > 0 ? columnRuns[0] : 0;
            for (int x = x0; x < x1; x++) {
                runs.add(false, y0);
                for (int remaining = mask.height(); remaining > 0;) {
                    while (left0 == 0) {
                        left0 = columnRuns[++runIndex];
                    }
                    int take = Math.min(left0, remaining);
                    runs.add((runIndex & 1) == 1, take);
                    left0 -= take;
                    remaining -= take;
                }
                runs.add(false, height - y1);
            }
            runs.add(false, (long) (width - x1) * height);
            return runs.finish();
        }
        boolean[] pixels = mask.decode();
        // Only the box is visited pixel by pixel; the columns and rows around it are whole runs of 0.
        runs.add(false, (long) x0 * height);
        for (int x = x0; x < x1; x++) {
            runs.add(false, y0);
            for (int y = y0; y < y1; y++) {
                runs.add(pixels[(y - top) * mask.width() + (x - left)], 1);
            }
            runs.add(false, height - y1);
        }
        runs.add(false, (long) (width - x1) * height);
        return runs.finish();
    }

    /** How many set pixels of a mask whose box starts at (left, top) fall outside an h×w image. */
    public static long pixelsOutside(int left, int top, MaskRle mask, int height, int width) {
        if (left >= 0 && top >= 0 && left + mask.width() <= width && top + mask.height() <= height) {
            return 0;
        }
        boolean[] pixels = mask.decode();
        long outside = 0;
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                int cx = left + x, cy = top + y;
                if (pixels[y * mask.width() + x] && (cx < 0 || cy < 0 || cx >= width || cy >= height)) {
                    outside++;
                }
            }
        }
        return outside;
    }
}
