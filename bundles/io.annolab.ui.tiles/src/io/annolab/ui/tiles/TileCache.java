package io.annolab.ui.tiles;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Image;

/**
 * The SWT images of tiles, least recently drawn evicted first, bounded by pixel count (what costs memory in
 * the window system). UI thread only, since evicting disposes images that a paint might otherwise be using.
 */
final class TileCache {

    /**
     * A tile's image and what it was made from: the level's build version (a preview level is replaced by
     * its exact pixels) and the colour adjustments' epoch. Stale entries are still drawn until replaced.
     */
    record Entry(Image image, int levelVersion, int adjustmentsEpoch) {

        long pixels() {
            return (long) image.getBounds().width * image.getBounds().height;
        }
    }

    private final LinkedHashMap<TileKey, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final long maxPixels;
    private long pixels;

    TileCache(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** The entry, marked as just used; null if absent. */
    Entry get(TileKey key) {
        return entries.get(key);
    }

    void put(TileKey key, Entry entry) {
        Entry old = entries.put(key, entry);
        if (old != null) {
            pixels -= old.pixels();
            old.image().dispose();
        }
        pixels += entry.pixels();
        Iterator<Map.Entry<TileKey, Entry>> eldest = entries.entrySet().iterator();
        while (pixels > maxPixels && eldest.hasNext()) {
            Map.Entry<TileKey, Entry> candidate = eldest.next();
            if (candidate.getKey().equals(key)) {
                continue; // never the tile just made
            }
            pixels -= candidate.getValue().pixels();
            candidate.getValue().image().dispose();
            eldest.remove();
        }
    }

    long pixels() {
        return pixels;
    }

    int size() {
        return entries.size();
    }

    void clear() {
        for (Entry entry : entries.values()) {
            entry.image().dispose();
        }
        entries.clear();
        pixels = 0;
    }
}
