package io.annolab.inference.families;

import java.util.ArrayList;
import java.util.List;

import io.annolab.core.api.AnnolabException;
import io.annolab.inference.api.ModelDescriptor;
import io.annolab.inference.internal.Candidate;
import io.annolab.inference.internal.ModelSignature;
import io.annolab.inference.internal.ModelSignature.Tensor;
import io.annolab.inference.internal.OutputTensor;

/**
 * SSD-style detectors that decode their anchors in the graph (UltraFace): {@code scores}
 * [1, N, C] softmax per anchor (class 0 is the background unless {@code background_class} says
 * otherwise, -1 for none) and {@code boxes} [1, N, 4] as x1, y1, x2, y2, normalised to [0, 1]
 * unless {@code normalized} is false.
 */
public class SsdDecodedFamily extends DetectorFamily {

    @Override
    public String id() {
        return "ssd_decoded";
    }

    @Override
    public String name() {
        return "SSD-style detector with decoded boxes (UltraFace)";
    }

    @Override
    protected Decoder decoder(ModelDescriptor descriptor, ModelSignature signature) throws AnnolabException {
        imageInput(descriptor, signature, 2);
        int classes = descriptor.labels().size();
        Tensor scores = null, boxes = null;
        for (Tensor output : signature.outputs()) {
            long last = output.shape()[output.shape().length - 1];
            if (scores == null && last == classes && last != 4) {
                scores = output;
            } else if (boxes == null && last == 4) {
                boxes = output;
            }
        }
        if (scores == null || boxes == null) {
            throw signature.mismatch("expected outputs scores [1, N, " + classes + "] (one column per label) and boxes "
                    + "[1, N, 4]; the model has " + signature.outputs());
        }
        signature.expectShape(scores, "scores: one row per anchor, one column per label", 1, ModelSignature.ANY, classes);
        signature.expectShape(boxes, "boxes: one row per anchor, x1, y1, x2, y2", 1, ModelSignature.ANY, 4);
        if (scores.shape()[1] > 0 && boxes.shape()[1] > 0 && scores.shape()[1] != boxes.shape()[1]) {
            throw signature.mismatch("scores " + scores + " and boxes " + boxes + " disagree on the number of anchors");
        }
        String scoresName = scores.name(), boxesName = boxes.name();
        int background = (int) descriptor.number("background_class", 0);
        boolean normalized = !Boolean.FALSE.equals(descriptor.options().get("normalized"));
        return (outputs, image) -> {
            OutputTensor s = OutputTensor.of(outputs, scoresName), b = OutputTensor.of(outputs, boxesName);
            float sx = normalized ? image.geometry().inputWidth() : 1, sy = normalized ? image.geometry().inputHeight() : 1;
            List<Candidate> candidates = new ArrayList<>();
            int anchors = s.dim(1);
            for (int a = 0; a < anchors; a++) {
                for (int c = 0; c < classes; c++) {
                    float score = s.data()[a * classes + c];
                    if (c != background && score >= descriptor.scoreThreshold()) {
                        int o = a * 4;
                        candidates.add(new Candidate(b.data()[o] * sx, b.data()[o + 1] * sy, b.data()[o + 2] * sx,
                                b.data()[o + 3] * sy, score, c, a));
                    }
                }
            }
            return Detections.boxes(Detections.kept(candidates, descriptor), image.geometry(), descriptor);
        };
    }
}
