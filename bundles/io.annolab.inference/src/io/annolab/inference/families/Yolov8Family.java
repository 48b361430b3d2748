package io.annolab.inference.families;

import io.annolab.core.api.AnnolabException;
import io.annolab.inference.api.ModelDescriptor;
import io.annolab.inference.internal.ModelSignature;
import io.annolab.inference.internal.ModelSignature.Tensor;
import io.annolab.inference.internal.OutputTensor;

/** Ultralytics YOLOv8 and YOLO11 exports: one output [1, 4 + C, N], channels first, no objectness. */
public class Yolov8Family extends DetectorFamily {

    @Override
    public String id() {
        return "yolov8";
    }

    @Override
    public String name() {
        return "YOLOv8 / YOLO11 detector (no objectness)";
    }

    @Override
    protected Decoder decoder(ModelDescriptor descriptor, ModelSignature signature) throws AnnolabException {
        imageInput(descriptor, signature, 1);
        int classes = descriptor.labels().size();
        Tensor output = signature.output(0);
        signature.expectShape(output, "channels first: cx, cy, w, h and " + classes
                + " class scores for the descriptor's " + classes + " labels, then one column per proposal", 1,
                4 + classes, ModelSignature.ANY);
        return (outputs, image) -> {
            OutputTensor t = OutputTensor.of(outputs, output.name());
            int rows = t.dim(2);
            var candidates = YoloCandidates.read((r, c) -> t.data()[c * rows + r], rows, false, classes,
                    descriptor.scoreThreshold());
            return Detections.boxes(Detections.kept(candidates, descriptor), image.geometry(), descriptor);
        };
    }
}
