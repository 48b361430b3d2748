package io.annolab.inference.families;

import io.annolab.core.api.AnnolabException;
import io.annolab.inference.api.ModelDescriptor;
import io.annolab.inference.internal.ModelSignature;
import io.annolab.inference.internal.ModelSignature.Tensor;
import io.annolab.inference.internal.OutputTensor;

/** YOLOv5 (and v7) exports: one output [1, N, 5 + C]: cx, cy, w, h, objectness, class scores. */
public class Yolov5Family extends DetectorFamily {

    @Override
    public String id() {
        return "yolov5";
    }

    @Override
    public String name() {
        return "YOLOv5-style detector (with objectness)";
    }

    @Override
    protected Decoder decoder(ModelDescriptor descriptor, ModelSignature signature) throws AnnolabException {
        imageInput(descriptor, signature, 1);
        int classes = descriptor.labels().size();
        Tensor output = signature.output(0);
        signature.expectShape(output, "one row per proposal: cx, cy, w, h, objectness and " + classes
                + " class scores for the descriptor's " + classes + " labels", 1, ModelSignature.ANY, 5 + classes);
        return (outputs, image) -> {
            OutputTensor t = OutputTensor.of(outputs, output.name());
            int width = 5 + classes;
            var candidates = YoloCandidates.read((r, c) -> t.data()[r * width + c], t.dim(1), true, classes,
                    descriptor.scoreThreshold());
            return Detections.boxes(Detections.kept(candidates, descriptor), image.geometry(), descriptor);
        };
    }
}
