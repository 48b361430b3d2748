package io.annolab.media.cv.tests;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.magnitude;
import static org.bytedeco.opencv.global.opencv_core.mean;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.Sobel;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.api.ImageDecoder;
import io.annolab.media.cv.api.Box;
import io.annolab.media.cv.api.IntelligentScissors;

/**
 * fruits.jpg: the rim of the halved lemon (bottom right) against the dark lime above it is a strong curved edge;
 * the two points lie on it (checked by drawing the path on the picture), the straight line between them runs
 * through the lemon's flesh.
 */
class IntelligentScissorsTest {

    private static final int START_X = 368;
    private static final int START_Y = 305;
    private static final int END_X = 464;
    private static final int END_Y = 251;

    private static DecodedImage fruits;
    private static float[][] gradient;
    private static double meanGradient;

    @BeforeAll
    static void readImage() throws IOException {
        fruits = ImageDecoder.create().decode(SharedFixtures.file("debian-opencv-doc/fruits.jpg"));
        gradientMagnitude(fruits);
    }

    @Test
    void pathRunsAlongTheLemonRim() throws IOException {
        try (IntelligentScissors scissors = IntelligentScissors.on(fruits)) {
            assertFollowsTheRim(scissors);
        }
    }

    /** The threshold square around the last point, as CVAT does it: same edge, image coordinates. */
    @Test
    void pathInARegionRunsAlongTheRimToo() throws IOException {
        try (IntelligentScissors scissors = IntelligentScissors.on(fruits, new Box(340, 210, 150, 120))) {
            assertFollowsTheRim(scissors);
            scissors.startAt(0, 0);
            float[] path = scissors.pathTo(1000, 1000);
            assertEquals(340, path[0], "clamped into the region");
            assertEquals(210, path[1]);
            assertEquals(489, path[path.length - 2]);
            assertEquals(329, path[path.length - 1]);
        }
    }

    private static void assertFollowsTheRim(IntelligentScissors scissors) {
        scissors.startAt(START_X, START_Y);
        float[] path = scissors.pathTo(END_X, END_Y);

        assertEquals(START_X, path[0]);
        assertEquals(START_Y, path[1]);
        assertEquals(END_X, path[path.length - 2]);
        assertEquals(END_Y, path[path.length - 1]);
        assertConnected(path);
        assertTrue(gradientAt(START_X, START_Y) > 4 * meanGradient && gradientAt(END_X, END_Y) > 4 * meanGradient,
                "both points are on a strong edge");

        double onPath = meanGradientAlong(path);
        double onChord = meanGradientAlongChord();
        assertTrue(onPath > 3 * meanGradient, "path follows an edge: " + onPath + " vs image " + meanGradient);
        assertTrue(onPath > 2 * onChord, "path is not the straight line: " + onPath + " vs " + onChord);
        double chord = Math.hypot(END_X - START_X, END_Y - START_Y);
        assertTrue(path.length / 2 < 1.6 * chord, "no detour: " + path.length / 2 + " points for " + chord);
    }

    @Test
    void secondPathFromTheSameStartNeedsNoNewMap() throws IOException {
        try (IntelligentScissors scissors = IntelligentScissors.on(fruits)) {
            scissors.startAt(START_X, START_Y);
            float[] first = scissors.pathTo(END_X, END_Y);
            float[] shorter = scissors.pathTo(420, 270);
            assertEquals(420, shorter[shorter.length - 2]);
            assertTrue(shorter.length < first.length);
        }
    }

    @Test
    void pointsOutsideTheImageAreClamped() throws IOException {
        try (IntelligentScissors scissors = IntelligentScissors.on(fruits)) {
            scissors.startAt(-10, -10);
            float[] path = scissors.pathTo(10_000, 10);
            assertEquals(0, path[0]);
            assertEquals(0, path[1]);
            assertEquals(fruits.width() - 1, path[path.length - 2]);
        }
    }

    @Test
    void refusesMisuse() throws IOException {
        IntelligentScissors scissors = IntelligentScissors.on(fruits);
        assertThrows(IllegalStateException.class, () -> scissors.pathTo(1, 1));
        scissors.close();
        assertThrows(IllegalStateException.class, () -> scissors.startAt(1, 1));
        scissors.close();
    }

    @Test
    void timings() throws IOException {
        DecodedImage large = ImageDecoder.create().decode(SharedFixtures.file("debian-opencv-doc/scenetext02.jpg"));
        for (int round = 0; round < 3; round++) {
            time("fruits.jpg", fruits, new Box(0, 0, fruits.width(), fruits.height()), START_X, START_Y);
            time("scenetext02.jpg", large, new Box(0, 0, large.width(), large.height()), 600, 400);
            time("scenetext02.jpg", large, new Box(450, 250, 300, 300), 600, 400);
        }
    }

    private static void time(String name, DecodedImage image, Box region, int x, int y) throws IOException {
        long t0 = System.nanoTime();
        try (IntelligentScissors scissors = IntelligentScissors.on(image, region)) {
            long t1 = System.nanoTime();
            scissors.startAt(x, y);
            long t2 = System.nanoTime();
            scissors.pathTo(x + 100, y + 80);
            long t3 = System.nanoTime();
            System.out.printf("Intelligent scissors on %s %dx%d, region %.0fx%.0f: applyImage %.1f ms, buildMap %.1f ms, "
                    + "pathTo %.2f ms%n", name, image.width(), image.height(), region.width(), region.height(),
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
        }
    }

    private static void assertConnected(float[] path) {
        for (int i = 2; i < path.length; i += 2) {
            assertTrue(Math.abs(path[i] - path[i - 2]) <= 1 && Math.abs(path[i + 1] - path[i - 1]) <= 1,
                    "path point " + i / 2 + " touches the one before");
        }
    }

    private static double meanGradientAlong(float[] path) {
        double sum = 0;
        for (int i = 0; i < path.length; i += 2) {
            sum += gradientAt((int) path[i], (int) path[i + 1]);
        }
        return sum / (path.length / 2);
    }

    private static double meanGradientAlongChord() {
        int steps = 100;
        double sum = 0;
        for (int s = 0; s <= steps; s++) {
            double t = s / (double) steps;
            sum += gradientAt((int) Math.round(START_X + t * (END_X - START_X)),
                    (int) Math.round(START_Y + t * (END_Y - START_Y)));
        }
        return sum / (steps + 1);
    }

    private static float gradientAt(int x, int y) {
        return gradient[y][x];
    }

    /** Sobel magnitude of the grey image, the measure of "edge" this test holds the path to. */
    private static void gradientMagnitude(DecodedImage image) {
        try (PointerScope scope = new PointerScope()) {
            Mat bgr = new Mat(image.height(), image.width(), CV_8UC3);
            bgr.data().put(image.bgr());
            Mat grey = new Mat();
            cvtColor(bgr, grey, COLOR_BGR2GRAY);
            Mat dx = new Mat();
            Mat dy = new Mat();
            Mat magnitude = new Mat();
            Sobel(grey, dx, CV_32F, 1, 0);
            Sobel(grey, dy, CV_32F, 0, 1);
            magnitude(dx, dy, magnitude);
            meanGradient = mean(magnitude).get(0);
            gradient = new float[image.height()][image.width()];
            try (FloatIndexer values = magnitude.createIndexer()) {
                for (int y = 0; y < image.height(); y++) {
                    for (int x = 0; x < image.width(); x++) {
                        gradient[y][x] = values.get(y, x);
                    }
                }
            }
        }
    }
}
