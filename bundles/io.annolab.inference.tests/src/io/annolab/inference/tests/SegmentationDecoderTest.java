package io.annolab.inference.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.launch.Prediction;
import io.annolab.inference.api.StagedModel;
import io.annolab.inference.families.DbnetFamily;
import io.annolab.inference.families.YoloSegFamily;
import io.annolab.inference.internal.MaskOutlines;
import io.annolab.model.values.MaskRle;

/** Masks from prototypes and polygons from a probability map, on constant outputs. */
class SegmentationDecoderTest {

    @TempDir
    Path folder;

    @Test
    void yoloSegMasksArePrototypesWeightedByCoefficientsCutToTheBox() throws Exception {
        // 2 proposals × (4 box + 1 class + 2 coefficients), channels first; prototypes 2 × 16 × 16
        int n = 2;
        float[] detections = new float[7 * n];
        float[][] rows = { { 32, 32, 48, 48, 0.9f, 1, 0 }, { 20, 20, 10, 10, 0.1f, 1, 0 } };
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < 7; c++) {
                detections[c * n + r] = rows[r][c];
            }
        }
        // prototype 0 is positive on cells 4..11 in both directions (input pixels 16..47), prototype 1 is noise-free zero
        float[] prototypes = new float[2 * 16 * 16];
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                prototypes[y * 16 + x] = x >= 4 && x < 12 && y >= 4 && y < 12 ? 5 : -5;
            }
        }
        OnnxGraph graph = new OnnxGraph().input("images", 1, 3, 64, 64).output("output0", detections, 1, 7, n)
                .output("output1", prototypes, 1, 2, 16, 16);
        try (StagedModel model = TinyModels.load(new YoloSegFamily(), folder, graph,
                "\"input\": { \"width\": 64, \"height\": 64 }, \"labels\": [\"blob\"]")) {
            List<Prediction> found = model.predict(TinyModels.black(64, 64), 64, 64);
            assertEquals(1, found.size(), found.toString());
            Prediction blob = found.get(0);
            assertEquals(Prediction.Kind.MASK, blob.kind());
            assertEquals(0.9f, blob.score(), 1e-6);
            // the mask's box is the detection's box (8..56), its pixels the positive prototype region (16..47)
            assertEquals(8, blob.points()[0]);
            assertEquals(8, blob.points()[1]);
            MaskRle mask = blob.mask();
            assertEquals(48, mask.width());
            boolean[] pixels = mask.decode();
            assertTrue(pixels[(24 - 8) * 48 + (24 - 8)], "centre set");
            assertTrue(!pixels[(12 - 8) * 48 + (12 - 8)], "outside the prototype's region");
            assertEquals(32 * 32, mask.area(), 2 * 32 * 2);

            // as a polygon: the square's outline, corners on the pixel centres of its border
            Prediction outline = MaskOutlines.polygon(blob, 1.0);
            assertEquals(Prediction.Kind.POLYGON, outline.kind());
            assertEquals(8, outline.points().length, java.util.Arrays.toString(outline.points()));
            for (float coordinate : outline.points()) {
                assertTrue(Math.abs(coordinate - 16.5f) < 1.01 || Math.abs(coordinate - 47.5f) < 1.01, "corner " + coordinate);
            }
        }
    }

    @Test
    void dbnetTurnsEachRegionIntoAnUnclippedRectangle() throws Exception {
        // a 96×64 map: one text kernel x 20..59, y 20..35 at 0.9, a speck too small to be text, background 0.05
        int w = 96, h = 64;
        float[] map = new float[w * h];
        java.util.Arrays.fill(map, 0.05f);
        for (int y = 20; y < 36; y++) {
            for (int x = 20; x < 60; x++) {
                map[y * w + x] = 0.9f;
            }
        }
        map[50 * w + 80] = 0.9f;
        OnnxGraph graph = new OnnxGraph().input("x", -1, 3, -1, -1).output("sigmoid_0.tmp_0", map, 1, 1, h, w);
        try (StagedModel model = TinyModels.load(new DbnetFamily(), folder, graph,
                "\"input\": { \"width\": 96, \"height\": 96, \"resize\": \"fit\", \"multiple\": 32 }, \"labels\": [\"text\"], "
                        + "\"thresholds\": { \"score\": 0.6 }")) {
            // a 192×128 image fits the 96 limit at half size: map (x, y) is image (2x, 2y)
            List<Prediction> found = model.predict(TinyModels.black(192, 128), 192, 128);
            assertEquals(1, found.size(), found.toString());
            Prediction text = found.get(0);
            assertEquals(Prediction.Kind.POLYGON, text.kind());
            assertEquals(8, text.points().length);
            assertEquals(0.9f, text.score(), 1e-3);
            // kernel rectangle 39 × 15 (through pixel centres) grown by area × 1.6 / perimeter = 8.67 on each side
            float[] bounds = bounds(text.points());
            float d = 39 * 15 * 1.6f / (2 * (39 + 15));
            assertEquals(2 * (20 - d), bounds[0], 1.5);
            assertEquals(2 * (20 - d), bounds[1], 1.5);
            assertEquals(2 * (59 + d), bounds[2], 1.5);
            assertEquals(2 * (35 + d), bounds[3], 1.5);
        }
    }

    private static float[] bounds(float[] xy) {
        float[] b = { Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE };
        for (int i = 0; i < xy.length; i += 2) {
            b[0] = Math.min(b[0], xy[i]);
            b[1] = Math.min(b[1], xy[i + 1]);
            b[2] = Math.max(b[2], xy[i]);
            b[3] = Math.max(b[3], xy[i + 1]);
        }
        return b;
    }
}
