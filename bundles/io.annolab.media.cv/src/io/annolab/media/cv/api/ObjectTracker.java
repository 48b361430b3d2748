package io.annolab.media.cv.api;

import java.io.IOException;
import java.util.Optional;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.cv.internal.OpenCvObjectTracker;

/**
 * Follows one object from frame to frame: {@link #init} with the object's box on a frame, then {@link #update}
 * with each following frame in order. Holds native memory until {@link #close()}. Not thread-safe; one tracker
 * per tracked object.
 */
public interface ObjectTracker extends AutoCloseable {

    /** A new tracker; OpenCV's natives load on the first call. */
    static ObjectTracker create(TrackerKind kind) throws IOException {
        return OpenCvObjectTracker.create(kind);
    }

    TrackerKind kind();

    /**
     * Starts (or restarts, e.g. after the user corrected the box) tracking the object inside {@code box} on
     * {@code frame}. The box is clipped to the frame; one entirely outside it is refused.
     */
    void init(DecodedImage frame, Box box);

    /** The object's box on the next frame, or empty when the tracker lost it. Frames must keep the init size. */
    Optional<Box> update(DecodedImage frame);

    @Override
    void close();
}
