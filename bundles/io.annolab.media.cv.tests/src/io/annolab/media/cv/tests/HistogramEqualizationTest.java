package io.annolab.media.cv.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.api.ImageDecoder;
import io.annolab.media.api.VideoReader;
import io.annolab.media.cv.api.HistogramEqualization;
import io.annolab.media.cv.api.LuminanceEqualizer;

/** baboon.jpg dimmed to a quarter, as an underexposed photo, and a frame of vtest.avi for the timings. */
class HistogramEqualizationTest {

    private static DecodedImage dark;

    @BeforeAll
    static void dimBaboon() throws IOException {
        DecodedImage baboon = ImageDecoder.create().decode(SharedFixtures.file("debian-opencv-doc/baboon.jpg"));
        byte[] dimmed = baboon.bgr().clone();
        for (int i = 0; i < dimmed.length; i++) {
            dimmed[i] = (byte) ((dimmed[i] & 0xFF) / 4);
        }
        dark = new DecodedImage(baboon.width(), baboon.height(), dimmed);
    }

    @Test
    void spreadsTheLevelsOfADarkImage() throws IOException {
        DecodedImage equalized = HistogramEqualization.equalized(dark);
        int[] before = lumaPercentiles(dark);
        int[] after = lumaPercentiles(equalized);
        assertTrue(before[1] - before[0] < 50, "the dimmed image is low-contrast: " + before[0] + ".." + before[1]);
        assertTrue(after[1] - after[0] > 3 * (before[1] - before[0]),
                "levels spread from " + before[0] + ".." + before[1] + " to " + after[0] + ".." + after[1]);
        assertTrue(after[1] - after[0] > 200, "nearly the full range: " + after[0] + ".." + after[1]);
    }

    @Test
    void keepsTheColours() throws IOException {
        DecodedImage equalized = HistogramEqualization.equalized(dark);
        // chroma (Cr, Cb) stays where it was; only pixels clipped at 0 or 255 may lose some
        double[] before = meanChroma(dark);
        double[] after = meanChroma(equalized);
        assertEquals(before[0], after[0], 3, "mean Cr");
        assertEquals(before[1], after[1], 3, "mean Cb");
    }

    @Test
    void displayEqualizerMatchesOpenCv() throws IOException {
        DecodedImage reference = HistogramEqualization.equalized(dark);
        DecodedImage fast = LuminanceEqualizer.of(dark).apply(dark);
        int max = 0;
        long sum = 0;
        for (int i = 0; i < reference.bgr().length; i++) {
            int difference = Math.abs((reference.bgr()[i] & 0xFF) - (fast.bgr()[i] & 0xFF));
            max = Math.max(max, difference);
            sum += difference;
        }
        assertTrue(max <= 2, "differs only by rounding, max " + max);
        assertTrue(sum / (double) reference.bgr().length < 0.5, "mean difference " + sum / reference.bgr().length);
    }

    @Test
    void displayEqualizerWorksOnRgbTiles() {
        LuminanceEqualizer equalizer = LuminanceEqualizer.of(dark);
        byte[] bgr = dark.bgr().clone();
        byte[] rgb = swapRedBlue(dark.bgr());
        equalizer.applyToBgr(bgr);
        equalizer.applyToRgb(rgb);
        assertArrayEquals(bgr, swapRedBlue(rgb));
    }

    @Test
    void leavesAFlatImageAlone() {
        DecodedImage flat = new DecodedImage(4, 4, new byte[48]);
        assertEquals(flat, LuminanceEqualizer.of(flat).apply(flat));
    }

    @Test
    void timingsPerVideoFrame() throws IOException {
        DecodedImage frame;
        try (VideoReader video = VideoReader.open(SharedFixtures.file("debian-opencv-doc/vtest.avi"))) {
            frame = video.frame(100);
        }
        int rounds = 100;
        byte[] pixels = frame.bgr().clone();
        for (int warmUp = 0; warmUp < 100; warmUp++) {
            HistogramEqualization.equalized(frame);
            LuminanceEqualizer.of(frame).applyToBgr(pixels);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            HistogramEqualization.equalized(frame);
        }
        long t1 = System.nanoTime();
        LuminanceEqualizer equalizer = null;
        for (int i = 0; i < rounds; i++) {
            equalizer = LuminanceEqualizer.of(frame);
        }
        long t2 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            equalizer.applyToBgr(pixels);
        }
        long t3 = System.nanoTime();
        System.out.printf("Histogram equalization of a %dx%d frame: OpenCV (copy in, YCrCb, copy out) %.2f ms; "
                + "LuminanceEqualizer.of (histogram) %.2f ms + applyToBgr in place %.2f ms%n", frame.width(),
                frame.height(), (t1 - t0) / 1e6 / rounds, (t2 - t1) / 1e6 / rounds, (t3 - t2) / 1e6 / rounds);
    }

    /** The 1st and 99th percentile of the luma: the range the image really uses. */
    private static int[] lumaPercentiles(DecodedImage image) {
        int[] histogram = new int[256];
        byte[] p = image.bgr();
        for (int i = 0; i < p.length; i += 3) {
            histogram[(int) Math.round(0.114 * (p[i] & 0xFF) + 0.587 * (p[i + 1] & 0xFF) + 0.299 * (p[i + 2] & 0xFF))]++;
        }
        int pixels = p.length / 3;
        int low = -1;
        int high = -1;
        int seen = 0;
        for (int level = 0; level < 256; level++) {
            seen += histogram[level];
            if (low < 0 && seen >= pixels / 100) {
                low = level;
            }
            if (high < 0 && seen >= pixels - pixels / 100) {
                high = level;
            }
        }
        return new int[] { low, high };
    }

    private static double[] meanChroma(DecodedImage image) {
        double cr = 0;
        double cb = 0;
        byte[] p = image.bgr();
        for (int i = 0; i < p.length; i += 3) {
            double b = p[i] & 0xFF;
            double g = p[i + 1] & 0xFF;
            double r = p[i + 2] & 0xFF;
            double y = 0.114 * b + 0.587 * g + 0.299 * r;
            cr += 0.713 * (r - y);
            cb += 0.564 * (b - y);
        }
        int pixels = p.length / 3;
        return new double[] { cr / pixels, cb / pixels };
    }

    private static byte[] swapRedBlue(byte[] pixels) {
        byte[] swapped = pixels.clone();
        for (int i = 0; i < swapped.length; i += 3) {
            swapped[i] = pixels[i + 2];
            swapped[i + 2] = pixels[i];
        }
        return swapped;
    }
}
