package io.annolab.media.internal;

import java.util.Arrays;

/**
 * Presentation timestamps of all frames of a video stream, sorted: frame i is the i-th smallest. Built from
 * packet timestamps, so it is exact for variable frame rates, unlike "time x fps" arithmetic. Empty packets
 * (AVI "drop frame" chunks) count as frames that repeat the previous picture, as players and OpenCV show them.
 */
final class FrameIndex {

    private final long[] timestamps;
    private final boolean[] hasPicture;

    /**
     * {@code packetTimestamps[i]} and {@code packetHasData[i]} describe packet i in file order.
     * {@code ticksAreFrames}: the stream's time base is one frame (AVI). The demuxer drops empty chunks there,
     * so a gap between timestamps is frames that repeat the previous picture (tree.avi: 444 frames, 68 pictures).
     */
    FrameIndex(long[] packetTimestamps, boolean[] packetHasData, boolean ticksAreFrames) {
        Integer[] order = new Integer[packetTimestamps.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(packetTimestamps[a], packetTimestamps[b]));
        long[] sorted = new long[order.length];
        boolean[] data = new boolean[order.length];
        int count = 0;
        for (int packet : order) {
            if (count > 0 && sorted[count - 1] == packetTimestamps[packet]) {
                data[count - 1] |= packetHasData[packet]; // duplicates: keep one frame
                continue;
            }
            sorted[count] = packetTimestamps[packet];
            data[count++] = packetHasData[packet];
        }
        if (ticksAreFrames && count > 0 && sorted[count - 1] - sorted[0] + 1 > count) {
            int frames = Math.toIntExact(sorted[count - 1] - sorted[0] + 1);
            long[] everyTick = new long[frames];
            boolean[] tickData = new boolean[frames];
            for (int i = 0; i < frames; i++) {
                everyTick[i] = sorted[0] + i;
            }
            for (int i = 0; i < count; i++) {
                tickData[(int) (sorted[i] - sorted[0])] = data[i];
            }
            sorted = everyTick;
            data = tickData;
            count = frames;
        }
        this.timestamps = Arrays.copyOf(sorted, count);
        this.hasPicture = Arrays.copyOf(data, count);
    }

    int size() {
        return timestamps.length;
    }

    long timestamp(int frame) {
        return timestamps[frame];
    }

    /** The frame whose picture {@code frame} shows: itself, or the last earlier one that carries data. */
    int pictureFrameFor(int frame) {
        for (int i = frame; i >= 0; i--) {
            if (hasPicture[i]) {
                return i;
            }
        }
        for (int i = frame + 1; i < hasPicture.length; i++) {
            if (hasPicture[i]) {
                return i;
            }
        }
        return frame;
    }

    /** The frame shown at {@code timestamp}: exact match, else the last frame starting before it. */
    int frameAt(long timestamp) {
        int found = Arrays.binarySearch(timestamps, timestamp);
        return found >= 0 ? found : Math.max(0, -found - 2);
    }
}
