package io.annolab.formats.coco;

import java.util.Arrays;

/** An open-addressing map from long keys (COCO image ids) to int positions, without boxing. */
final class LongIndex {

    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    LongIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        used = new boolean[capacity];
    }

    /** Puts the key and returns the previous value, or -1. */
    int put(long key, int value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(key);
        while (used[slot]) {
            if (keys[slot] == key) {
                int previous = values[slot];
                values[slot] = value;
                return previous;
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        used[slot] = true;
        keys[slot] = key;
        values[slot] = value;
        size++;
        return -1;
    }

    /** The value, or -1. */
    int get(long key) {
        int slot = slot(key);
        while (used[slot]) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        return -1;
    }

    private int slot(long key) {
        long hash = key * 0x9E3779B97F4A7C15L;
        return (int) (hash >>> 40) & (keys.length - 1);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                put(oldKeys[i], oldValues[i]);
            }
        }
        Arrays.fill(oldUsed, false);
    }
}
