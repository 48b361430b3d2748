package io.annolab.media.cv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.api.VideoReader;
import io.annolab.media.cv.api.Box;
import io.annolab.media.cv.api.ObjectTracker;
import io.annolab.media.cv.api.TrackerKind;

/**
 * Tracks the pedestrian in the black coat of vtest.avi, who walks from the right towards the lamp post. Both
 * boxes were drawn by hand on the frames and leave about 10 px around the person, as an annotator's box does
 * (KCF with OpenCV's defaults loses a skin-tight box of this walker after two frames).
 */
class ObjectTrackerTest {

    private static final int LAST_FRAME = 20;
    private static final Box ON_FIRST_FRAME = new Box(629, 230, 66, 102);
    private static final Box ON_LAST_FRAME = new Box(427, 223, 64, 106);

    private static List<DecodedImage> frames;

    @BeforeAll
    static void readFrames() throws IOException {
        frames = new ArrayList<>();
        try (VideoReader video = VideoReader.open(SharedFixtures.file("debian-opencv-doc/vtest.avi"))) {
            for (int i = 0; i <= LAST_FRAME; i++) {
                frames.add(video.next());
            }
        }
    }

    @Test
    void milFollowsTheWalker() throws IOException {
        followsTheWalker(TrackerKind.MIL);
    }

    @Test
    void kcfFollowsTheWalker() throws IOException {
        followsTheWalker(TrackerKind.KCF);
    }

    @Test
    void csrtFollowsTheWalker() throws IOException {
        followsTheWalker(TrackerKind.CSRT);
    }

    @Test
    void csrtReportsACutToABlankFrameAsLost() throws IOException {
        byte[] grey = new byte[frames.get(0).bgr().length];
        Arrays.fill(grey, (byte) 128);
        try (ObjectTracker tracker = ObjectTracker.create(TrackerKind.CSRT)) {
            tracker.init(frames.get(0), ON_FIRST_FRAME);
            assertEquals(Optional.empty(), tracker.update(new DecodedImage(768, 576, grey)));
        }
    }

    @Test
    void initAgainRestartsFromTheNewBox() throws IOException {
        try (ObjectTracker tracker = ObjectTracker.create(TrackerKind.KCF)) {
            tracker.init(frames.get(0), new Box(0, 0, 60, 60));
            tracker.init(frames.get(0), ON_FIRST_FRAME);
            Box box = tracker.update(frames.get(1)).orElseThrow();
            assertTrue(box.iou(ON_FIRST_FRAME) > 0.7, "follows the second box, was " + box);
        }
    }

    @Test
    void refusesMisuse() throws IOException {
        try (ObjectTracker tracker = ObjectTracker.create(TrackerKind.MIL)) {
            assertThrows(IllegalStateException.class, () -> tracker.update(frames.get(0)));
            assertThrows(IllegalArgumentException.class, () -> tracker.init(frames.get(0), new Box(800, 10, 20, 20)));
            tracker.init(frames.get(0), new Box(-20, -20, 60, 60)); // clipped to the frame
            DecodedImage smaller = new DecodedImage(2, 2, new byte[12]);
            assertThrows(IllegalArgumentException.class, () -> tracker.update(smaller));
            tracker.close();
            assertThrows(IllegalStateException.class, () -> tracker.update(frames.get(1)));
        }
    }

    private static void followsTheWalker(TrackerKind kind) throws IOException {
        try (ObjectTracker tracker = ObjectTracker.create(kind)) {
            tracker.init(frames.get(0), ON_FIRST_FRAME);
            Box previous = ON_FIRST_FRAME;
            long start = System.nanoTime();
            for (int i = 1; i <= LAST_FRAME; i++) {
                Box box = tracker.update(frames.get(i)).orElseThrow(() -> new AssertionError(kind + " lost the walker"));
                assertPlausible(kind, box, previous);
                previous = box;
            }
            double msPerUpdate = (System.nanoTime() - start) / 1e6 / LAST_FRAME;
            System.out.printf("%s tracker: %.1f ms per update (768x576), last box %s, IoU %.2f%n", kind, msPerUpdate,
                    previous, previous.iou(ON_LAST_FRAME));
            // the walker crossed about 200 px leftwards
            assertTrue(previous.centerX() < ON_FIRST_FRAME.centerX() - 150, kind + " moved left: " + previous);
            assertTrue(previous.iou(ON_LAST_FRAME) > 0.3, kind + " ended on the walker: " + previous);
        }
    }

    private static void assertPlausible(TrackerKind kind, Box box, Box previous) {
        double areaRatio = box.area() / ON_FIRST_FRAME.area();
        assertTrue(areaRatio > 0.5 && areaRatio < 2, kind + " kept the walker's size: " + box);
        // he walks about 10 px per frame; nothing here jumps further than 40 px
        assertTrue(Math.abs(box.centerX() - previous.centerX()) < 40, kind + " jumped: " + previous + " -> " + box);
        assertTrue(Math.abs(box.centerY() - previous.centerY()) < 40, kind + " jumped: " + previous + " -> " + box);
    }
}
