package io.annolab.media.internal;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.api.VideoWriter;

/** {@link VideoWriter} over JavaCV's FFmpegFrameRecorder. */
public final class FfmpegVideoWriter implements VideoWriter {

    private final Path file;
    private final FFmpegFrameRecorder recorder;
    private final String codec;
    private final Frame frame;
    private int framesWritten;

    private FfmpegVideoWriter(Path file, FFmpegFrameRecorder recorder, String codec, int width, int height) {
        this.file = file;
        this.recorder = recorder;
        this.codec = codec;
        this.frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
    }

    public static FfmpegVideoWriter create(Path file, int width, int height, double fps) throws IOException {
        return create(file, width, height, fps, 0);
    }

    /** {@code displayRotation}: clockwise degrees a player should rotate the frames by (0, 90, 180, 270). */
    public static FfmpegVideoWriter create(Path file, int width, int height, double fps, int displayRotation)
            throws IOException {
        if (width <= 0 || height <= 0 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("Video size must be positive and even (4:2:0 chroma), was "
                    + width + "x" + height + " for " + file);
        }
        if (!(fps > 0) || displayRotation % 90 != 0) {
            throw new IllegalArgumentException("Need fps > 0 and a quarter-turn rotation, got " + fps + " fps, "
                    + displayRotation + " degrees for " + file);
        }
        NativeLibraries.requireFfmpeg();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        String codec = Mp4Encoders.best();
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0);
        recorder.setFormat("mp4");
        recorder.setVideoCodecName(codec);
        recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(fps);
        // A keyframe every second keeps random access in annotation tools cheap.
        recorder.setGopSize(Math.max(1, (int) Math.round(fps)));
        // About 0.5 bit per pixel: generous, so that flat colours survive for pixel-exact checks and annotation.
        recorder.setVideoBitrate((int) Math.min(50_000_000L, Math.max(500_000L, Math.round(width * height * fps / 2))));
        if (displayRotation != 0) {
            recorder.setDisplayRotation(-displayRotation); // the display matrix angle is counter-clockwise
        }
        try {
            recorder.start();
        } catch (FrameRecorder.Exception | RuntimeException e) {
            try {
                recorder.release();
            } catch (FrameRecorder.Exception ignored) {
                // the start failure below is what matters
            }
            throw new IOException("Cannot create video " + file + " with encoder " + codec + ": " + e.getMessage()
                    + ". Check that the folder is writable and the disk not full.", e);
        }
        return new FfmpegVideoWriter(file, recorder, codec, width, height);
    }

    @Override
    public String codec() {
        return codec;
    }

    @Override
    public int framesWritten() {
        return framesWritten;
    }

    @Override
    public void write(DecodedImage image) throws IOException {
        if (image.width() != frame.imageWidth || image.height() != frame.imageHeight) {
            throw new IllegalArgumentException("Frame " + framesWritten + " for " + file + " is " + image.width()
                    + "x" + image.height() + ", the video is " + frame.imageWidth + "x" + frame.imageHeight);
        }
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        int rowBytes = image.width() * 3;
        for (int y = 0; y < image.height(); y++) {
            buffer.put(y * frame.imageStride, image.bgr(), y * rowBytes, rowBytes);
        }
        try {
            recorder.record(frame, AV_PIX_FMT_BGR24);
        } catch (FrameRecorder.Exception | RuntimeException e) {
            throw new IOException("Cannot write frame " + framesWritten + " to " + file + ": " + e.getMessage(), e);
        }
        framesWritten++;
    }

    @Override
    public void close() throws IOException {
        try {
            recorder.close();
        } catch (FrameRecorder.Exception e) {
            throw new IOException("Cannot finish video " + file + " after " + framesWritten + " frames: "
                    + e.getMessage(), e);
        }
    }
}
