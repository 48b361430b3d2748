package io.annolab.video.benchmark;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

import io.annolab.media.api.VideoReader;
import io.annolab.media.internal.NativeLibraries;

/**
 * The benchmark's input: 30 s of 1080p H.264 at 30 fps, a keyframe every 2 s and 8 Mbit/s, like a camera
 * file. A seeded texture scrolls under six moving boxes, so the encoder needs motion vectors and real
 * residuals (a still or flat picture would decode unrealistically fast). Written once; later runs reuse it.
 */
final class BenchmarkVideo {

    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;
    static final int FPS = 30;
    static final int FRAMES = 900;
    static final int KEYFRAME_INTERVAL = 60;
    static final int BITRATE = 8_000_000;
    /** Bytedeco's FFmpeg is LGPL: no libx264, but Cisco's OpenH264 encoder is built in. */
    static final String ENCODER = "libopenh264";

    private BenchmarkVideo() {
    }

    static Path ensure(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            try (VideoReader reader = VideoReader.open(file)) {
                if (reader.frameCount() == FRAMES && reader.width() == WIDTH) {
                    return file;
                }
            } catch (IOException e) {
                // an interrupted earlier run: write it again
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        write(file);
        return file;
    }

    private static void write(Path file) throws IOException {
        NativeLibraries.requireFfmpeg();
        byte[] texture = texture(WIDTH * 2, HEIGHT);
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), WIDTH, HEIGHT, 0);
        recorder.setFormat("mp4");
        recorder.setVideoCodecName(ENCODER);
        recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(FPS);
        recorder.setGopSize(KEYFRAME_INTERVAL);
        recorder.setVideoBitrate(BITRATE);
        Frame frame = new Frame(WIDTH, HEIGHT, Frame.DEPTH_UBYTE, 3);
        byte[] row = new byte[WIDTH * 3];
        try {
            recorder.start();
            for (int f = 0; f < FRAMES; f++) {
                ByteBuffer pixels = (ByteBuffer) frame.image[0];
                for (int y = 0; y < HEIGHT; y++) {
                    paintRow(row, texture, f, y);
                    pixels.put(y * frame.imageStride, row, 0, row.length);
                }
                recorder.record(frame, AV_PIX_FMT_BGR24);
            }
            recorder.close();
        } catch (FrameRecorder.Exception e) {
            throw new IOException("Cannot write the benchmark video " + file + " with " + ENCODER + ": " + e.getMessage(), e);
        }
    }

    /** Seeded noise, smoothed along rows so that it looks like foliage or gravel rather than static. */
    private static byte[] texture(int width, int height) {
        Random random = new Random(42);
        byte[] texture = new byte[width * height];
        for (int y = 0; y < height; y++) {
            int previous = 0;
            for (int x = 0; x < width; x++) {
                previous = (previous * 3 + random.nextInt(96)) / 4;
                texture[y * width + x] = (byte) previous;
            }
        }
        return texture;
    }

    private static void paintRow(byte[] row, byte[] texture, int frame, int y) {
        int base = y * WIDTH * 2 + frame * 7 % WIDTH; // the scene pans 7 pixels a frame
        for (int x = 0; x < WIDTH; x++) {
            int t = texture[base + x] & 0xFF;
            row[x * 3] = (byte) (t + 40 + x * 60 / WIDTH);
            row[x * 3 + 1] = (byte) (t + 60 + y * 60 / HEIGHT);
            row[x * 3 + 2] = (byte) (t + 30 + frame % 90);
        }
        for (int box = 0; box < 6; box++) {
            int left = (box * 311 + frame * (4 + box)) % (WIDTH - 200);
            int top = (box * 173 + frame * (2 + box)) % (HEIGHT - 200);
            if (y >= top && y < top + 160) {
                for (int x = left; x < left + 180; x++) {
                    row[x * 3] = (byte) (box * 40);
                    row[x * 3 + 1] = (byte) (250 - box * 30);
                    row[x * 3 + 2] = (byte) (80 + box * 25);
                }
            }
        }
    }
}
