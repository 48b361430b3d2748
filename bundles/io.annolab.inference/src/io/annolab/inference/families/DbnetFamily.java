package io.annolab.inference.families;

import java.util.ArrayList;
import java.util.List;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.launch.Prediction;
import io.annolab.inference.api.ModelDescriptor;
import io.annolab.inference.internal.Geometry;
import io.annolab.inference.internal.ModelSignature;
import io.annolab.inference.internal.ModelSignature.Tensor;
import io.annolab.inference.internal.OutputTensor;
import io.annolab.inference.internal.ProbabilityPolygons;
import io.annolab.inference.internal.ProbabilityPolygons.Region;
import io.annolab.inference.internal.ProbabilityPolygons.Settings;

/**
 * DBNet-style text detectors (PP-OCR det): one probability map [1, 1, H, W] at the input's size,
 * turned into one four-corner polygon per text region. Options: {@code binary_threshold} (0.3),
 * {@code unclip_ratio} (1.6), {@code min_side} (3), {@code max_regions} (1000); the descriptor's
 * score threshold is the mean probability a region needs (PaddleOCR's box_thresh, 0.6).
 */
public class DbnetFamily extends DetectorFamily {

    @Override
    public String id() {
        return "dbnet";
    }

    @Override
    public String name() {
        return "DBNet text detector (probability map to polygons)";
    }

    @Override
    protected Decoder decoder(ModelDescriptor descriptor, ModelSignature signature) throws AnnolabException {
        Tensor input = imageInput(descriptor, signature, 1);
        Tensor output = signature.output(0);
        signature.expectShape(output, "one probability map of the input's height and width", ModelSignature.ANY, 1,
                input.shape()[2], input.shape()[3]);
        Settings settings = new Settings((float) descriptor.number("binary_threshold", 0.3), descriptor.scoreThreshold(),
                (float) descriptor.number("unclip_ratio", 1.6), (float) descriptor.number("min_side", 3),
                (int) descriptor.number("max_regions", 1000));
        String label = descriptor.labels().get(0);
        return (outputs, image) -> {
            OutputTensor map = OutputTensor.of(outputs, output.name());
            Geometry g = image.geometry();
            if (map.dim(2) != g.inputHeight() || map.dim(3) != g.inputWidth()) {
                throw signature.mismatch("output " + map + " is not the input's size " + g.inputHeight() + "x" + g.inputWidth());
            }
            List<Prediction> polygons = new ArrayList<>();
            for (Region region : ProbabilityPolygons.find(map.data(), map.dim(3), map.dim(2), settings)) {
                float[] xy = region.corners().clone();
                for (int k = 0; k < xy.length; k += 2) {
                    xy[k] = g.imageX(xy[k]);
                    xy[k + 1] = g.imageY(xy[k + 1]);
                }
                polygons.add(Prediction.polygon(label, 0, region.score(), xy));
            }
            polygons.sort((a, b) -> Float.compare(b.score(), a.score()));
            return polygons;
        };
    }
}
