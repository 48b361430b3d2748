package io.annolab.inference.families;

import java.util.ArrayList;
import java.util.List;

import io.annolab.core.api.launch.Prediction;
import io.annolab.inference.api.ModelDescriptor;
import io.annolab.inference.internal.Candidate;
import io.annolab.inference.internal.Geometry;
import io.annolab.inference.internal.Nms;

/** The common end of every box decoder: suppression, then boxes back in image coordinates. */
final class Detections {

    private Detections() {
    }

    /** Candidates (input coordinates) → kept candidates, best first. */
    static List<Candidate> kept(List<Candidate> candidates, ModelDescriptor descriptor) {
        return Nms.suppress(candidates, descriptor.nmsIou());
    }

    static List<Prediction> boxes(List<Candidate> kept, Geometry geometry, ModelDescriptor descriptor) {
        List<Prediction> boxes = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            float x1 = geometry.imageX(c.x1()), y1 = geometry.imageY(c.y1());
            float x2 = geometry.imageX(c.x2()), y2 = geometry.imageY(c.y2());
            if (x2 > x1 && y2 > y1) { // boxes entirely in the letterbox padding vanish
                boxes.add(Prediction.box(descriptor.labels().get(c.classIndex()), c.classIndex(), c.score(), x1, y1, x2, y2));
            }
        }
        return boxes;
    }

    /** The best class of one row and its score: classes start at {@code first} and there are {@code count}. */
    static int bestClass(RowReader rows, int row, int first, int count) {
        int best = 0;
        float bestScore = rows.value(row, first);
        for (int c = 1; c < count; c++) {
            float score = rows.value(row, first + c);
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /** Reads value {@code channel} of proposal {@code row}, whatever the output's layout. */
    @FunctionalInterface
    interface RowReader {
        float value(int row, int channel);
    }
}
