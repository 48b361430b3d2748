package io.annolab.media.tests;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import io.annolab.media.internal.NativeLibraries;

/**
 * Small videos written in the test with the bundled FFmpeg's encoders: a gradient that shifts each frame and
 * a checkerboard that flips every fifth frame, so that neighbouring frames differ.
 */
final class GeneratedVideos {

    static final int WIDTH = 320;
    static final int HEIGHT = 240;

    private GeneratedVideos() {
    }

    /** {@code encoder} is an FFmpeg encoder name (libopenh264, mpeg4, mjpeg), {@code container} mp4 or avi. */
    static Path write(Path file, String encoder, String container, int frames, int keyframeInterval) throws IOException {
        NativeLibraries.requireFfmpeg();
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), WIDTH, HEIGHT, 0);
        recorder.setFormat(container);
        recorder.setVideoCodecName(encoder);
        // MJPEG takes full-range YUV only
        recorder.setPixelFormat(encoder.equals("mjpeg") ? AV_PIX_FMT_YUVJ420P : AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(10);
        recorder.setGopSize(keyframeInterval);
        recorder.setVideoBitrate(1_000_000);
        Frame frame = new Frame(WIDTH, HEIGHT, Frame.DEPTH_UBYTE, 3);
        try {
            recorder.start();
            for (int f = 0; f < frames; f++) {
                paint(frame, f);
                recorder.record(frame, AV_PIX_FMT_BGR24);
            }
            recorder.close();
        } catch (org.bytedeco.javacv.FrameRecorder.Exception e) {
            throw new IOException("Cannot write the test video " + file + " with " + encoder + ": " + e.getMessage(), e);
        }
        return file;
    }

    private static void paint(Frame frame, int index) {
        ByteBuffer pixels = (ByteBuffer) frame.image[0];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int i = y * frame.imageStride + x * 3;
                pixels.put(i, (byte) (x + index));
                pixels.put(i + 1, (byte) (y * 2));
                pixels.put(i + 2, (byte) ((x / 32 + y / 32 + index / 5) % 2 * 200));
            }
        }
    }

    /** A copy of {@code file} with a run of seeded random bytes over {@code length} bytes from {@code offset}. */
    static Path damagedCopy(Path file, Path copy, double offsetFraction, double lengthFraction) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int from = (int) (bytes.length * offsetFraction);
        int to = Math.min(bytes.length, from + (int) (bytes.length * lengthFraction));
        Random garbage = new Random(1);
        for (int i = from; i < to; i++) {
            bytes[i] = (byte) garbage.nextInt(256);
        }
        return Files.write(copy, bytes);
    }
}
