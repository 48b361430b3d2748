package io.annolab.ui.shapes.mask;

import java.util.Optional;

import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;

/**
 * The pixels of a mask being painted: one byte per pixel over a box that starts around the first
 * stroke and grows (by at least half its size, so growth is amortised) as painting leaves it,
 * never past the image. Painting a 20k×20k image thus costs the painted area, not the image.
 */
final class PaintBitmap {

    private static final int MARGIN = 32;

    private final int imageWidth;
    private final int imageHeight;
    private int left, top, width, height;
    private byte[] bits = new byte[0];
    private int version;

    /** A bitmap limited to the image; a size of 0 leaves that direction unlimited. */
    PaintBitmap(int imageWidth, int imageHeight) {
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
    }

    static PaintBitmap of(MaskBox box, int imageWidth, int imageHeight) {
        PaintBitmap bitmap = new PaintBitmap(imageWidth, imageHeight);
        if (box != null && box.width() > 0 && box.height() > 0) {
            bitmap.left = box.left();
            bitmap.top = box.top();
            bitmap.width = box.width();
            bitmap.height = box.height();
            boolean[] pixels = box.mask().decode();
            bitmap.bits = new byte[pixels.length];
            for (int i = 0; i < pixels.length; i++) {
                bitmap.bits[i] = (byte) (pixels[i] ? 1 : 0);
            }
        }
        return bitmap;
    }

    int left() {
        return left;
    }

    int top() {
        return top;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Changes whenever a pixel may have changed, so views can cache what they drew. */
    int version() {
        return version;
    }

    boolean get(int x, int y) {
        int bx = x - left, by = y - top;
        return bx >= 0 && by >= 0 && bx < width && by < height && bits[by * width + bx] != 0;
    }

    /** Sets or clears pixels {@code x0 <= x < x1} of row y; setting grows the box, clearing never does. */
    void span(int y, int x0, int x1, boolean on) {
        if (on) {
            ensure(x0, y, x1, y + 1);
        }
        int from = Math.max(x0, left), to = Math.min(x1, left + width);
        if (y < top || y >= top + height || from >= to) {
            return;
        }
        int row = (y - top) * width - left;
        java.util.Arrays.fill(bits, row + from, row + to, (byte) (on ? 1 : 0));
        version++;
    }

    /** The brush footprint centred on (cx, cy): pixels whose centres lie in the disc or square of {@code size} across. */
    void stamp(double cx, double cy, double size, BrushShape shape, boolean on) {
        double r = Math.max(0.5, size / 2);
        int y0 = (int) Math.ceil(cy - r - 0.5), y1 = (int) Math.floor(cy + r - 0.5);
        for (int y = y0; y <= y1; y++) {
            double dy = y + 0.5 - cy;
            double half = shape == BrushShape.SQUARE ? r : Math.sqrt(Math.max(0, r * r - dy * dy));
            int x0 = (int) Math.ceil(cx - half - 0.5), x1 = (int) Math.floor(cx + half - 0.5) + 1;
            if (x1 > x0) {
                span(y, x0, x1, on);
            }
        }
    }

    /** Stamps along the segment often enough that consecutive footprints overlap. */
    void stroke(double x0, double y0, double x1, double y1, double size, BrushShape shape, boolean on) {
        double length = Math.hypot(x1 - x0, y1 - y0);
        double step = Math.max(0.5, size / 4);
        int steps = (int) Math.ceil(length / step);
        for (int i = 1; i <= steps; i++) {
            double t = (double) i / steps;
            stamp(x0 + t * (x1 - x0), y0 + t * (y1 - y0), size, shape, on);
        }
    }

    void polygon(Coordinates polygon, boolean on) {
        Scanline.fill(polygon, (y, x0, x1) -> span(y, x0, x1, on));
    }

    /** Grows the box to hold [x0, x1) × [y0, y1), clipped to the image. */
    private void ensure(int x0, int y0, int x1, int y1) {
        if (imageWidth > 0) {
            x0 = Math.max(0, x0);
            x1 = Math.min(imageWidth, x1);
        }
        if (imageHeight > 0) {
            y0 = Math.max(0, y0);
            y1 = Math.min(imageHeight, y1);
        }
        if (x0 >= x1 || y0 >= y1 || (x0 >= left && y0 >= top && x1 <= left + width && y1 <= top + height)) {
            return;
        }
        int growX = Math.max(MARGIN, width / 2), growY = Math.max(MARGIN, height / 2);
        int newLeft, newTop, newRight, newBottom;
        if (width == 0) {
            newLeft = x0 - MARGIN;
            newTop = y0 - MARGIN;
            newRight = x1 + MARGIN;
            newBottom = y1 + MARGIN;
        } else {
            newLeft = x0 < left ? Math.min(x0, left - growX) : left;
            newTop = y0 < top ? Math.min(y0, top - growY) : top;
            newRight = x1 > left + width ? Math.max(x1, left + width + growX) : left + width;
            newBottom = y1 > top + height ? Math.max(y1, top + height + growY) : top + height;
        }
        if (imageWidth > 0) {
            newLeft = Math.max(0, newLeft);
            newRight = Math.min(imageWidth, newRight);
        }
        if (imageHeight > 0) {
            newTop = Math.max(0, newTop);
            newBottom = Math.min(imageHeight, newBottom);
        }
        int newWidth = newRight - newLeft, newHeight = newBottom - newTop;
        byte[] grown = new byte[Math.multiplyExact(newWidth, newHeight)];
        for (int row = 0; row < height; row++) {
            System.arraycopy(bits, row * width, grown, (top + row - newTop) * newWidth + (left - newLeft), width);
        }
        bits = grown;
        left = newLeft;
        top = newTop;
        width = newWidth;
        height = newHeight;
    }

    /** The painted pixels cropped to their own box; empty when nothing is painted. */
    Optional<MaskBox> toMask() {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                if (bits[row + x] != 0) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = y;
                }
            }
        }
        if (maxX < 0) {
            return Optional.empty();
        }
        int w = maxX - minX + 1, h = maxY - minY + 1;
        boolean[] pixels = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            int row = (minY + y) * width + minX;
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = bits[row + x] != 0;
            }
        }
        return Optional.of(new MaskBox(left + minX, top + minY, MaskRle.encode(w, h, pixels)));
    }

    /** The state to go back to when a stroke is taken back. */
    record Snapshot(int left, int top, int width, int height, byte[] bits) {
    }

    Snapshot snapshot() {
        return new Snapshot(left, top, width, height, bits.clone());
    }

    void restore(Snapshot snapshot) {
        left = snapshot.left();
        top = snapshot.top();
        width = snapshot.width();
        height = snapshot.height();
        bits = snapshot.bits();
        version++;
    }

    /** Alpha bytes for the whole box: {@code alpha} where painted, 0 elsewhere. */
    byte[] alphaBytes(int alpha) {
        byte[] out = new byte[bits.length];
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] != 0) {
                out[i] = (byte) alpha;
            }
        }
        return out;
    }

    /** Number of painted pixels. */
    long area() {
        long area = 0;
        for (byte bit : bits) {
            area += bit;
        }
        return area;
    }
}
