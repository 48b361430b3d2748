package io.annolab.core.api.task;

/** Frames {@code start..stop} of a task, both included: one job's segment. */
public record FrameRange(int start, int stop) {

    public int size() {
        return stop - start + 1;
    }

    @Override
    public String toString() {
        return start + "\u2013" + stop;
    }
}
