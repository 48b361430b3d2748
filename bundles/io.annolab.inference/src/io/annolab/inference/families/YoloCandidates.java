package io.annolab.inference.families;

import java.util.ArrayList;
import java.util.List;

import io.annolab.inference.internal.Candidate;

/**
 * Reads YOLO proposals: per row cx, cy, w, h (input pixels), then an objectness (v5, YOLOX) or
 * not (v8, v11), then one score per class. score = objectness × best class score.
 */
final class YoloCandidates {

    private YoloCandidates() {
    }

    static List<Candidate> read(Detections.RowReader rows, int count, boolean objectness, int classes, float threshold) {
        List<Candidate> candidates = new ArrayList<>();
        int firstClass = objectness ? 5 : 4;
        for (int r = 0; r < count; r++) {
            float object = objectness ? rows.value(r, 4) : 1;
            if (object < threshold) {
                continue; // cheap early exit: most rows are background
            }
            int best = Detections.bestClass(rows, r, firstClass, classes);
            float score = object * rows.value(r, firstClass + best);
            if (score >= threshold) {
                candidates.add(Candidate.fromCentre(rows.value(r, 0), rows.value(r, 1), rows.value(r, 2), rows.value(r, 3),
                        score, best, r));
            }
        }
        return candidates;
    }
}
