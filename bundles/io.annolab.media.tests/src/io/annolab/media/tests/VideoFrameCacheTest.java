package io.annolab.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.api.VideoFrameCache;
import io.annolab.media.api.VideoReader;

class VideoFrameCacheTest {

    /** Prefetching 768x576 frames takes a few ms each; this leaves a loaded build machine ample time. */
    private static final long PREFETCH_WAIT_MS = 2_000;

    @Test
    void givesTheSamePixelsAsTheReader() throws IOException {
        Path file = SharedFixtures.file("debian-opencv-doc/vtest.avi"); // DivX 3 (msmpeg4v3)
        try (VideoReader reader = VideoReader.open(file); VideoFrameCache cache = VideoFrameCache.open(file, 8)) {
            assertEquals(reader.info(), cache.info());
            for (int frame : List.of(700, 3, 250, 251, 0, 794, 399, 120, 251, 57)) {
                assertEquals(reader.frame(frame), cache.get(frame), "frame " + frame);
            }
        }
    }

    @Test
    void prefetchFillsTheFramesAheadInThePlayingDirection() throws Exception {
        try (VideoFrameCache cache = VideoFrameCache.open(SharedFixtures.file("debian-opencv-doc/vtest.avi"), 32)) {
            cache.setDirection(1);
            cache.get(100);
            Thread.sleep(PREFETCH_WAIT_MS);
            assertAllHits(cache, 101, 108, 1);

            cache.setDirection(5); // a task's frame step
            cache.get(300);
            Thread.sleep(PREFETCH_WAIT_MS);
            assertAllHits(cache, 305, 340, 5);
        }
    }

    @Test
    void prefetchFollowsBackwardPlayback() throws Exception {
        try (VideoFrameCache cache = VideoFrameCache.open(SharedFixtures.file("debian-opencv-doc/vtest.avi"), 32)) {
            cache.setDirection(-1);
            cache.get(500);
            Thread.sleep(PREFETCH_WAIT_MS);
            long misses = cache.misses();
            for (int frame = 499; frame >= 485; frame--) {
                cache.get(frame);
            }
            assertEquals(misses, cache.misses(), "stepping back 15 frames found them all decoded");
        }
    }

    @Test
    void aSeekReaimsThePrefetch() throws Exception {
        try (VideoFrameCache cache = VideoFrameCache.open(SharedFixtures.file("debian-opencv-doc/vtest.avi"), 16)) {
            cache.setDirection(1);
            cache.get(10);
            CompletableFuture<DecodedImage> far = cache.request(600);
            assertEquals(cache.get(600), far.get(10, TimeUnit.SECONDS));
            Thread.sleep(PREFETCH_WAIT_MS);
            assertAllHits(cache, 601, 606, 1);
        }
    }

    @Test
    void noPrefetchWithoutADirection() throws Exception {
        try (VideoFrameCache cache = VideoFrameCache.open(SharedFixtures.file("debian-opencv-doc/vtest.avi"), 16)) {
            cache.get(50);
            Thread.sleep(500);
            long misses = cache.misses();
            cache.get(51);
            assertEquals(misses + 1, cache.misses());
        }
    }

    /** H.264 and MPEG-4 in MP4 and MJPEG in AVI, written here; XviD, DivX and Cinepak AVIs are real samples. */
    @Test
    void decodesEveryCodecOfTheIssueFrameAccurately(@TempDir Path folder) throws IOException {
        List<Path> videos = List.of(
                GeneratedVideos.write(folder.resolve("h264.mp4"), "libopenh264", "mp4", 40, 10),
                GeneratedVideos.write(folder.resolve("mpeg4.mp4"), "mpeg4", "mp4", 40, 10),
                GeneratedVideos.write(folder.resolve("mjpeg.avi"), "mjpeg", "avi", 40, 10));
        for (Path video : videos) {
            assertSequentialEqualsRandom(video, List.of(25, 3, 39, 0, 11, 10, 9, 30), 40);
        }
        assertSequentialEqualsRandom(SharedFixtures.file("debian-opencv-doc/Megamind.avi"), List.of(200, 7, 135, 136, 1), 270);
        assertSequentialEqualsRandom(SharedFixtures.file("debian-opencv-doc/tree.avi"), List.of(300, 2, 443, 150), 444);
    }

    @Test
    void rotationMetadataTurnsTheFrames(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("portrait.mp4");
        byte[] bgr = new byte[64 * 48 * 3];
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                bgr[(y * 64 + x) * 3 + 2] = (byte) 255; // red in the stored top-left corner
            }
        }
        try (io.annolab.media.api.VideoWriter writer = io.annolab.media.api.VideoWriter.create(file, 64, 48, 5, 90)) {
            for (int i = 0; i < 5; i++) {
                writer.write(new DecodedImage(64, 48, bgr));
            }
        }
        try (VideoFrameCache cache = VideoFrameCache.open(file, 4)) {
            assertEquals(90, cache.info().rotationDegrees());
            assertEquals(48, cache.info().width());
            assertEquals(64, cache.info().height());
            DecodedImage frame = cache.get(2);
            assertEquals(48, frame.width());
            assertTrue((frame.rgbAt(40, 8) >> 16 & 0xFF) > 200, "red is top-right after a clockwise quarter turn");
            assertTrue((frame.rgbAt(8, 8) >> 16 & 0xFF) < 50, "no red where it was stored");
        }
    }

    /**
     * Garbage over 5 % of an H.264 MP4 (keyframe every 30 frames) near its middle: the frames before decode as
     * before, the damaged ones fail with a message naming file and frame, and from the next keyframe on the
     * frames are exact again.
     */
    @Test
    void aDamagedVideoFailsOnlyForTheDamagedFrames(@TempDir Path folder) throws Exception {
        Path intact = GeneratedVideos.write(folder.resolve("intact.mp4"), "libopenh264", "mp4", 90, 30);
        Path damaged = GeneratedVideos.damagedCopy(intact, folder.resolve("damaged.mp4"), 0.45, 0.05);
        try (VideoReader original = VideoReader.open(intact); VideoFrameCache cache = VideoFrameCache.open(damaged, 8)) {
            assertEquals(90, cache.info().frameCount(), "the MP4 index is intact: every frame is still there");
            int failures = 0;
            for (int frame = 0; frame < 90; frame++) {
                try {
                    DecodedImage image = cache.get(frame);
                    if (frame < 30 || frame >= 60) {
                        assertEquals(original.frame(frame), image, "undamaged frame " + frame);
                    }
                } catch (IOException e) {
                    failures++;
                    assertTrue(frame >= 30 && frame < 60, "only the damaged group of pictures fails, not frame " + frame);
                    assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("frame " + frame + " of") && e.getMessage().contains("damaged.mp4")
                            && e.getMessage().contains("other frames"), e.getMessage());
                }
            }
            assertTrue(failures > 0, "the garbage made some frame undecodable");
            assertEquals(original.frame(5), cache.get(5), "still usable after the failures");
        }
    }

    /** Garbage over AVI chunk headers costs the frames it covers; the rest open and decode. */
    @Test
    void aDamagedMjpegAviStaysUsable(@TempDir Path folder) throws Exception {
        Path intact = GeneratedVideos.write(folder.resolve("intact.avi"), "mjpeg", "avi", 90, 1);
        Path damaged = GeneratedVideos.damagedCopy(intact, folder.resolve("damaged.avi"), 0.45, 0.05);
        try (VideoReader original = VideoReader.open(intact); VideoFrameCache cache = VideoFrameCache.open(damaged, 8)) {
            int last = cache.info().frameCount() - 1;
            assertTrue(last > 60, "most frames are left: " + (last + 1));
            assertEquals(original.frame(10), cache.get(10));
            int failures = 0;
            for (int frame = 0; frame <= last; frame++) {
                try {
                    cache.get(frame);
                } catch (IOException e) {
                    failures++;
                    assertTrue(e.getMessage().contains("damaged.avi"), e.getMessage());
                }
            }
            assertTrue(failures < 10, failures + " frames failed");
            assertTrue(ImageDecoderTest.mean(cache.get(last)) > 5, "the last frame decodes");
        }
    }

    @Test
    void requestsOutsideTheVideoOrAfterCloseFailClearly() throws IOException {
        Path file = SharedFixtures.file("debian-opencv-doc/tree.avi");
        VideoFrameCache cache = VideoFrameCache.open(file, 4);
        IndexOutOfBoundsException outside = assertThrows(IndexOutOfBoundsException.class, () -> cache.get(444));
        assertTrue(outside.getMessage().contains("tree.avi"), outside.getMessage());
        cache.close();
        IOException closed = assertThrows(IOException.class, () -> cache.get(3));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
    }

    private static void assertAllHits(VideoFrameCache cache, int from, int to, int step) throws IOException {
        long misses = cache.misses();
        for (int frame = from; frame <= to; frame += step) {
            cache.get(frame);
        }
        assertEquals(misses, cache.misses(), "frames " + from + ".." + to + " (step " + step + ") were prefetched");
    }

    /** Frames fetched through the cache in scrambled order equal the ones a reader gives playing through. */
    private static void assertSequentialEqualsRandom(Path file, List<Integer> frames, int frameCount) throws IOException {
        DecodedImage[] played = new DecodedImage[frameCount];
        try (VideoReader reader = VideoReader.open(file)) {
            assertEquals(frameCount, reader.frameCount(), file.toString());
            while (reader.hasNext()) {
                int index = reader.nextIndex();
                played[index] = reader.next();
            }
        }
        try (VideoFrameCache cache = VideoFrameCache.open(file, 4)) {
            for (int frame : frames) {
                assertEquals(played[frame], cache.get(frame), cache.info().codec() + ": frame " + frame + " of " + file);
            }
        }
    }
}
