package io.annolab.core.api.task;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a task's frames into the segments of its jobs as CVAT does: each segment holds
 * {@code segmentSize} frames, consecutive segments share {@code overlap} frames, and the last
 * one ends at the last frame (so it may be shorter).
 */
public final class Segments {

    private Segments() {
    }

    /**
     * The job ranges for {@code frames} frames; a segment size of 0 (or at least the frame
     * count) gives one job. Fails with a message for the user when the overlap is not smaller
     * than the segment size.
     */
    public static List<FrameRange> split(int frames, int segmentSize, int overlap) {
        check(segmentSize, overlap);
        List<FrameRange> ranges = new ArrayList<>();
        if (frames <= 0) {
            return ranges;
        }
        if (segmentSize == 0 || segmentSize >= frames) {
            ranges.add(new FrameRange(0, frames - 1));
            return ranges;
        }
        int step = segmentSize - overlap;
        for (int start = 0;; start += step) {
            int stop = Math.min(start + segmentSize - 1, frames - 1);
            ranges.add(new FrameRange(start, stop));
            if (stop == frames - 1) {
                return ranges;
            }
        }
    }

    /** Throws {@link IllegalArgumentException} with a message for the user when the values cannot split a task. */
    public static void check(int segmentSize, int overlap) {
        if (segmentSize < 0) {
            throw new IllegalArgumentException("The segment size must be 0 (one job) or more, not " + segmentSize);
        }
        if (overlap < 0) {
            throw new IllegalArgumentException("The overlap must be 0 or more, not " + overlap);
        }
        if (segmentSize > 0 && overlap >= segmentSize) {
            throw new IllegalArgumentException("The overlap (" + overlap + ") must be smaller than the segment size (" + segmentSize
                    + "): otherwise the jobs would never advance");
        }
    }

    /** A one-line summary such as {@code 200 frames → 3 jobs: 0–99, 90–189, 180–199}, eliding long lists. */
    public static String describe(int frames, List<FrameRange> ranges) {
        StringBuilder text = new StringBuilder();
        text.append(frames).append(frames == 1 ? " frame \u2192 " : " frames \u2192 ").append(ranges.size())
                .append(ranges.size() == 1 ? " job" : " jobs");
        if (!ranges.isEmpty()) {
            text.append(": ");
            int shown = Math.min(ranges.size(), 4);
            for (int i = 0; i < shown; i++) {
                text.append(i > 0 ? ", " : "").append(ranges.get(i));
            }
            if (ranges.size() > shown + 1) {
                text.append(", ..., ").append(ranges.get(ranges.size() - 1));
            } else if (ranges.size() == shown + 1) {
                text.append(", ").append(ranges.get(ranges.size() - 1));
            }
        }
        return text.toString();
    }
}
