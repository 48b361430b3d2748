package io.annolab.ui.tiles.tests;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imwrite;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_CUBIC;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.AnnolabException;
import io.annolab.media.api.DecodedImage;
import io.annolab.media.api.ImageDecoder;
import io.annolab.ui.canvas.api.ViewTransform;
import io.annolab.ui.tiles.ImageAdjustments;
import io.annolab.ui.tiles.TiledImageLayer;

/** Paints real images into offscreen SWT images (under Xvfb) and checks the pixels against the source. */
class TiledImageLayerTest {

    private static final RGB BACKGROUND = new RGB(255, 0, 255);

    private final Display display = Display.getDefault();
    private final AtomicInteger repaints = new AtomicInteger();
    private TiledImageLayer layer;

    @AfterEach
    void disposeLayer() {
        if (layer != null) {
            layer.dispose();
        }
    }

    @Test
    void drawsARealImagePixelForPixelAtScaleOneAndRepaintsOnTheUiThread() throws IOException {
        Path dogFile = fixture("debian-darknet/dog.jpg");
        DecodedImage dog = ImageDecoder.create().decode(dogFile);
        layer = open(dogFile);
        layer.setSmooth(false);

        ImageData frame = paintUntilFinal(new ViewTransform(1, 0, 0), 768, 576);

        assertEquals(768, layer.width());
        assertEquals(576, layer.height());
        for (int y = 0; y < 576; y += 23) {
            for (int x = 0; x < 768; x += 37) {
                assertClose(dog.rgbAt(x, y), frame, x, y, 2, "image pixel " + x + "," + y);
            }
        }
        assertClose(dog.rgbAt(511, 300), frame, 511, 300, 2, "last column of the first tile");
        assertClose(dog.rgbAt(512, 300), frame, 512, 300, 2, "first column of the second tile");
        assertTrue(repaints.get() > 0, "tiles made in the background asked for a repaint");
    }

    @Test
    void magnifiesWithAnOffsetKeepingPixelsSharpWhenPixelated() throws IOException {
        Path dogFile = fixture("debian-darknet/dog.jpg");
        DecodedImage dog = ImageDecoder.create().decode(dogFile);
        layer = open(dogFile);
        layer.setSmooth(false);

        ImageData frame = paintUntilFinal(new ViewTransform(3, -1000, -600), 400, 300);

        for (int vy = 1; vy < 300; vy += 3 * 7) { // centres of magnified pixels: (v + offset) % 3 == 1
            for (int vx = 2; vx < 400; vx += 3 * 11) {
                int x = (vx + 1000) / 3, y = (vy + 600) / 3;
                assertClose(dog.rgbAt(x, y), frame, vx, vy, 2, "view " + vx + "," + vy + " = image " + x + "," + y);
            }
        }
    }

    @Test
    void quarterTurnsDrawTheImageTurnedClockwise() throws IOException {
        Path dogFile = fixture("debian-darknet/dog.jpg");
        DecodedImage dog = ImageDecoder.create().decode(dogFile);
        layer = open(dogFile);
        layer.setSmooth(false);

        for (int turns = 1; turns <= 3; turns++) {
            boolean sideways = turns % 2 == 1;
            int width = sideways ? 576 : 768, height = sideways ? 768 : 576;
            ImageData frame = paintUntilFinal(new ViewTransform(1, 0, 0, turns, 768, 576), width, height);
            for (int vy = 0; vy < height; vy += 29) {
                for (int vx = 0; vx < width; vx += 31) {
                    int x = switch (turns) {
                        case 1 -> vy;
                        case 2 -> 767 - vx;
                        default -> 767 - vy;
                    };
                    int y = switch (turns) {
                        case 1 -> 575 - vx;
                        case 2 -> 575 - vy;
                        default -> vx;
                    };
                    assertClose(dog.rgbAt(x, y), frame, vx, vy, 2, turns + " quarter turns: view " + vx + "," + vy);
                }
            }
        }
    }

    @Test
    void zoomedOutItDrawsTheCoarserLevelWhichAveragesTheSource() throws IOException {
        Path kiteFile = fixture("debian-darknet/kite.jpg"); // 1352x900: a quarter is level 2, 338x225
        DecodedImage kite = ImageDecoder.create().decode(kiteFile);
        layer = open(kiteFile);

        ImageData frame = paintUntilFinal(new ViewTransform(0.25, 0, 0), 338, 225);

        double difference = 0;
        int samples = 0;
        for (int vy = 0; vy < 225; vy += 5) {
            for (int vx = 0; vx < 338; vx += 5) {
                int expected = blockMean(kite, vx * 4, vy * 4, 4);
                RGB actual = pixel(frame, vx, vy);
                difference += Math.abs(actual.red - (expected >> 16 & 0xFF)) + Math.abs(actual.green - (expected >> 8 & 0xFF))
                        + Math.abs(actual.blue - (expected & 0xFF));
                samples += 3;
            }
        }
        assertTrue(difference / samples < 3, "mean difference from 4x4 averages: " + difference / samples);
    }

    @Test
    void colourAdjustmentsChangeWhatIsDrawnAndResetRestoresIt() throws IOException {
        Path dogFile = fixture("debian-darknet/dog.jpg");
        DecodedImage dog = ImageDecoder.create().decode(dogFile);
        layer = open(dogFile);
        layer.setSmooth(false);
        ViewTransform view = new ViewTransform(1, 0, 0);
        paintUntilFinal(view, 768, 576);

        layer.setAdjustments(ImageAdjustments.NEUTRAL.withBrightness(0.5));
        ImageData darker = paintUntilFinal(view, 768, 576);
        layer.setAdjustments(ImageAdjustments.NEUTRAL);
        ImageData restored = paintUntilFinal(view, 768, 576);

        for (int[] p : new int[][] { { 100, 100 }, { 400, 300 }, { 700, 500 }, { 600, 50 } }) {
            int source = dog.rgbAt(p[0], p[1]);
            int halved = (int) Math.round((source >> 16 & 0xFF) / 2.0) << 16
                    | (int) Math.round((source >> 8 & 0xFF) / 2.0) << 8 | (int) Math.round((source & 0xFF) / 2.0);
            assertClose(halved, darker, p[0], p[1], 2, "half brightness at " + p[0] + "," + p[1]);
            assertClose(source, restored, p[0], p[1], 2, "neutral again at " + p[0] + "," + p[1]);
        }
    }

    @Test
    void adjustmentsFollowTheirDefinitions() {
        byte[] pixel = { (byte) 200, 100, 50 };
        ImageAdjustments.NEUTRAL.applyTo(pixel);
        assertEquals(200, pixel[0] & 0xFF, "neutral changes nothing");

        byte[] grey = { (byte) 200, 100, 50 };
        ImageAdjustments.NEUTRAL.withSaturation(0).applyTo(grey);
        assertEquals(grey[0], grey[1]);
        assertEquals(grey[1], grey[2]);
        assertEquals(0.213 * 200 + 0.715 * 100 + 0.072 * 50, grey[0] & 0xFF, 1.5, "luminance kept");

        byte[] flat = { (byte) 200, 100, 0 };
        ImageAdjustments.NEUTRAL.withContrast(0).applyTo(flat);
        assertEquals(128, flat[0] & 0xFF, "no contrast is mid-grey");
        assertEquals(128, flat[2] & 0xFF);

        byte[] lifted = { 64, 0, (byte) 255 };
        ImageAdjustments.NEUTRAL.withGamma(2).applyTo(lifted);
        assertEquals(128, lifted[0] & 0xFF, "gamma 2 is a square root: 255 * sqrt(64 / 255)");
        assertEquals(0, lifted[1]);
        assertEquals(255, lifted[2] & 0xFF, "black and white stay");

        assertThrows(IllegalArgumentException.class, () -> new ImageAdjustments(1, 1, 1, 0));
    }

    @Test
    void theTileCacheStaysWithinItsPixelBudget() throws IOException {
        long budget = 2L * 512 * 512;
        layer = new TiledImageLayer(display, fixture("debian-darknet/kite.jpg"), repaints::incrementAndGet, budget);
        ViewTransform view = new ViewTransform(1, 0, 0); // 3x2 tiles of level 0 visible

        for (int frame = 0; frame < 40; frame++) {
            paintOnce(view, 1352, 900);
            spin(Duration.ofMillis(20));
            assertTrue(layer.cachedPixels() <= budget, "cached " + layer.cachedPixels() + " pixels");
        }
        assertTrue(layer.cachedPixels() > 0, "tiles were made");
    }

    @Test
    void unreadableImagesAreRefusedWhenOpened() {
        Path truncated = fixture("debian-skimage/truncated.jpg");

        AnnolabException e = assertThrows(AnnolabException.class,
                () -> new TiledImageLayer(display, truncated, () -> { }));

        assertTrue(e.getMessage().contains(truncated.toString()), e.getMessage());
    }

    @Test
    void aTwentyThousandPixelSquareJpegShowsACoarseFrameLongBeforeItsFullDecode(@TempDir Path folder)
            throws IOException {
        long available = availableMemory();
        assumeTrue(available >= 6L << 30, "20000x20000 test skipped: it needs about 4 GB of free memory (native "
                + "level 0 is 1.2 GB, plus generating the file), and only " + (available >> 20) + " MB are available");
        long generateStart = System.nanoTime();
        Path big = generatedJpeg(folder.resolve("huge.jpg"), 20000, 20000);
        long generateMillis = millisSince(generateStart);

        long start = System.nanoTime();
        layer = open(big);
        long openMillis = millisSince(start);
        ViewTransform fit = new ViewTransform(0.04, 0, 0); // 800x800 on screen: level 5 (625 px, drawn at 1.28) is wanted
        long slowestPaint = 0;
        int slowPaints = 0;
        int paints = 0;
        StringBuilder paintLog = new StringBuilder("level:ms");
        int coarseFrames = 0;
        long firstFrameMillis = -1;
        boolean fullDecodeDoneAtFirstFrame = false;
        long finalFrameMillis = -1;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (finalFrameMillis < 0) {
            assertTrue(System.nanoTime() < deadline, "no final frame within 3 minutes");
            assertNull(layer.failure());
            int level = layer.pyramid().bestAvailableLevel(fit.scale() / 1.5);
            Frame frame = paintOnce(fit, 800, 800);
            paintLog.append(' ').append(level).append(':').append(frame.paintNanos / 1_000_000);
            slowestPaint = Math.max(slowestPaint, frame.paintNanos / 1_000_000);
            slowPaints += frame.paintNanos / 1_000_000 >= 100 ? 1 : 0;
            paints++;
            if (!BACKGROUND.equals(pixel(frame.data, 400, 400)) && !frame.complete) {
                coarseFrames++;
            }
            if (firstFrameMillis < 0 && !BACKGROUND.equals(pixel(frame.data, 400, 400))) {
                firstFrameMillis = millisSince(start);
                fullDecodeDoneAtFirstFrame = layer.pyramid().isLevelReady(0) && !layer.pyramid().isPreview(0);
            }
            if (frame.complete) {
                finalFrameMillis = millisSince(start);
            }
            spin(Duration.ofMillis(10));
        }
        long fullMillis = awaitFullResolution(start);
        System.out.println("TiledImageLayer 20000x20000 JPEG (" + Files.size(big) / (1 << 20) + " MB, generated in "
                + generateMillis + " ms): open " + openMillis + " ms, first coarse frame " + firstFrameMillis
                + " ms, final frame at fit zoom " + finalFrameMillis + " ms, full resolution built " + fullMillis
                + " ms, slowest paint " + slowestPaint + " ms, paints " + paints + ", frames before the final "
                + "one drew " + coarseFrames + " times");

        assertTrue(openMillis < 1000, "opening reads only the header: " + openMillis + " ms");
        assertTrue(firstFrameMillis >= 0);
        assertFalse(fullDecodeDoneAtFirstFrame, "the first frame came from the preview, before the full decode");
        assertTrue(firstFrameMillis < fullMillis, "first frame " + firstFrameMillis + " ms, full " + fullMillis + " ms");
        // A paint that converted or decoded tiles would be slow every time; one slow paint among
        // a hundred or more is a pause of the busy 2-core machine (the full decode runs meanwhile).
        assertTrue(slowPaints <= 1 && slowestPaint < 300, "a paint only draws cached tiles: " + slowPaints
                + " paints of 100 ms or more, slowest " + slowestPaint + " ms (" + paintLog + ")");
    }

    private long awaitFullResolution(long start) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!layer.pyramid().isComplete()) {
            assertTrue(System.nanoTime() < deadline, "the full pyramid was not built within 3 minutes");
            assertNull(layer.failure());
            spin(Duration.ofMillis(20));
        }
        return millisSince(start);
    }

    private TiledImageLayer open(Path file) throws AnnolabException {
        return new TiledImageLayer(display, file, () -> {
            assertEquals(display.getThread(), Thread.currentThread(), "repaint runs on the UI thread");
            repaints.incrementAndGet();
        });
    }

    /** A painted frame, whether the layer called it final and how long {@code paint} itself took. */
    private record Frame(ImageData data, boolean complete, long paintNanos) {
    }

    private Frame paintOnce(ViewTransform view, int width, int height) {
        Image target = new Image(display, width, height);
        GC gc = new GC(target);
        boolean complete;
        long paintNanos;
        try {
            gc.setBackground(new org.eclipse.swt.graphics.Color(display, BACKGROUND));
            gc.fillRectangle(0, 0, width, height);
            long start = System.nanoTime();
            complete = layer.paint(gc, view, new Rectangle(0, 0, width, height));
            paintNanos = System.nanoTime() - start;
        } finally {
            gc.dispose();
        }
        ImageData data = target.getImageData();
        target.dispose();
        return new Frame(data, complete, paintNanos);
    }

    private ImageData paintUntilFinal(ViewTransform view, int width, int height) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Frame frame = paintOnce(view, width, height);
            if (frame.complete) {
                return frame.data;
            }
            assertNull(layer.failure());
            spin(Duration.ofMillis(10));
        }
        return fail("no final frame within 60 s");
    }

    private void spin(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        do {
            while (display.readAndDispatch()) {
                // run every queued runnable (tiles arriving, repaint requests)
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (System.nanoTime() < end);
    }

    private static RGB pixel(ImageData data, int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }

    private static void assertClose(int expected, ImageData frame, int x, int y, int tolerance, String where) {
        RGB actual = pixel(frame, x, y);
        boolean close = Math.abs(actual.red - (expected >> 16 & 0xFF)) <= tolerance
                && Math.abs(actual.green - (expected >> 8 & 0xFF)) <= tolerance
                && Math.abs(actual.blue - (expected & 0xFF)) <= tolerance;
        assertTrue(close, where + ": expected " + Integer.toHexString(expected) + ", drawn " + actual);
    }

    private static int blockMean(DecodedImage image, int x0, int y0, int size) {
        int r = 0, g = 0, b = 0;
        for (int y = y0; y < y0 + size; y++) {
            for (int x = x0; x < x0 + size; x++) {
                int rgb = image.rgbAt(x, y);
                r += rgb >> 16 & 0xFF;
                g += rgb >> 8 & 0xFF;
                b += rgb & 0xFF;
            }
        }
        int n = size * size;
        return Math.round((float) r / n) << 16 | Math.round((float) g / n) << 8 | Math.round((float) b / n);
    }

    private static Path fixture(String relative) {
        String shared = System.getProperty("annolab.shared");
        assumeTrue(shared != null, "System property annolab.shared is not set; tiled image tests skipped");
        Path file = Path.of(shared, "fixtures", relative);
        assumeTrue(Files.isRegularFile(file), "Fixture " + file + " is absent; test skipped");
        return file;
    }

    /** A smooth random picture (noise upscaled), which compresses like a photo rather than like noise. */
    private static Path generatedJpeg(Path file, int width, int height) {
        try (PointerScope scope = new PointerScope()) {
            Mat seed = new Mat(height / 100, width / 100, CV_8UC3);
            byte[] noise = new byte[seed.cols() * seed.rows() * 3];
            new java.util.Random(42).nextBytes(noise);
            seed.data().put(noise);
            Mat picture = new Mat();
            resize(seed, picture, new Size(width, height), 0, 0, INTER_CUBIC);
            assertTrue(imwrite(file.toString(), picture), "OpenCV wrote " + file);
        }
        return file;
    }

    private static long availableMemory() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemAvailable:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return 0;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
