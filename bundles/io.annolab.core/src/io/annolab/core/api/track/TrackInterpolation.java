package io.annolab.core.api.track;

import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.annolab.model.Shape;
import io.annolab.model.Track;
import io.annolab.model.values.Coordinates;

/** TEMPORARY stub, replaced by the h-tracks branch. */
public final class TrackInterpolation {
    private TrackInterpolation() {
    }

    public static Optional<Shape> shapeAt(Track track, int frame) {
        return stateAt(track, frame).filter(s -> !s.isOutside());
    }

    public static Optional<Shape> stateAt(Track track, int frame) {
        Shape before = null;
        Shape after = null;
        for (Shape key : track.getShapes()) {
            if (key.getFrame() <= frame && (before == null || key.getFrame() > before.getFrame())) {
                before = key;
            }
            if (key.getFrame() > frame && (after == null || key.getFrame() < after.getFrame())) {
                after = key;
            }
        }
        if (before == null || before.isOutside() && before.getFrame() != frame) {
            return Optional.empty();
        }
        Shape result = EcoreUtil.copy(before);
        result.setLabel(track.getLabel());
        result.setFrame(frame);
        result.setKeyframe(before.getFrame() == frame);
        if (!result.isKeyframe()) {
            result.setOutside(false);
        }
        if (after != null && before.getFrame() != frame && before.getPoints().size() == after.getPoints().size()) {
            double t = (frame - before.getFrame()) / (double) (after.getFrame() - before.getFrame());
            float[] a = before.getPoints().toArray();
            float[] b = after.getPoints().toArray();
            double[] p = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                p[i] = a[i] + (b[i] - a[i]) * t;
            }
            result.setPoints(Coordinates.of(p));
        }
        return Optional.of(result);
    }
}
