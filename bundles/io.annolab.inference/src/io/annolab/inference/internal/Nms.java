package io.annolab.inference.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Greedy non-maximum suppression per class: a box only suppresses boxes of its own class. */
public final class Nms {

    /** More boxes than this after the score threshold means the threshold is too low; keep the best. */
    static final int MAX_CANDIDATES = 30_000;
    static final int MAX_DETECTIONS = 3_000;

    private Nms() {
    }

    /** The kept candidates, best first. */
    public static List<Candidate> suppress(List<Candidate> candidates, float iouThreshold) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(Candidate::score).reversed());
        if (sorted.size() > MAX_CANDIDATES) {
            sorted = sorted.subList(0, MAX_CANDIDATES);
        }
        List<Candidate> kept = new ArrayList<>();
        boolean[] removed = new boolean[sorted.size()];
        for (int i = 0; i < sorted.size() && kept.size() < MAX_DETECTIONS; i++) {
            if (removed[i]) {
                continue;
            }
            Candidate best = sorted.get(i);
            kept.add(best);
            for (int j = i + 1; j < sorted.size(); j++) {
                Candidate other = sorted.get(j);
                if (!removed[j] && other.classIndex() == best.classIndex() && best.iou(other) > iouThreshold) {
                    removed[j] = true;
                }
            }
        }
        return kept;
    }
}
