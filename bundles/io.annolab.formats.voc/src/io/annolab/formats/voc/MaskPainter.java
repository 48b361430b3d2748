package io.annolab.formats.voc;

import java.util.ArrayList;
import java.util.List;

import io.annolab.model.values.MaskRle;

/**
 * Paints an item's masks into its SegmentationClass (label index) and SegmentationObject
 * (instance number) PNGs, later masks over earlier ones, entirely on runs: each image row is a
 * short list of intervals, never a pixel buffer, and goes straight into {@link IndexedPngWriter}.
 */
final class MaskPainter {

    /** One mask to paint: its pixels over a box at (left, top), its label index and instance number. */
    record Layer(MaskRle mask, int left, int top, int classIndex, int instance) {
    }

    private final int width;
    private final int height;
    private final List<int[][]> spans = new ArrayList<>(); // per layer: per mask row, x0,x1 pairs in image columns
    private final List<Layer> layers = new ArrayList<>();
    // the current row as intervals: starts[i] .. starts[i+1] (or width) hold (classes[i], instances[i])
    private int[] starts = new int[16], classes = new int[16], instances = new int[16];
    private int[] nextStarts = new int[16], nextClasses = new int[16], nextInstances = new int[16];
    private int count;

    MaskPainter(int width, int height) {
        this.width = width;
        this.height = height;
    }

    void add(Layer layer) {
        layers.add(layer);
        spans.add(rowSpans(layer));
    }

    /** The class PNG and the instance PNG, as file contents. */
    byte[][] paint(int[] classPalette, int[] instancePalette) {
        IndexedPngWriter classPng = new IndexedPngWriter(width, height, classPalette);
        IndexedPngWriter instancePng = new IndexedPngWriter(width, height, instancePalette);
        // Rows no mask reaches are blank (filter byte and pixels all 0): one run each for all of them.
        int firstRow = height, endRow = 0;
        for (int l = 0; l < layers.size(); l++) {
            firstRow = Math.min(firstRow, Math.max(0, layers.get(l).top()));
            endRow = Math.max(endRow, Math.min(height, layers.get(l).top() + spans.get(l).length));
        }
        endRow = Math.max(endRow, firstRow);
        long blankAbove = (long) firstRow * (width + 1), blankBelow = (long) (height - endRow) * (width + 1);
        classPng.run(0, blankAbove);
        instancePng.run(0, blankAbove);
        for (int y = firstRow; y < endRow; y++) {
            count = 1;
            starts[0] = 0;
            classes[0] = 0;
            instances[0] = 0;
            for (int l = 0; l < layers.size(); l++) {
                Layer layer = layers.get(l);
                int row = y - layer.top();
                int[][] rows = spans.get(l);
                if (row < 0 || row >= rows.length) {
                    continue;
                }
                int[] pairs = rows[row];
                for (int p = 0; p < pairs.length; p += 2) {
                    paint(pairs[p], pairs[p + 1], layer.classIndex(), layer.instance());
                }
            }
            classPng.run(0, 1); // filter byte: none
            instancePng.run(0, 1);
            for (int i = 0; i < count; i++) {
                int end = i + 1 < count ? starts[i + 1] : width;
                classPng.run(classes[i], end - starts[i]);
                instancePng.run(instances[i], end - starts[i]);
            }
        }
        classPng.run(0, blankBelow);
        instancePng.run(0, blankBelow);
        return new byte[][] { classPng.finish(), instancePng.finish() };
    }

    /** Overlays [a, b) with one value pair: keeps what starts before a, adds [a, b), resumes at b with what was there. */
    private void paint(int a, int b, int classIndex, int instance) {
        ensureCapacity(count + 2);
        int atB = 0;
        for (int j = 0; j < count && starts[j] <= b; j++) {
            atB = j;
        }
        int n = 0;
        for (int i = 0; i < count && starts[i] < a; i++) {
            n = put(n, starts[i], classes[i], instances[i]);
        }
        n = put(n, a, classIndex, instance);
        if (b < width) {
            n = put(n, b, classes[atB], instances[atB]);
        }
        for (int i = atB + 1; i < count; i++) {
            n = put(n, starts[i], classes[i], instances[i]);
        }
        int[] swap = starts;
        starts = nextStarts;
        nextStarts = swap;
        swap = classes;
        classes = nextClasses;
        nextClasses = swap;
        swap = instances;
        instances = nextInstances;
        nextInstances = swap;
        count = n;
    }

    private int put(int n, int start, int classIndex, int instance) {
        nextStarts[n] = start;
        nextClasses[n] = classIndex;
        nextInstances[n] = instance;
        return n + 1;
    }

    private void ensureCapacity(int needed) {
        if (nextStarts.length < needed || starts.length < needed) {
            int size = Math.max(needed, starts.length * 2);
            starts = java.util.Arrays.copyOf(starts, size);
            classes = java.util.Arrays.copyOf(classes, size);
            instances = java.util.Arrays.copyOf(instances, size);
            nextStarts = new int[size];
            nextClasses = new int[size];
            nextInstances = new int[size];
        }
    }

    /** The set runs of each mask row, moved to image columns and clipped to the image. */
    private int[][] rowSpans(Layer layer) {
        MaskRle mask = layer.mask();
        int maskWidth = mask.width();
        int[][] rows = new int[mask.height()][];
        int[] rowFill = new int[mask.height()];
        int[][] building = new int[mask.height()][];
        int[] runs = mask.runs();
        long position = 0;
        for (int r = 0; r < runs.length; r++) {
            long end = position + runs[r];
            if ((r & 1) == 1) { // odd runs are set pixels
                for (long p = position; p < end;) {
                    int row = (int) (p / maskWidth);
                    long rowEnd = Math.min(end, (long) (row + 1) * maskWidth);
                    int x0 = Math.max(0, layer.left() + (int) (p - (long) row * maskWidth));
                    int x1 = Math.min(width, layer.left() + (int) (rowEnd - (long) row * maskWidth));
                    int y = layer.top() + row;
                    if (x0 < x1 && y >= 0 && y < height) {
                        int[] list = building[row];
                        if (list == null) {
                            list = building[row] = new int[4];
                        } else if (rowFill[row] + 2 > list.length) {
                            list = building[row] = java.util.Arrays.copyOf(list, list.length * 2);
                        }
                        list[rowFill[row]++] = x0;
                        list[rowFill[row]++] = x1;
                    }
                    p = rowEnd;
                }
            }
            position = end;
        }
        int[] empty = new int[0];
        for (int row = 0; row < rows.length; row++) {
            rows[row] = building[row] == null ? empty : java.util.Arrays.copyOf(building[row], rowFill[row]);
        }
        return rows;
    }
}
