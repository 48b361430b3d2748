package io.annolab.inference.internal;

/**
 * A box the model proposed, in input coordinates, before non-maximum suppression.
 *
 * @param row the output row it came from (a segmentation head reads its mask coefficients there)
 */
public record Candidate(float x1, float y1, float x2, float y2, float score, int classIndex, int row) {

    public static Candidate fromCentre(float cx, float cy, float w, float h, float score, int classIndex, int row) {
        return new Candidate(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2, score, classIndex, row);
    }

    float area() {
        return Math.max(0, x2 - x1) * Math.max(0, y2 - y1);
    }

    float iou(Candidate other) {
        float w = Math.min(x2, other.x2) - Math.max(x1, other.x1);
        float h = Math.min(y2, other.y2) - Math.max(y1, other.y1);
        if (w <= 0 || h <= 0) {
            return 0;
        }
        float overlap = w * h;
        return overlap / (area() + other.area() - overlap);
    }
}
