package io.annolab.inference.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.AnnolabException;
import io.annolab.inference.api.DescriptorReader;
import io.annolab.inference.api.InputSpec;
import io.annolab.inference.api.ModelDescriptor;

class DescriptorReaderTest {

    @TempDir
    Path folder;

    private ModelDescriptor read(String json) throws Exception {
        return new DescriptorReader().read(Fixtures.descriptor(folder, json));
    }

    private String failure(String json) {
        return assertThrows(AnnolabException.class, () -> read(json)).getMessage();
    }

    @Test
    void readsEveryField() throws Exception {
        ModelDescriptor d = read("""
                { "family": "yolov8", "name": "cars", "model": "m/best.onnx",
                  "input": { "width": 640, "height": 480, "resize": "stretch", "channels": "BGR",
                             "scale": 1, "mean": [1, 2, 3], "std": [4, 5, 6] },
                  "labels": ["car", "bus"], "thresholds": { "score": 0.3, "nms_iou": 0.6 },
                  "options": { "strides": [8, 16] } }""");
        assertEquals("yolov8", d.family());
        assertEquals(folder.resolve("m/best.onnx").toAbsolutePath(), d.model());
        assertEquals(640, d.input().width());
        assertEquals(InputSpec.STRETCH, d.input().resize());
        assertEquals(InputSpec.ChannelOrder.BGR, d.input().channels());
        assertArrayEquals(new float[] { 4, 5, 6 }, d.input().std());
        assertEquals(List.of("car", "bus"), d.labels());
        assertEquals(0.3f, d.scoreThreshold());
        assertEquals(0.6f, d.nmsIou());
        assertEquals(List.of(8, 16), d.options().get("strides"));
    }

    @Test
    void defaultsAreYolos() throws Exception {
        ModelDescriptor d = read("""
                { "family": "yolov5", "model": "a.onnx", "input": { "width": 32, "height": 32 }, "labels": ["x"] }""");
        assertEquals(InputSpec.LETTERBOX, d.input().resize());
        assertEquals(1 / 255f, d.input().scale(), 1e-7);
        assertEquals(114f, d.input().padValue());
        assertEquals(0.5f, d.scoreThreshold());
    }

    @Test
    void readsLabelsFromAFile() throws Exception {
        Files.writeString(folder.resolve("names.txt"), "person\n\nbicycle\n");
        ModelDescriptor d = read("""
                { "family": "yolov5", "model": "a.onnx", "input": { "width": 32, "height": 32 }, "labels_file": "names.txt" }""");
        assertEquals(List.of("person", "bicycle"), d.labels());
    }

    @Test
    void errorsNameTheFileAndTheField() {
        String missing = failure("{ \"model\": \"a.onnx\", \"input\": { \"width\": 32, \"height\": 32 }, \"labels\": [\"x\"] }");
        assertTrue(missing.contains("field 'family': missing") && missing.contains("model.json"), missing);
        String badWidth = failure("""
                { "family": "yolov5", "model": "a.onnx", "input": { "width": "wide", "height": 32 }, "labels": ["x"] }""");
        assertTrue(badWidth.contains("field 'input.width': must be a positive whole number, is \"wide\""), badWidth);
        String badMean = failure("""
                { "family": "yolov5", "model": "a.onnx", "input": { "width": 32, "height": 32, "mean": [0, 0] }, "labels": ["x"] }""");
        assertTrue(badMean.contains("field 'input.mean': must be an array of 3 numbers"), badMean);
        String badScore = failure("""
                { "family": "yolov5", "model": "a.onnx", "input": { "width": 32, "height": 32 }, "labels": ["x"],
                  "thresholds": { "score": 7 } }""");
        assertTrue(badScore.contains("field 'thresholds.score': must lie in [0, 1], is 7.0"), badScore);
        String unknown = failure("""
                { "family": "yolov5", "modle": "a.onnx", "input": { "width": 32, "height": 32 }, "labels": ["x"] }""");
        assertTrue(unknown.contains("field 'modle': unknown field"), unknown);
        String noLabels = failure("{ \"family\": \"yolov5\", \"model\": \"a.onnx\", \"input\": { \"width\": 32, \"height\": 32 } }");
        assertTrue(noLabels.contains("field 'labels': missing"), noLabels);
    }

    @Test
    void brokenJsonGivesItsLine() {
        AnnolabException e = assertThrows(AnnolabException.class, () -> read("{\n \"family\": \"yolov5\",\n \"model\" \"a\" }"));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }
}
