package io.annolab.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.api.DemoMedia;
import io.annolab.media.api.DemoMediaSet;
import io.annolab.media.api.ImageDecoder;
import io.annolab.media.api.ShapeTrack;
import io.annolab.media.api.VideoReader;
import io.annolab.media.api.VideoWriter;

class DemoMediaTest {

    /** Lossy H.264 in limited-range YUV shifts flat colours by a few levels, not more. */
    private static final int COLOUR_TOLERANCE = 16;

    @Test
    void generatedImagesDecode(@TempDir Path folder) throws IOException {
        DemoMediaSet demo = DemoMedia.generate(folder);

        assertEquals(4, demo.images().size());
        for (Path image : demo.images()) {
            DecodedImage decoded = ImageDecoder.create().decode(image);
            assertEquals(640, decoded.width(), image.toString());
            assertEquals(480, decoded.height(), image.toString());
        }
    }

    @Test
    void shapesInTheVideoAreWhereTheGroundTruthSays(@TempDir Path folder) throws IOException {
        DemoMediaSet demo = DemoMedia.generate(folder);

        try (VideoReader video = VideoReader.open(demo.video())) {
            assertEquals(60, video.frameCount());
            assertEquals(demo.videoFrameCount(), video.frameCount());
            assertEquals(10.0, video.fps(), 1e-6);
            assertEquals(640, video.width());
            assertEquals(360, video.height());
            for (int frame : new int[] { 59, 0, 17, 42, 30 }) {
                DecodedImage image = video.frame(frame);
                for (ShapeTrack track : demo.tracks()) {
                    ShapeTrack.Point centre = track.centreAt(frame);
                    assertColour(track.rgb(), image.rgbAt(centre.x(), centre.y()), track.label() + " at frame " + frame);
                }
            }
        }
        ShapeTrack square = demo.tracks().get(0);
        assertTrue(square.centreAt(59).x() > square.centreAt(0).x(), "the square moves right");
    }

    @Test
    void generationIsDeterministic(@TempDir Path folder) throws IOException {
        DemoMediaSet first = DemoMedia.generate(folder.resolve("a"));
        DemoMediaSet second = DemoMedia.generate(folder.resolve("b"));

        assertEquals(first.tracks(), second.tracks());
        for (int i = 0; i < first.images().size(); i++) {
            assertEquals(-1L, Files.mismatch(first.images().get(i), second.images().get(i)), first.images().get(i).toString());
        }
    }

    @Test
    void writerRecordsDisplayRotationThatTheReaderApplies(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("rotated.mp4");
        byte[] bgr = new byte[64 * 48 * 3];
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                bgr[(y * 64 + x) * 3 + 2] = (byte) 255; // red block in the stored top-left corner
            }
        }
        try (VideoWriter writer = VideoWriter.create(file, 64, 48, 5, 90)) {
            for (int i = 0; i < 5; i++) {
                writer.write(new DecodedImage(64, 48, bgr));
            }
            assertTrue(writer.codec().equals("libopenh264") || writer.codec().equals("mpeg4"), writer.codec());
        }

        try (VideoReader video = VideoReader.open(file)) {
            assertEquals(5, video.frameCount());
            assertEquals(90, video.rotationDegrees());
            DecodedImage frame = video.frame(3);
            assertEquals(48, frame.width());
            assertEquals(64, frame.height());
            // turned clockwise, the stored top-left corner is shown top-right
            assertColour(0xFF0000, frame.rgbAt(48 - 8, 8), "red block after rotation");
            assertColour(0x000000, frame.rgbAt(8, 8), "black where the block was stored");
        }
    }

    private static void assertColour(int expectedRgb, int actualRgb, String what) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int expected = expectedRgb >> shift & 0xFF;
            int actual = actualRgb >> shift & 0xFF;
            assertTrue(Math.abs(expected - actual) <= COLOUR_TOLERANCE, what + ": expected " + Integer.toHexString(expectedRgb)
                    + " but was " + Integer.toHexString(actualRgb));
        }
    }
}
