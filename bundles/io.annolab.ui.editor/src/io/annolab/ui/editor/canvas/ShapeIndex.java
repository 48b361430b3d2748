package io.annolab.ui.editor.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.annolab.model.Shape;

/**
 * A uniform grid over the image that finds the shapes touching a rectangle without looking at
 * the others, so drawing and hit-testing cost what is on screen rather than what is on the frame.
 * Built once per frame or edit (linear in the shapes); queries return shapes in paint order:
 * z-order, then model order.
 */
final class ShapeIndex {

    private static final int CELLS_PER_SIDE = 64;

    private final double cellWidth;
    private final double cellHeight;
    private final List<Entry>[] cells;
    private final List<Entry> all = new ArrayList<>();
    private final Map<Shape, Entry> byShape = new IdentityHashMap<>();

    /** A shape with its bounds (minX, minY, maxX, maxY) and paint order. */
    record Entry(Shape shape, double[] bounds, int order) {
    }

    @SuppressWarnings("unchecked")
    ShapeIndex(double imageWidth, double imageHeight) {
        this.cellWidth = Math.max(1, imageWidth / CELLS_PER_SIDE);
        this.cellHeight = Math.max(1, imageHeight / CELLS_PER_SIDE);
        this.cells = new List[CELLS_PER_SIDE * CELLS_PER_SIDE];
    }

    void add(Shape shape, double[] bounds) {
        Entry entry = new Entry(shape, bounds, all.size());
        all.add(entry);
        byShape.put(shape, entry);
        int x0 = cellX(bounds[0]), x1 = cellX(bounds[2]), y0 = cellY(bounds[1]), y1 = cellY(bounds[3]);
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int index = y * CELLS_PER_SIDE + x;
                if (cells[index] == null) {
                    cells[index] = new ArrayList<>(8);
                }
                cells[index].add(entry);
            }
        }
    }

    /** The bounds a shape had when the index was built, or null. */
    double[] boundsOf(Shape shape) {
        Entry entry = byShape.get(shape);
        return entry == null ? null : entry.bounds;
    }

    int size() {
        return all.size();
    }

    /** Entries whose bounds meet the image rectangle, in paint order (back to front). */
    List<Entry> query(double minX, double minY, double maxX, double maxY) {
        int x0 = cellX(minX), x1 = cellX(maxX), y0 = cellY(minY), y1 = cellY(maxY);
        List<Entry> found;
        if ((x1 - x0 + 1) * (y1 - y0 + 1) >= CELLS_PER_SIDE * CELLS_PER_SIDE / 2) {
            found = new ArrayList<>(all.size());
            for (Entry entry : all) {
                if (meets(entry.bounds, minX, minY, maxX, maxY)) {
                    found.add(entry);
                }
            }
        } else {
            boolean[] seen = new boolean[all.size()];
            found = new ArrayList<>();
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    List<Entry> cell = cells[y * CELLS_PER_SIDE + x];
                    if (cell == null) {
                        continue;
                    }
                    for (Entry entry : cell) {
                        if (!seen[entry.order] && meets(entry.bounds, minX, minY, maxX, maxY)) {
                            seen[entry.order] = true;
                            found.add(entry);
                        }
                    }
                }
            }
        }
        Entry[] sorted = found.toArray(Entry[]::new);
        Arrays.sort(sorted, PAINT_ORDER);
        return Arrays.asList(sorted);
    }

    private static final Comparator<Entry> PAINT_ORDER = Comparator.<Entry>comparingInt(e -> e.shape.getZOrder()).thenComparingInt(Entry::order);

    private static boolean meets(double[] b, double minX, double minY, double maxX, double maxY) {
        return b[0] <= maxX && b[2] >= minX && b[1] <= maxY && b[3] >= minY;
    }

    private int cellX(double x) {
        return Math.max(0, Math.min(CELLS_PER_SIDE - 1, (int) (x / cellWidth)));
    }

    private int cellY(double y) {
        return Math.max(0, Math.min(CELLS_PER_SIDE - 1, (int) (y / cellHeight)));
    }
}
