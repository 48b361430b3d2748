package io.annolab.inference.api;

import io.annolab.model.values.MaskRle;

/** A mask an interactive segmenter drew: its pixels over their box at (left, top), and the model's own IoU estimate. */
public record SegmentResult(int left, int top, MaskRle mask, float predictedIou) {

    public long area() {
        return mask.area();
    }
}
