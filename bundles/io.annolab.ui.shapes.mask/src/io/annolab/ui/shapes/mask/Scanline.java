package io.annolab.ui.shapes.mask;

import java.util.Arrays;

import io.annolab.model.values.Coordinates;

/**
 * Polygon rasterisation by scanlines with the even-odd rule: a pixel is inside when its centre
 * is, so a polygon along pixel edges (10,10)–(30,30) covers pixels 10..29 and nothing more.
 */
final class Scanline {

    @FunctionalInterface
    interface SpanConsumer {
        /** Pixels {@code x0 <= x < x1} of row {@code y}. */
        void span(int y, int x0, int x1);
    }

    private Scanline() {
    }

    static void fill(Coordinates polygon, SpanConsumer spans) {
        int n = polygon.pointCount();
        if (n < 3) {
            return;
        }
        float[] b = polygon.bounds();
        int yStart = (int) Math.ceil(b[1] - 0.5), yEnd = (int) Math.ceil(b[3] - 0.5);
        double[] crossings = new double[n];
        for (int y = yStart; y < yEnd; y++) {
            double centre = y + 0.5;
            int count = 0;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double yi = polygon.y(i), yj = polygon.y(j);
                if ((yi > centre) != (yj > centre)) {
                    crossings[count++] = polygon.x(i) + (centre - yi) * (polygon.x(j) - polygon.x(i)) / (yj - yi);
                }
            }
            Arrays.sort(crossings, 0, count);
            for (int k = 0; k + 1 < count; k += 2) {
                int x0 = (int) Math.ceil(crossings[k] - 0.5), x1 = (int) Math.ceil(crossings[k + 1] - 0.5);
                if (x1 > x0) {
                    spans.span(y, x0, x1);
                }
            }
        }
    }
}
