package io.annolab.inference.families;

import java.util.ArrayList;
import java.util.List;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.launch.Prediction;
import io.annolab.inference.api.ModelDescriptor;
import io.annolab.inference.internal.Candidate;
import io.annolab.inference.internal.ModelSignature;
import io.annolab.inference.internal.ModelSignature.Tensor;
import io.annolab.inference.internal.OutputTensor;

/**
 * Ultralytics segmentation heads (YOLOv8-seg, YOLO11-seg): detections [1, 4 + C + M, N] whose
 * last M channels are mask coefficients, and prototypes [1, M, h, w]. A detection's mask is
 * sigmoid(coefficients · prototypes) > {@code mask_threshold} (0.5), cut to its box.
 */
public class YoloSegFamily extends DetectorFamily {

    @Override
    public String id() {
        return "yolo_seg";
    }

    @Override
    public String name() {
        return "YOLOv8 / YOLO11 segmentation (masks from prototypes)";
    }

    @Override
    public String kind() {
        return "segmenter";
    }

    @Override
    protected Decoder decoder(ModelDescriptor descriptor, ModelSignature signature) throws AnnolabException {
        imageInput(descriptor, signature, 2);
        Tensor detections = null, prototypes = null;
        for (Tensor output : signature.outputs()) {
            if (output.shape().length == 3 && detections == null) {
                detections = output;
            } else if (output.shape().length == 4 && prototypes == null) {
                prototypes = output;
            }
        }
        if (detections == null || prototypes == null) {
            throw signature.mismatch("expected detections [1, 4 + classes + M, N] and prototypes [1, M, h, w]; the model "
                    + "has " + signature.outputs());
        }
        int classes = descriptor.labels().size();
        long m = prototypes.shape()[1];
        if (m <= 0) {
            throw signature.mismatch("prototypes " + prototypes + " must have a fixed number of channels M");
        }
        signature.expectShape(prototypes, "M mask prototypes", 1, m, ModelSignature.ANY, ModelSignature.ANY);
        signature.expectShape(detections, "channels first: cx, cy, w, h, " + classes + " class scores for the "
                + "descriptor's labels and " + m + " mask coefficients", 1, 4 + classes + m, ModelSignature.ANY);
        String detectionsName = detections.name(), prototypesName = prototypes.name();
        float logitThreshold = logit((float) descriptor.number("mask_threshold", 0.5));
        return (outputs, image) -> {
            OutputTensor d = OutputTensor.of(outputs, detectionsName), p = OutputTensor.of(outputs, prototypesName);
            int rows = d.dim(2);
            Detections.RowReader reader = (r, c) -> d.data()[c * rows + r];
            List<Candidate> kept = Detections.kept(
                    YoloCandidates.read(reader, rows, false, classes, descriptor.scoreThreshold()), descriptor);
            MaskPrototypes masks = new MaskPrototypes(p, image.geometry(), logitThreshold);
            List<Prediction> predictions = new ArrayList<>(kept.size());
            for (Candidate c : kept) {
                float[] coefficients = new float[(int) m];
                for (int k = 0; k < m; k++) {
                    coefficients[k] = reader.value(c.row(), 4 + classes + k);
                }
                Prediction mask = masks.mask(c, coefficients, descriptor.labels().get(c.classIndex()));
                if (mask != null) {
                    predictions.add(mask);
                }
            }
            return predictions;
        };
    }

    private static float logit(float probability) {
        float p = Math.clamp(probability, 1e-6f, 1 - 1e-6f);
        return (float) Math.log(p / (1 - p));
    }
}
