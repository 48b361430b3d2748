package io.annolab.video.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

import io.annolab.media.api.VideoFrameCache;
import io.annolab.media.api.VideoReader;

/**
 * The video benchmark of issue 5: a player's use of {@link VideoFrameCache} on 30 s of 1080p H.264 (see
 * {@link BenchmarkVideo}). Stepping asks for frame i+1 as soon as frame i is there, with prefetch on, so it
 * measures decoding throughput, the worst case for a player; the paced run shows frames at 30 fps as playback
 * does; the same for playing backwards (not a target of the issue, reported for the player). Seeks go to
 * 50 seeded random frames. Figures go to stdout and target/video-benchmark.txt; targets
 * (step <= 30 ms, seek <= 150 ms) are reported, not asserted: timings depend on the machine.
 */
class VideoBenchmark {

    private static final double STEP_TARGET_MS = 30;
    private static final double SEEK_TARGET_MS = 150;
    /** 64 frames of 6 MB: prefetch runs 32 frames (about 1 s) ahead. */
    private static final int CACHE_FRAMES = 64;
    private static final int STEPS = 600;
    private static final int SEEKS = 50;

    private final StringBuilder report = new StringBuilder();

    @Test
    void stepAndSeek() throws Exception {
        long writing = System.nanoTime();
        Path video = BenchmarkVideo.ensure(Path.of("target", "benchmark-1080p-h264.mp4"));
        describeInput(video, System.nanoTime() - writing);

        say(readerAlone(video).line(0));
        long opening = System.nanoTime();
        try (VideoFrameCache cache = VideoFrameCache.open(video, CACHE_FRAMES)) {
            say(String.format(Locale.ROOT, "open (index %d frames, decode frame 0): %.1f ms", cache.info().frameCount(),
                    (System.nanoTime() - opening) / 1e6));
            say(stepForward(cache, 0, false).line(STEP_TARGET_MS));
            say(stepForward(cache, 200, true).line(STEP_TARGET_MS));
            say(stepBackward(cache, 899, false).line(STEP_TARGET_MS));
            say(stepBackward(cache, 560, true).line(STEP_TARGET_MS));
            say(seek(cache, 0).line(SEEK_TARGET_MS));
            say(seek(cache, 1).line(SEEK_TARGET_MS));
            say("cache hits " + cache.hits() + ", misses " + cache.misses());
        }
        Path out = Path.of("target", "video-benchmark.txt");
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    /** The decoder's own cost per frame (decode, convert to BGR, copy), without the cache, for comparison. */
    private static Timings readerAlone(Path video) throws IOException {
        Timings timings = new Timings("reader alone, next() (no cache)", 300);
        try (VideoReader reader = VideoReader.open(video)) {
            for (int i = 0; i < 300; i++) {
                long start = System.nanoTime();
                reader.next();
                timings.add(System.nanoTime() - start);
            }
        }
        return timings;
    }

    private static Timings stepForward(VideoFrameCache cache, int from, boolean pacedAt30Fps) throws IOException {
        Timings timings = new Timings(pacedAt30Fps ? "step forward, shown at 30 fps" : "step forward, next frame at once",
                STEPS);
        cache.setDirection(1);
        cache.get(from);
        long frameNanos = 1_000_000_000L / BenchmarkVideo.FPS;
        long due = System.nanoTime();
        for (int frame = from + 1; frame <= from + STEPS; frame++) {
            if (pacedAt30Fps) {
                due += frameNanos;
                LockSupport.parkNanos(due - System.nanoTime());
            }
            long start = System.nanoTime();
            cache.get(frame);
            timings.add(System.nanoTime() - start);
        }
        return timings;
    }

    private static Timings stepBackward(VideoFrameCache cache, int from, boolean pacedAt30Fps) throws IOException {
        Timings timings = new Timings(pacedAt30Fps ? "step backward, shown at 30 fps" : "step backward, next frame at once",
                250);
        cache.setDirection(-1);
        cache.get(from);
        long frameNanos = 1_000_000_000L / BenchmarkVideo.FPS;
        long due = System.nanoTime();
        for (int frame = from - 1; frame >= from - 250; frame--) {
            if (pacedAt30Fps) {
                due += frameNanos;
                LockSupport.parkNanos(due - System.nanoTime());
            }
            long start = System.nanoTime();
            cache.get(frame);
            timings.add(System.nanoTime() - start);
        }
        return timings;
    }

    /** {@code direction} 0: the player is paused; 1: it plays on after each seek, so prefetch competes. */
    private static Timings seek(VideoFrameCache cache, int direction) throws IOException {
        Timings timings = new Timings(direction == 0 ? "random seek, paused" : "random seek, playing (prefetch on)", SEEKS);
        cache.setDirection(direction);
        Random random = new Random(5 + direction);
        for (int i = 0; i < SEEKS; i++) {
            int frame = random.nextInt(cache.info().frameCount());
            long start = System.nanoTime();
            cache.get(frame);
            timings.add(System.nanoTime() - start);
            LockSupport.parkNanos(50_000_000L); // a user looks at the frame before the next jump
        }
        return timings;
    }

    private void describeInput(Path video, long preparationNanos) throws IOException {
        say("Annolab video benchmark (issue 5)");
        say(String.format(Locale.ROOT, "input: %s, %dx%d H.264 (%s), %d frames at %d fps, keyframe every %d frames, "
                + "%.1f MB (%.1f Mbit/s); prepared in %.1f s", video.getFileName(), BenchmarkVideo.WIDTH,
                BenchmarkVideo.HEIGHT, BenchmarkVideo.ENCODER, BenchmarkVideo.FRAMES, BenchmarkVideo.FPS,
                BenchmarkVideo.KEYFRAME_INTERVAL, Files.size(video) / 1e6,
                Files.size(video) * 8.0 / 1e6 / (BenchmarkVideo.FRAMES / (double) BenchmarkVideo.FPS), preparationNanos / 1e9));
        say(String.format(Locale.ROOT, "machine: %d cores, Java %s, %s; cache %d frames", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"), CACHE_FRAMES));
    }

    private void say(String line) {
        System.out.println(line);
        report.append(line).append('\n');
    }
}
