package io.annolab.core.api.mask;

import java.util.Arrays;

/** Collects alternating runs starting with a 0-run, merging neighbours of the same value. */
public final class RunBuilder {

    private int[] counts = new int[16];
    private int size;
    private boolean current;
    private long run;

    /** Appends {@code length} pixels of {@code value}. */
    public void add(boolean value, long length) {
        if (length <= 0) {
            return;
        }
        if (value != current) {
            push();
            current = value;
        }
        run += length;
    }

    private void push() {
        if (size == counts.length) {
            counts = Arrays.copyOf(counts, size * 2);
        }
        counts[size++] = (int) run;
        run = 0;
    }

    /** The runs, starting with a 0-run (0 long when the first pixel is set). */
    public int[] finish() {
        push();
        return Arrays.copyOf(counts, size);
    }
}
