package io.annolab.media.api;

import java.io.IOException;
import java.nio.file.Path;

import io.annolab.media.internal.FfmpegVideoWriter;

/**
 * Writes BGR frames to an MP4 file, H.264 when the bundled FFmpeg has an H.264 encoder (it has OpenH264,
 * not x264), otherwise MPEG-4 part 2. Width and height must be even (4:2:0 chroma subsampling).
 */
public interface VideoWriter extends AutoCloseable {

    static VideoWriter create(Path file, int width, int height, double fps) throws IOException {
        return FfmpegVideoWriter.create(file, width, height, fps);
    }

    /** As {@link #create(Path, int, int, double)}, tagging the file to be shown rotated clockwise by 90, 180 or 270. */
    static VideoWriter create(Path file, int width, int height, double fps, int displayRotationDegrees)
            throws IOException {
        return FfmpegVideoWriter.create(file, width, height, fps, displayRotationDegrees);
    }

    /** The FFmpeg encoder in use, e.g. "libopenh264" or "mpeg4". */
    String codec();

    void write(DecodedImage frame) throws IOException;

    int framesWritten();

    /** Finishes the file; it is not playable before this. */
    @Override
    void close() throws IOException;
}
