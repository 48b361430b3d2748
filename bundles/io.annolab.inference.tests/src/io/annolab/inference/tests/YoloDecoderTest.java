package io.annolab.inference.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.launch.Prediction;
import io.annolab.inference.api.StagedModel;
import io.annolab.inference.families.Yolov5Family;
import io.annolab.inference.families.Yolov8Family;
import io.annolab.inference.families.YoloxFamily;

/**
 * YOLO decoders on constant outputs. The image is 128×64 and the input 64×64, so the letterbox
 * halves it and pads 16 rows above: input (x, y) is image (2x, 2(y − 16)).
 */
class YoloDecoderTest {

    private static final String BODY = "\"input\": { \"width\": 64, \"height\": 64 }, \"labels\": [\"cat\", \"dog\"], "
            + "\"thresholds\": { \"score\": 0.5, \"nms_iou\": 0.45 }";

    /** cx, cy, w, h, objectness, cat, dog. */
    private static final float[][] ROWS = {
            { 32, 32, 20, 10, 0.9f, 0.1f, 0.8f }, // dog 0.72
            { 33, 32, 20, 10, 0.9f, 0.1f, 0.7f }, // dog 0.63, the same dog: suppressed
            { 10, 20, 8, 8, 0.95f, 0.9f, 0 }, // cat 0.855
            { 40, 40, 8, 8, 0.2f, 0.9f, 0.9f }, // objectness too low
            { 32, 32, 20, 10, 1, 0.6f, 0 }, // cat 0.6 on the dog's box: another class, kept
    };

    @TempDir
    Path folder;

    private static void assertDecoded(List<Prediction> found) {
        assertEquals(3, found.size(), found.toString());
        assertPrediction(found.get(0), "cat", 0.855f, 12, 0, 28, 16);
        assertPrediction(found.get(1), "dog", 0.72f, 44, 22, 84, 42);
        assertPrediction(found.get(2), "cat", 0.6f, 44, 22, 84, 42);
    }

    static void assertPrediction(Prediction p, String label, float score, float... box) {
        assertEquals(label, p.label());
        assertEquals(score, p.score(), 1e-4);
        assertArrayEquals(box, p.points(), 1e-3f, p.toString());
    }

    @Test
    void yolov5ReadsRowsWithObjectness() throws Exception {
        float[] data = new float[ROWS.length * 7];
        for (int r = 0; r < ROWS.length; r++) {
            System.arraycopy(ROWS[r], 0, data, r * 7, 7);
        }
        OnnxGraph graph = new OnnxGraph().input("images", 1, 3, 64, 64).output("output0", data, 1, ROWS.length, 7);
        try (StagedModel model = TinyModels.load(new Yolov5Family(), folder, graph, BODY)) {
            assertDecoded(model.predict(TinyModels.black(128, 64), 128, 64));
        }
    }

    @Test
    void yolov8ReadsChannelsFirstWithoutObjectness() throws Exception {
        int n = ROWS.length;
        float[] data = new float[6 * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < 4; c++) {
                data[c * n + r] = ROWS[r][c];
            }
            // v8 has no objectness: its class scores are the final scores
            data[4 * n + r] = ROWS[r][4] * ROWS[r][5];
            data[5 * n + r] = ROWS[r][4] * ROWS[r][6];
        }
        OnnxGraph graph = new OnnxGraph().input("images", 1, 3, 64, 64).output("output0", data, 1, 6, n);
        try (StagedModel model = TinyModels.load(new Yolov8Family(), folder, graph, BODY)) {
            assertDecoded(model.predict(TinyModels.black(128, 64), 128, 64));
        }
    }

    @Test
    void yoloxDecodesGridOffsetsPerStride() throws Exception {
        int cells = 8 * 8 + 4 * 4 + 2 * 2; // strides 8, 16, 32 over 64×64
        float[] data = new float[cells * 7];
        int row = 64 + 2 * 4 + 1; // stride 16, column 1, row 2
        float[] raw = { 0.5f, 0.5f, (float) Math.log(2), 0, 0.9f, 0, 0.9f };
        System.arraycopy(raw, 0, data, row * 7, 7);
        OnnxGraph graph = new OnnxGraph().input("images", 1, 3, 64, 64).output("output", data, 1, cells, 7);
        try (StagedModel model = TinyModels.load(new YoloxFamily(), folder, graph, BODY)) {
            List<Prediction> found = model.predict(TinyModels.black(64, 64), 64, 64);
            assertEquals(1, found.size(), found.toString());
            // cx = (0.5 + 1) × 16 = 24, cy = (0.5 + 2) × 16 = 40, w = 2 × 16, h = 16
            assertPrediction(found.get(0), "dog", 0.81f, 8, 32, 40, 48);
        }
    }

    @Test
    void yoloxWithOtherStridesNamesTheOutputAndTheCellCount() throws Exception {
        int cells = 8 * 8 + 4 * 4 + 2 * 2;
        OnnxGraph graph = new OnnxGraph().input("images", 1, 3, 64, 64).output("output", new float[cells * 7], 1, cells, 7);
        String message = assertThrows(AnnolabException.class, () -> TinyModels.load(new YoloxFamily(), folder, graph,
                BODY + ", \"options\": { \"strides\": [8, 16] }")).getMessage();
        assertTrue(message.contains("tensor 'output' [1, 84, 7] does not fit: the yolox family expects [1, 80, 7]"), message);
    }

    @Test
    void aWrongLabelCountNamesTheTensorAndTheExpectedShape() throws Exception {
        // an 80-class YOLOv8 export described with only 3 labels
        OnnxGraph graph = new OnnxGraph().input("images", 1, 3, 64, 64).output("output0", new float[84 * 10], 1, 84, 10);
        String message = assertThrows(AnnolabException.class, () -> TinyModels.load(new Yolov8Family(), folder, graph,
                "\"input\": { \"width\": 64, \"height\": 64 }, \"labels\": [\"a\", \"b\", \"c\"]")).getMessage();
        assertTrue(message.contains("tensor 'output0' [1, 84, 10] does not fit: the yolov8 family expects [1, 7, N]"), message);
        assertTrue(message.contains("model.onnx"), message);
    }

    @Test
    void aWrongInputSizeNamesTheInput() throws Exception {
        OnnxGraph graph = new OnnxGraph().input("images", 1, 3, 320, 320).output("output0", new float[7], 1, 1, 7);
        String message = assertThrows(AnnolabException.class, () -> TinyModels.load(new Yolov5Family(), folder, graph, BODY))
                .getMessage();
        assertTrue(message.contains("tensor 'images' [1, 3, 320, 320] does not fit: the yolov5 family expects [N, 3, 64, 64]"),
                message);
    }
}
