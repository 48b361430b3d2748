package io.annolab.media.api;

import java.io.IOException;
import java.nio.file.Path;

import io.annolab.media.internal.FfmpegVideoReader;

/**
 * Frame-accurate access to a video file: {@code frame(i)} always returns the i-th frame in presentation
 * order, the same pixels sequential stepping with {@link #next()} gives. Not thread-safe; one reader per user.
 */
public interface VideoReader extends AutoCloseable {

    /** Opens the file and indexes its frames (a demux-only pass, no decoding). */
    static VideoReader open(Path file) throws IOException {
        return FfmpegVideoReader.open(file);
    }

    VideoInfo info();

    default int frameCount() {
        return info().frameCount();
    }

    default double fps() {
        return info().fps();
    }

    default int width() {
        return info().width();
    }

    default int height() {
        return info().height();
    }

    default int rotationDegrees() {
        return info().rotationDegrees();
    }

    /** The frame at {@code index} (0-based), rotated for display. */
    DecodedImage frame(int index) throws IOException;

    /** Index of the frame {@link #next()} returns: 0 after opening, then one past the last frame returned. */
    int nextIndex();

    default boolean hasNext() {
        return nextIndex() < frameCount();
    }

    /** The frame after the one returned last, for playback and stepping. */
    DecodedImage next() throws IOException;

    @Override
    void close();
}
