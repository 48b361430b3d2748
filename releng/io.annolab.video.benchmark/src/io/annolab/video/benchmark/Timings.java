package io.annolab.video.benchmark;

import java.util.Arrays;
import java.util.Locale;

/** Durations of one kind of operation, in nanoseconds, summarised as median, 95th percentile and worst. */
final class Timings {

    private final String name;
    private final long[] nanos;
    private int count;

    Timings(String name, int capacity) {
        this.name = name;
        this.nanos = new long[capacity];
    }

    void add(long durationNanos) {
        nanos[count++] = durationNanos;
    }

    double medianMs() {
        return percentileMs(50);
    }

    double p95Ms() {
        return percentileMs(95);
    }

    double worstMs() {
        return percentileMs(100);
    }

    /** Nearest-rank percentile. */
    private double percentileMs(int percent) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = Math.max(1, (int) Math.ceil(percent / 100.0 * count));
        return sorted[rank - 1] / 1e6;
    }

    /** One line: name, count, figures, and whether median and p95 are within {@code targetMs}. */
    String line(double targetMs) {
        String verdict = targetMs <= 0 ? "" : p95Ms() <= targetMs ? "  (target <= " + fmt(targetMs) + " ms: met at p95)"
                : medianMs() <= targetMs ? "  (target <= " + fmt(targetMs) + " ms: met at median, not at p95)"
                : "  (target <= " + fmt(targetMs) + " ms: MISSED)";
        return String.format(Locale.ROOT, "%-44s n=%-4d median %7s ms   p95 %7s ms   worst %7s ms%s", name, count,
                fmt(medianMs()), fmt(p95Ms()), fmt(worstMs()), verdict);
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }
}
