package io.annolab.inference.run;

import io.annolab.core.api.launch.Prediction;
import io.annolab.model.values.MaskRle;

/** Predictions made on a smaller decode of an image, brought back to the image's own pixels. */
final class ScaledPredictions {

    private ScaledPredictions() {
    }

    static Prediction scaled(Prediction p, float fx, float fy) {
        if (p.kind() != Prediction.Kind.MASK) {
            float[] xy = p.points().clone();
            for (int i = 0; i < xy.length; i += 2) {
                xy[i] *= fx;
                xy[i + 1] *= fy;
            }
            return new Prediction(p.kind(), p.label(), p.labelIndex(), p.score(), xy, null);
        }
        // nearest neighbour: a mask has no finer detail than the decode it came from
        MaskRle small = p.mask();
        boolean[] source = small.decode();
        int left = (int) Math.floor(p.points()[0] * fx), top = (int) Math.floor(p.points()[1] * fy);
        int width = Math.max(1, Math.round(small.width() * fx)), height = Math.max(1, Math.round(small.height() * fy));
        boolean[] pixels = new boolean[width * height];
        for (int y = 0; y < height; y++) {
            int sy = Math.min(small.height() - 1, (int) (y / fy));
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = source[sy * small.width() + Math.min(small.width() - 1, (int) (x / fx))];
            }
        }
        return Prediction.mask(p.label(), p.labelIndex(), p.score(), left, top, MaskRle.encode(width, height, pixels));
    }
}
