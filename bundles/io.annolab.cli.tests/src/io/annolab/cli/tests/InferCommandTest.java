package io.annolab.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.annolab.cli.Cli;

/** {@code annolab infer} with the real UltraFace detector over the UltraFace crowd photos. */
class InferCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private static Path shared(String relative) {
        String shared = System.getProperty("annolab.shared");
        assumeTrue(shared != null, "System property annolab.shared is not set; infer test skipped");
        Path path = Path.of(shared, relative);
        assumeTrue(Files.exists(path), path + " is absent; infer test skipped");
        return path;
    }

    private static Path ultraFace(Path folder) throws IOException {
        Path model = shared("models/ultraface-version-RFB-320.onnx");
        return Files.writeString(folder.resolve("ultraface.json"), """
                { "family": "ssd_decoded", "name": "UltraFace RFB-320", "model": "%s",
                  "input": { "width": 320, "height": 240, "resize": "stretch", "channels": "RGB",
                             "scale": 1, "mean": [127, 127, 127], "std": [128, 128, 128] },
                  "labels": ["background", "face"],
                  "thresholds": { "score": 0.7, "nms_iou": 0.3 } }""".formatted(model));
    }

    @Test
    void facesOfTheCrowdPhotosBecomeCocoBoxes(@TempDir Path root) throws IOException {
        Path photos = shared("fixtures/github-ultraface");
        Path output = root.resolve("faces");
        assertEquals(0, run("infer", "--model", ultraFace(root).toString(), "-i", photos.toString(), "-f", "coco_instances",
                "-o", output.toString()), err().toString());
        assertTrue(out().contains("UltraFace RFB-320 on 5 items"), out());
        JsonNode coco = new ObjectMapper().readTree(output.resolve("annotations/instances_default.json").toFile());
        assertEquals(5, coco.get("images").size());
        assertEquals("face", coco.get("categories").get(0).get("name").asText());
        assertEquals(1, coco.get("categories").size(), "the background class is never written");
        int faces = coco.get("annotations").size();
        // measured: 63 faces above 0.7
        assertTrue(faces >= 50 && faces <= 80, faces + " faces in five crowd photos");
        for (JsonNode face : coco.get("annotations")) {
            assertEquals(4, face.get("bbox").size());
            assertTrue(face.get("bbox").get(2).asDouble() > 0 && face.get("score").asDouble() >= 0.7, face.toString());
        }
        // a higher threshold keeps fewer faces
        Path strict = root.resolve("strict");
        assertEquals(0, run("infer", "--model", ultraFace(root).toString(), "-i", photos.toString(), "-if", "image_dir",
                "-f", "coco_instances", "-o", strict.toString(), "--threshold", "0.95"), err().toString());
        int strictFaces = new ObjectMapper().readTree(strict.resolve("annotations/instances_default.json").toFile())
                .get("annotations").size();
        assertTrue(strictFaces < faces, strictFaces + " vs " + faces);
    }

    @Test
    void aBadDescriptorIsReportedWithItsFieldAndNothingIsWritten(@TempDir Path root) throws IOException {
        Path photos = shared("fixtures/github-ultraface");
        Path descriptor = Files.writeString(root.resolve("bad.json"), """
                { "family": "ssd_decoded", "model": "missing.onnx", "input": { "width": 320 }, "labels": ["face"] }""");
        Path output = root.resolve("out");
        assertFalse(run("infer", "--model", descriptor.toString(), "-i", photos.toString(), "-f", "coco_instances", "-o",
                output.toString()) == 0);
        assertTrue(err().contains("field 'input.height': missing") && err().contains("bad.json"), err());
        assertFalse(Files.exists(output));
    }

    @Test
    void aModelThatDoesNotFitItsFamilyNamesTheTensor(@TempDir Path root) throws IOException {
        Path photos = shared("fixtures/github-ultraface");
        Path model = shared("models/ultraface-version-RFB-320.onnx");
        // UltraFace described as an 80-class YOLOv8
        Path descriptor = Files.writeString(root.resolve("wrong.json"), """
                { "family": "yolov8", "model": "%s", "input": { "width": 320, "height": 240 }, "labels_file": "%s" }"""
                .formatted(model, shared("fixtures/debian-darknet/coco.names")));
        assertFalse(run("infer", "--model", descriptor.toString(), "-i", photos.toString(), "-f", "coco_instances", "-o",
                root.resolve("out").toString()) == 0);
        assertTrue(err().contains("the model has 2 output(s)") || err().contains("does not fit"), err());
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
