package io.annolab.inference.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last few embeddings, by key (a frame): going back to a frame just clicked on does not
 * encode it again. Least recently used embeddings leave first. Thread-safe.
 */
public final class EmbeddingCache<K> {

    /** Encodes the image of a key on a miss. */
    @FunctionalInterface
    public interface Encoder<K> {
        Embedding encode(K key) throws IOException;
    }

    private final Map<K, Embedding> entries;

    public EmbeddingCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Embedding> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized Embedding get(K key, Encoder<K> encoder) throws IOException {
        Embedding cached = entries.get(key);
        if (cached == null) {
            cached = encoder.encode(key);
            entries.put(key, cached);
        }
        return cached;
    }

    public synchronized boolean contains(K key) {
        return entries.containsKey(key);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
