package io.annolab.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.api.VideoReader;

class VideoReaderTest {

    @Test
    void readsVtestProperties() throws IOException {
        try (VideoReader video = VideoReader.open(SharedFixtures.file("debian-opencv-doc/vtest.avi"))) {
            assertEquals(795, video.frameCount());
            assertEquals(10.0, video.fps(), 1e-6);
            assertEquals(768, video.width());
            assertEquals(576, video.height());
            assertEquals(0, video.rotationDegrees());
        }
    }

    /** Frames decoded by seeking, in scrambled order, must be byte-identical to the same frames played through. */
    @Test
    void randomAccessEqualsSequentialDecoding() throws IOException {
        Path file = SharedFixtures.file("debian-opencv-doc/vtest.avi");
        List<Integer> probes = List.of(700, 3, 250, 251, 249, 0, 794, 399, 120, 57, 601, 1);
        Map<Integer, DecodedImage> sequential = new HashMap<>();
        try (VideoReader video = VideoReader.open(file)) {
            while (video.hasNext()) {
                int index = video.nextIndex();
                DecodedImage frame = video.next();
                if (probes.contains(index)) {
                    sequential.put(index, frame);
                }
            }
        }
        try (VideoReader video = VideoReader.open(file)) {
            for (int index : probes) {
                assertEquals(sequential.get(index), video.frame(index), "frame " + index);
            }
            assertNotEquals(video.frame(250), video.frame(251), "neighbouring frames differ: seeking is exact");
        }
    }

    @Test
    void nextContinuesAfterRandomAccess() throws IOException {
        try (VideoReader video = VideoReader.open(SharedFixtures.file("debian-opencv-doc/vtest.avi"))) {
            DecodedImage frame301 = video.frame(301);
            video.frame(300);
            assertEquals(301, video.nextIndex());
            assertEquals(frame301, video.next());
        }
    }

    @Test
    void opensXvidAndDecodesAFrame() throws IOException {
        try (VideoReader video = VideoReader.open(SharedFixtures.file("debian-opencv-doc/Megamind.avi"))) {
            assertEquals(270, video.frameCount());
            assertEquals(720, video.width());
            DecodedImage frame = video.frame(135);
            assertEquals(528, frame.height());
            assertTrue(ImageDecoderTest.mean(frame) > 5, "not a black frame");
        }
    }

    /** tree.avi stores 68 pictures for 444 frames; the frames between pictures repeat the previous one. */
    @Test
    void opensCinepakAndCountsRepeatedFrames() throws IOException {
        try (VideoReader video = VideoReader.open(SharedFixtures.file("debian-opencv-doc/tree.avi"))) {
            assertEquals(444, video.frameCount());
            assertEquals(320, video.width());
            assertEquals(240, video.height());
            DecodedImage frame = video.frame(200);
            assertTrue(ImageDecoderTest.mean(frame) > 5, "not a black frame");
            assertEquals(video.frame(1), video.frame(2), "frames 1..10 repeat picture 0");
        }
    }

    @Test
    void errorsNameTheFileAndFrame() throws IOException {
        Path file = SharedFixtures.file("debian-opencv-doc/tree.avi");
        try (VideoReader video = VideoReader.open(file)) {
            IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> video.frame(444));
            assertTrue(e.getMessage().contains("tree.avi") && e.getMessage().contains("444"), e.getMessage());
        }
        IOException notVideo = assertThrows(IOException.class,
                () -> VideoReader.open(SharedFixtures.file("debian-skimage/truncated.jpg").resolveSibling("nope.avi")));
        assertTrue(notVideo.getMessage().contains("nope.avi"), notVideo.getMessage());
    }
}
