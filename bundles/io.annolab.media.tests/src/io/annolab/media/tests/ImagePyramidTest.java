package io.annolab.media.tests;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_ANYDEPTH;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_IGNORE_ORIENTATION;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imwrite;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2RGB;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_CUBIC;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.AnnolabException;
import io.annolab.media.internal.MatImages;
import io.annolab.media.pyramid.ImagePyramid;
import io.annolab.media.pyramid.PyramidListener;
import io.annolab.media.pyramid.TilePixels;

class ImagePyramidTest {

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(2);

    @Test
    void aJpegShowsItsCoarsePreviewFirstAndEndsWithTheExactLevels() throws Exception {
        Path kite = SharedFixtures.file("debian-darknet/kite.jpg"); // 1352x900: levels 1352, 676, 338
        Events events = new Events();

        try (ImagePyramid pyramid = ImagePyramid.open(kite, events)) {
            assertEquals(1352, pyramid.width());
            assertEquals(900, pyramid.height());
            assertEquals(3, pyramid.levelCount());
            assertEquals(338, pyramid.levelWidth(2));
            assertEquals(225, pyramid.levelHeight(2));
            assertTrue(pyramid.awaitBuildEnd(BUILD_TIMEOUT));

            assertNull(pyramid.failure());
            assertEquals("2 preview", events.order.get(0), "the reduced decode comes first: " + events.order);
            assertTrue(events.order.indexOf("2 preview") < events.order.indexOf("0 exact"), events.order.toString());
            assertTrue(pyramid.isComplete());
            assertTiles(pyramid, directLevels(kite, pyramid.levelCount()));
            TilePixels preview = events.previewTiles.get(2);
            TilePixels exact = pyramid.tile(2, 0, 0);
            assertTrue(preview.preview() && !exact.preview());
            double difference = meanDifference(preview, exact);
            assertTrue(difference < 6, "the 1/4 codec decode looks like the area-averaged level: " + difference);
        }
    }

    @Test
    void pngGreyAnd16BitTiffLevelsMatchADirectDecode() throws Exception {
        for (String name : List.of("debian-skimage/astronaut.png", "debian-opencv-doc/basketball1.png",
                "debian-skimage/chessboard_GRAY_U16.tif", "debian-skimage/palette_color.png",
                "debian-opencv-doc/scenetext02.jpg")) {
            Path file = SharedFixtures.file(name);
            try (ImagePyramid pyramid = ImagePyramid.open(file)) {
                assertTrue(pyramid.awaitBuildEnd(BUILD_TIMEOUT), name);
                assertNull(pyramid.failure(), name);
                assertTiles(pyramid, directLevels(file, pyramid.levelCount()));
            }
        }
    }

    @Test
    void bestAvailableLevelFallsBackToCoarserLevelsAndNeverToNothingBuilt() throws Exception {
        try (ImagePyramid pyramid = ImagePyramid.open(SharedFixtures.file("debian-darknet/kite.jpg"))) {
            assertEquals(0, pyramid.neededLevel(1.5));
            assertEquals(0, pyramid.neededLevel(0.6));
            assertEquals(1, pyramid.neededLevel(0.5));
            assertEquals(2, pyramid.neededLevel(0.01), "never beyond the coarsest level");
            assertTrue(pyramid.awaitBuildEnd(BUILD_TIMEOUT));
            assertEquals(1, pyramid.bestAvailableLevel(0.3));
        }
    }

    @Test
    void aBigJpegOpensAtOnceAndTilesMatchTheFullDecode(@TempDir Path folder) throws Exception {
        Path big = generatedJpeg(folder.resolve("big.jpg"), 12000, 9000);
        Events events = new Events();

        long start = System.nanoTime();
        ImagePyramid pyramid = ImagePyramid.open(big, events);
        long openMillis = (System.nanoTime() - start) / 1_000_000;
        try {
            assertEquals(6, pyramid.levelCount(), "12000, 6000, 3000, 1500, 750, 375");
            assertTrue(pyramid.awaitBuildEnd(BUILD_TIMEOUT));
            assertNull(pyramid.failure());
            long previewMillis = (events.firstPreview - start) / 1_000_000;
            long fullMillis = (events.fullResolution - start) / 1_000_000;
            System.out.println("ImagePyramid 12000x9000 JPEG: open " + openMillis + " ms, coarse preview after "
                    + previewMillis + " ms, full resolution after " + fullMillis + " ms");
            assertTrue(openMillis < 1000, "open only reads the header: " + openMillis + " ms");
            assertEquals("3 preview", events.order.get(0), events.order.toString());
            assertTrue(previewMillis < fullMillis, "preview " + previewMillis + " ms, full " + fullMillis + " ms");

            try (PointerScope scope = new PointerScope()) {
                Mat direct = imread(big.toString(), IMREAD_COLOR | IMREAD_IGNORE_ORIENTATION);
                for (int[] tile : new int[][] { { 0, 0 }, { 11, 7 }, { 23, 17 }, { 5, 12 } }) {
                    assertArrayEquals(expectedTile(direct, tile[0], tile[1]), pyramid.tile(0, tile[0], tile[1]).rgb(),
                            "level 0 tile " + tile[0] + "," + tile[1]);
                }
                List<Mat> levels = halvings(direct, pyramid.levelCount());
                assertArrayEquals(expectedTile(levels.get(5), 0, 0), pyramid.tile(5, 0, 0).rgb(), "coarsest level");
                assertArrayEquals(expectedTile(levels.get(3), 2, 1), pyramid.tile(3, 2, 1).rgb(), "ex-preview level");
            }
            assertTrue(pyramid.nativeBytes() > 12000L * 9000 * 3, "level 0 and the smaller ones are held natively");
        } finally {
            pyramid.close();
        }
        assertEquals(0, pyramid.nativeBytes(), "close frees every level");
        assertNull(pyramid.tile(0, 0, 0), "no tiles after close");
    }

    @Test
    void closingDuringTheBuildFreesEverythingWhenTheBuilderStops(@TempDir Path folder) throws Exception {
        Path big = generatedJpeg(folder.resolve("big.jpg"), 8000, 6000);
        ImagePyramid pyramid = ImagePyramid.open(big);

        pyramid.close();

        assertTrue(pyramid.awaitBuildEnd(BUILD_TIMEOUT));
        assertEquals(0, pyramid.nativeBytes());
        assertFalse(pyramid.isLevelReady(0));
        assertNull(pyramid.failure(), "a cancelled build is not a failure");
    }

    @Test
    void unreadableFilesGiveAnAnnolabExceptionNamingTheFile(@TempDir Path folder) throws IOException {
        Path truncated = SharedFixtures.file("debian-skimage/truncated.jpg");
        Path garbage = Files.write(folder.resolve("not-an-image.png"), new byte[] { 1, 2, 3, 4, 5 });
        Path missing = folder.resolve("gone.jpg");
        Path absurd = Files.write(folder.resolve("absurd.png"), pngHeader(200_000, 10));
        Path huge = Files.write(folder.resolve("huge.png"), pngHeader(60_000, 60_000));

        assertMessage(truncated, "truncated");
        assertMessage(garbage, "not a supported image format");
        assertMessage(missing, "missing");
        assertMessage(absurd, "impossible size");
        assertMessage(huge, "too large");
    }

    @Test
    void aFileThatFailsToDecodeInTheBackgroundReportsWhyToTheListener(@TempDir Path folder) throws Exception {
        // a valid PNG header followed by nothing: the size reads, the decode cannot
        Path broken = Files.write(folder.resolve("broken.png"), pngHeader(600, 400));
        Events events = new Events();

        try (ImagePyramid pyramid = ImagePyramid.open(broken, events)) {
            assertTrue(pyramid.awaitBuildEnd(BUILD_TIMEOUT));
            assertNotNull(pyramid.failure());
            assertTrue(pyramid.failure().getMessage().contains("broken.png"), pyramid.failure().getMessage());
            assertEquals(pyramid.failure(), events.failure);
            assertEquals(-1, pyramid.bestAvailableLevel(1));
        }
    }

    private static void assertMessage(Path file, String expected) {
        AnnolabException e = assertThrows(AnnolabException.class, () -> ImagePyramid.open(file).close());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static final class Events implements PyramidListener {
        final List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
        final Map<Integer, TilePixels> previewTiles = new ConcurrentHashMap<>();
        volatile long firstPreview;
        volatile long fullResolution;
        volatile AnnolabException failure;

        @Override
        public void levelReady(ImagePyramid pyramid, int level, boolean preview) {
            order.add(level + (preview ? " preview" : " exact"));
            if (preview && firstPreview == 0) {
                firstPreview = System.nanoTime();
            }
            if (!preview && level == 0) {
                fullResolution = System.nanoTime();
            }
            if (preview) {
                previewTiles.put(level, pyramid.tile(level, 0, 0));
            }
        }

        @Override
        public void buildFailed(ImagePyramid pyramid, AnnolabException e) {
            failure = e;
        }
    }

    /** Every tile of every level equals the direct decode halved with INTER_AREA. */
    private static void assertTiles(ImagePyramid pyramid, List<Mat> expected) {
        for (int level = 0; level < pyramid.levelCount(); level++) {
            assertEquals(expected.get(level).cols(), pyramid.levelWidth(level));
            assertEquals(expected.get(level).rows(), pyramid.levelHeight(level));
            for (int row = 0; row < pyramid.rows(level); row++) {
                for (int column = 0; column < pyramid.columns(level); column++) {
                    assertArrayEquals(expectedTile(expected.get(level), column, row),
                            pyramid.tile(level, column, row).rgb(),
                            pyramid + " level " + level + " tile " + column + "," + row);
                }
            }
        }
    }

    private static List<Mat> directLevels(Path file, int count) {
        Mat direct = MatImages.toBgr8(imread(file.toString(), IMREAD_COLOR | IMREAD_ANYDEPTH | IMREAD_IGNORE_ORIENTATION));
        return halvings(direct, count);
    }

    private static List<Mat> halvings(Mat level0, int count) {
        List<Mat> levels = new ArrayList<>(List.of(level0));
        for (int level = 1; level < count; level++) {
            Mat previous = levels.get(level - 1);
            Mat next = new Mat();
            resize(previous, next, new Size((previous.cols() + 1) / 2, (previous.rows() + 1) / 2), 0, 0, INTER_AREA);
            levels.add(next);
        }
        return levels;
    }

    private static byte[] expectedTile(Mat level, int column, int row) {
        int x = column * ImagePyramid.TILE_SIZE, y = row * ImagePyramid.TILE_SIZE;
        int width = Math.min(ImagePyramid.TILE_SIZE, level.cols() - x);
        int height = Math.min(ImagePyramid.TILE_SIZE, level.rows() - y);
        Mat rgb = new Mat();
        cvtColor(new Mat(level, new Rect(x, y, width, height)), rgb, COLOR_BGR2RGB);
        byte[] bytes = new byte[width * height * 3];
        rgb.data().get(bytes);
        return bytes;
    }

    private static double meanDifference(TilePixels a, TilePixels b) {
        assertEquals(a.width(), b.width());
        assertEquals(a.height(), b.height());
        long sum = 0;
        for (int i = 0; i < a.rgb().length; i++) {
            sum += Math.abs((a.rgb()[i] & 0xFF) - (b.rgb()[i] & 0xFF));
        }
        return sum / (double) a.rgb().length;
    }

    /** A smooth random picture (noise upscaled), which compresses like a photo rather than like noise. */
    static Path generatedJpeg(Path file, int width, int height) {
        try (PointerScope scope = new PointerScope()) {
            Mat seed = new Mat(height / 100, width / 100, CV_8UC3);
            byte[] noise = new byte[seed.cols() * seed.rows() * 3];
            new java.util.Random(width * 31L + height).nextBytes(noise);
            seed.data().put(noise);
            Mat picture = new Mat();
            resize(seed, picture, new Size(width, height), 0, 0, INTER_CUBIC);
            assertTrue(imwrite(file.toString(), picture), "OpenCV wrote " + file);
        }
        return file;
    }

    private static byte[] pngHeader(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(33);
        header.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
        header.putInt(13).put(new byte[] { 'I', 'H', 'D', 'R' }).putInt(width).putInt(height);
        header.put(new byte[] { 8, 2, 0, 0, 0 }).putInt(0); // 8-bit RGB, CRC left zero
        return header.array();
    }
}
