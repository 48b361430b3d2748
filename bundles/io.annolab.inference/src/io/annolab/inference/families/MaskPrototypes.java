package io.annolab.inference.families;

import io.annolab.core.api.launch.Prediction;
import io.annolab.inference.internal.Candidate;
import io.annolab.inference.internal.Geometry;
import io.annolab.inference.internal.OutputTensor;
import io.annolab.model.values.MaskRle;

/**
 * Turns mask coefficients into a mask at image resolution. Logits are computed only on the
 * prototype cells under the box, then each image pixel of the box samples them bilinearly, so
 * the mask is as sharp as upsampling the whole map would make it, at a fraction of the work.
 */
final class MaskPrototypes {

    private final float[] prototypes;
    private final int count, protoHeight, protoWidth;
    private final Geometry geometry;
    private final float logitThreshold;

    MaskPrototypes(OutputTensor prototypes, Geometry geometry, float logitThreshold) {
        this.prototypes = prototypes.data();
        this.count = prototypes.dim(1);
        this.protoHeight = prototypes.dim(2);
        this.protoWidth = prototypes.dim(3);
        this.geometry = geometry;
        this.logitThreshold = logitThreshold;
    }

    /** The mask inside the candidate's box, or null when no pixel is set. */
    Prediction mask(Candidate c, float[] coefficients, String label) {
        int left = (int) Math.floor(geometry.imageX(c.x1())), top = (int) Math.floor(geometry.imageY(c.y1()));
        int right = (int) Math.ceil(geometry.imageX(c.x2())), bottom = (int) Math.ceil(geometry.imageY(c.y2()));
        int width = Math.min(right, geometry.imageWidth()) - left, height = Math.min(bottom, geometry.imageHeight()) - top;
        if (width <= 0 || height <= 0) {
            return null;
        }
        float toProtoX = protoWidth / (float) geometry.inputWidth(), toProtoY = protoHeight / (float) geometry.inputHeight();
        // prototype cells under the box, one cell of margin for the bilinear neighbours
        int px0 = Math.max(0, (int) Math.floor(c.x1() * toProtoX) - 1), px1 = Math.min(protoWidth - 1, (int) Math.ceil(c.x2() * toProtoX) + 1);
        int py0 = Math.max(0, (int) Math.floor(c.y1() * toProtoY) - 1), py1 = Math.min(protoHeight - 1, (int) Math.ceil(c.y2() * toProtoY) + 1);
        int cellsW = px1 - px0 + 1, cellsH = py1 - py0 + 1;
        float[] logits = new float[cellsW * cellsH];
        int plane = protoWidth * protoHeight;
        for (int k = 0; k < count; k++) {
            float weight = coefficients[k];
            int base = k * plane;
            for (int y = 0; y < cellsH; y++) {
                int source = base + (py0 + y) * protoWidth + px0;
                for (int x = 0; x < cellsW; x++) {
                    logits[y * cellsW + x] += weight * prototypes[source + x];
                }
            }
        }
        boolean[] pixels = new boolean[width * height];
        boolean any = false;
        for (int y = 0; y < height; y++) {
            float inputY = geometry.inputY(top + y + 0.5f);
            if (inputY < c.y1() || inputY > c.y2()) {
                continue;
            }
            float v = Math.clamp(inputY * toProtoY - 0.5f - py0, 0, cellsH - 1);
            for (int x = 0; x < width; x++) {
                float inputX = geometry.inputX(left + x + 0.5f);
                if (inputX < c.x1() || inputX > c.x2()) {
                    continue;
                }
                float u = Math.clamp(inputX * toProtoX - 0.5f - px0, 0, cellsW - 1);
                if (bilinear(logits, cellsW, cellsH, u, v) > logitThreshold) {
                    pixels[y * width + x] = true;
                    any = true;
                }
            }
        }
        return any ? Prediction.mask(label, c.classIndex(), c.score(), left, top, MaskRle.encode(width, height, pixels)) : null;
    }

    private static float bilinear(float[] map, int w, int h, float u, float v) {
        int x0 = (int) u, y0 = (int) v;
        int x1 = Math.min(x0 + 1, w - 1), y1 = Math.min(y0 + 1, h - 1);
        float fx = u - x0, fy = v - y0;
        float top = map[y0 * w + x0] * (1 - fx) + map[y0 * w + x1] * fx;
        float bottom = map[y1 * w + x0] * (1 - fx) + map[y1 * w + x1] * fx;
        return top * (1 - fy) + bottom * fy;
    }
}
