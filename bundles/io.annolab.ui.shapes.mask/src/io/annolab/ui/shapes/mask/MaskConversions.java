package io.annolab.ui.shapes.mask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;

/**
 * Conversions between masks and polygons, and joining masks (JS-01). Polygons here run along
 * pixel edges: pixel (x, y) is the square (x, y)–(x+1, y+1), so a traced mask gives back the
 * polygon it was rasterised from and areas agree.
 */
public final class MaskConversions {

    /** CVAT's default number of points of a polygon approximation (SET-W13). */
    public static final int DEFAULT_POLYGON_POINTS = 50;

    /** Steps of less than a pixel (the stairs of a traced diagonal) are smoothed away. */
    private static final double SIMPLIFY_TOLERANCE = 1.0;

    // Clockwise on screen (y down): east, south, west, north.
    private static final int[] DX = { 1, 0, -1, 0 };
    private static final int[] DY = { 0, 1, 0, -1 };

    private MaskConversions() {
    }

    /** The pixels whose centres lie inside {@code polygon} (even-odd); empty when it covers none. */
    public static Optional<MaskBox> polygonToMask(Coordinates polygon) {
        PaintBitmap bitmap = new PaintBitmap(0, 0);
        bitmap.polygon(polygon, true);
        return bitmap.toMask();
    }

    /**
     * The outer contour of each 4-connected part of the mask (holes are ignored), traced along
     * pixel edges and simplified to at most {@code maxPoints} points each (Douglas–Peucker by
     * repeated insertion of the farthest point; 0 = only drop sub-pixel stairs). Parts come in
     * scan order of their top-left pixel.
     */
    public static List<Coordinates> maskToPolygons(MaskBox box, int maxPoints) {
        int w = box.width(), h = box.height();
        boolean[] pixels = box.mask().decode();
        boolean[] seen = new boolean[pixels.length];
        List<Coordinates> polygons = new ArrayList<>();
        for (int i = 0; i < pixels.length; i++) {
            if (pixels[i] && !seen[i]) {
                Coordinates contour = trace(pixels, w, h, i % w, i / w, box.left(), box.top());
                polygons.add(simplify(contour, maxPoints, SIMPLIFY_TOLERANCE));
                markPart(pixels, seen, w, h, i);
            }
        }
        return polygons;
    }

    /** Follows the boundary clockwise from the top-left corner of the part's first pixel, keeping the part on the right. */
    private static Coordinates trace(boolean[] pixels, int w, int h, int startX, int startY, int left, int top) {
        float[] out = new float[16];
        int count = 0;
        int x = startX, y = startY, direction = 3; // arrived going north, up the left side of the first pixel
        do {
            int turned = turn(pixels, w, h, x, y, direction);
            if (turned != direction) {
                if (count + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[count++] = left + x;
                out[count++] = top + y;
            }
            direction = turned;
            x += DX[direction];
            y += DY[direction];
        } while (x != startX || y != startY);
        return Coordinates.wrap(Arrays.copyOf(out, count));
    }

    /**
     * The direction to leave corner (x, y) heading {@code direction}: right when the pixel ahead on
     * the right is empty, left when the pixel ahead on the left is set (4-connectivity: parts
     * touching only at a corner are separate), else straight on.
     */
    private static int turn(boolean[] pixels, int w, int h, int x, int y, int direction) {
        // The pixels ahead-left and ahead-right of the corner for E, S, W, N.
        int aheadRightX, aheadRightY, aheadLeftX, aheadLeftY;
        switch (direction) {
            case 0 -> { aheadRightX = x; aheadRightY = y; aheadLeftX = x; aheadLeftY = y - 1; }
            case 1 -> { aheadRightX = x - 1; aheadRightY = y; aheadLeftX = x; aheadLeftY = y; }
            case 2 -> { aheadRightX = x - 1; aheadRightY = y - 1; aheadLeftX = x - 1; aheadLeftY = y; }
            default -> { aheadRightX = x; aheadRightY = y - 1; aheadLeftX = x - 1; aheadLeftY = y - 1; }
        }
        if (!set(pixels, w, h, aheadRightX, aheadRightY)) {
            return (direction + 1) % 4;
        }
        return set(pixels, w, h, aheadLeftX, aheadLeftY) ? (direction + 3) % 4 : direction;
    }

    private static boolean set(boolean[] pixels, int w, int h, int x, int y) {
        return x >= 0 && y >= 0 && x < w && y < h && pixels[y * w + x];
    }

    /** Marks the 4-connected part containing pixel {@code start} as seen. */
    private static void markPart(boolean[] pixels, boolean[] seen, int w, int h, int start) {
        int[] stack = new int[64];
        int size = 0;
        stack[size++] = start;
        seen[start] = true;
        while (size > 0) {
            int p = stack[--size];
            int x = p % w, y = p / w;
            int[] neighbours = { x > 0 ? p - 1 : -1, x + 1 < w ? p + 1 : -1, y > 0 ? p - w : -1, y + 1 < h ? p + w : -1 };
            for (int q : neighbours) {
                if (q >= 0 && pixels[q] && !seen[q]) {
                    seen[q] = true;
                    if (size == stack.length) {
                        stack = Arrays.copyOf(stack, size * 2);
                    }
                    stack[size++] = q;
                }
            }
        }
    }

    /**
     * A closed ring reduced to at most {@code maxPoints} points (0 = no limit, at least 3 kept):
     * starting from the first point and the point farthest from it, the point farthest from the
     * kept outline is added until it is within {@code tolerance} or the budget is spent.
     */
    public static Coordinates simplify(Coordinates ring, int maxPoints, double tolerance) {
        int n = ring.pointCount();
        int budget = maxPoints <= 0 ? n : Math.max(3, maxPoints);
        if (n <= 3) {
            return ring;
        }
        boolean[] kept = new boolean[n];
        kept[0] = true;
        int far = 0;
        double farDistance = -1;
        for (int i = 1; i < n; i++) {
            double d = Math.hypot(ring.x(i) - ring.x(0), ring.y(i) - ring.y(0));
            if (d > farDistance) {
                farDistance = d;
                far = i;
            }
        }
        kept[far] = true;
        int keptCount = 2;
        while (keptCount < budget) {
            int[] anchors = new int[keptCount];
            for (int i = 0, k = 0; i < n; i++) {
                if (kept[i]) {
                    anchors[k++] = i;
                }
            }
            int best = -1;
            double bestDistance = tolerance;
            for (int k = 0; k < keptCount; k++) {
                int a = anchors[k], b = anchors[(k + 1) % keptCount];
                for (int i = (a + 1) % n; i != b; i = (i + 1) % n) {
                    double d = segmentDistance(ring, i, a, b);
                    if (d > bestDistance) {
                        bestDistance = d;
                        best = i;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            kept[best] = true;
            keptCount++;
        }
        float[] out = new float[2 * keptCount];
        for (int i = 0, k = 0; i < n; i++) {
            if (kept[i]) {
                out[k++] = ring.x(i);
                out[k++] = ring.y(i);
            }
        }
        return Coordinates.wrap(out);
    }

    private static double segmentDistance(Coordinates ring, int i, int a, int b) {
        double ax = ring.x(a), ay = ring.y(a), bx = ring.x(b), by = ring.y(b), px = ring.x(i), py = ring.y(i);
        double dx = bx - ax, dy = by - ay, lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
        return Math.hypot(ax + t * dx - px, ay + t * dy - py);
    }

    /** One mask covering every pixel of the given ones (JS-01 Join masks); empty when none has a pixel. */
    public static Optional<MaskBox> join(List<MaskBox> masks) {
        int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = Integer.MIN_VALUE, bottom = Integer.MIN_VALUE;
        for (MaskBox box : masks) {
            if (box.width() > 0 && box.height() > 0) {
                left = Math.min(left, box.left());
                top = Math.min(top, box.top());
                right = Math.max(right, box.right());
                bottom = Math.max(bottom, box.bottom());
            }
        }
        if (left > right) {
            return Optional.empty();
        }
        int w = right - left + 1, h = bottom - top + 1, unionLeft = left, unionTop = top;
        boolean[] union = new boolean[Math.multiplyExact(w, h)];
        for (MaskBox box : masks) {
            forEachSpan(box, (y, x0, x1) -> {
                int at = (y - unionTop) * w - unionLeft;
                Arrays.fill(union, at + x0, at + x1, true);
            });
        }
        return crop(left, top, w, h, union);
    }

    /** The set pixels of a w × h bitmap at (left, top), cut down to their own box; empty when none is set. */
    static Optional<MaskBox> crop(int left, int top, int w, int h, boolean[] pixels) {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0, row = y * w; x < w; x++) {
                if (pixels[row + x]) {
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
        if (minX == 0 && minY == 0 && maxX == w - 1 && maxY == h - 1) {
            return Optional.of(new MaskBox(left, top, MaskRle.encode(w, h, pixels)));
        }
        int cw = maxX - minX + 1, ch = maxY - minY + 1;
        boolean[] cropped = new boolean[cw * ch];
        for (int y = 0; y < ch; y++) {
            System.arraycopy(pixels, (minY + y) * w + minX, cropped, y * cw, cw);
        }
        return Optional.of(new MaskBox(left + minX, top + minY, MaskRle.encode(cw, ch, cropped)));
    }

    /**
     * The mask without the pixels of {@code others} ("Remove underlying pixels": a new mask
     * drawn over older ones takes their pixels); empty when nothing is left.
     */
    public static Optional<MaskBox> subtract(MaskBox mask, List<MaskBox> others) {
        int w = mask.width(), h = mask.height();
        boolean[] pixels = mask.mask().decode();
        for (MaskBox other : others) {
            forEachSpan(other, (y, x0, x1) -> {
                if (y >= mask.top() && y <= mask.bottom()) {
                    int from = Math.max(x0, mask.left()), to = Math.min(x1, mask.right() + 1);
                    if (from < to) {
                        int row = (y - mask.top()) * w - mask.left();
                        Arrays.fill(pixels, row + from, row + to, false);
                    }
                }
            });
        }
        return crop(mask.left(), mask.top(), w, h, pixels);
    }

    /** Visits the set pixels of a mask as row spans [x0, x1) in image coordinates, without decoding it. */
    static void forEachSpan(MaskBox box, Scanline.SpanConsumer spans) {
        int width = box.width();
        if (width == 0) {
            return;
        }
        int[] runs = box.mask().runs();
        int position = 0;
        for (int r = 0; r < runs.length; r++) {
            if ((r & 1) == 1) {
                // A run may wrap from one row of the box to the next.
                for (int p = position, end = position + runs[r]; p < end;) {
                    int x = p % width, y = p / width;
                    int length = Math.min(end - p, width - x);
                    spans.span(box.top() + y, box.left() + x, box.left() + x + length);
                    p += length;
                }
            }
            position += runs[r];
        }
    }
}
