package io.annolab.inference.api;

import java.io.IOException;

/**
 * A SAM-style model: {@link #encode} an image once (slow), then {@link #decode} each prompt
 * against its embedding (fast). Prompts are in image pixels.
 */
public interface InteractiveSegmenter extends AutoCloseable {

    /** Positive click: the object is here. */
    int FOREGROUND = 1;
    /** Negative click: this is not part of the object. */
    int BACKGROUND = 0;

    Embedding encode(byte[] bgr, int width, int height) throws IOException;

    /**
     * The mask for clicks {@code points} (x, y pairs) with {@code labels} (FOREGROUND or
     * BACKGROUND, one per point) and an optional box (x1, y1, x2, y2, or null). Null when the
     * model finds nothing.
     */
    SegmentResult decode(Embedding embedding, float[] points, int[] labels, float[] box) throws IOException;

    @Override
    void close();
}
