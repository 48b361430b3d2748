package io.annolab.core.api.track;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.annolab.model.Annotation;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.Track;

/** TEMPORARY stub, replaced by the h-tracks branch. */
public final class TrackOperations {
    private TrackOperations() {
    }

    public record SplitResult(List<Shape> firstKeyframes, Track second) {
    }

    public static SplitResult split(Track track, int frame) {
        List<Shape> first = new ArrayList<>();
        Track second = EcoreUtil.copy(track);
        second.getShapes().clear();
        for (Shape key : track.getShapes()) {
            if (key.getFrame() < frame) {
                first.add(EcoreUtil.copy(key));
            } else {
                second.getShapes().add(EcoreUtil.copy(key));
            }
        }
        Shape state = TrackInterpolation.stateAt(track, frame).orElseThrow();
        Shape outside = EcoreUtil.copy(state);
        outside.setOutside(true);
        outside.setKeyframe(true);
        first.add(outside);
        if (second.getShapes().isEmpty() || second.getShapes().get(0).getFrame() != frame) {
            state.setKeyframe(true);
            second.getShapes().add(0, state);
        }
        second.setFrame(frame);
        return new SplitResult(first, second);
    }

    public static Track merge(List<? extends Annotation> objects) {
        Track merged = ModelFactory.eINSTANCE.createTrack();
        List<Shape> keys = new ArrayList<>();
        for (Annotation object : objects) {
            if (object instanceof Track track) {
                merged.setType(track.getType());
                merged.setLabel(track.getLabel());
                track.getShapes().forEach(s -> keys.add(EcoreUtil.copy(s)));
            } else if (object instanceof Shape shape) {
                merged.setType(shape.getType());
                merged.setLabel(shape.getLabel());
                Shape key = EcoreUtil.copy(shape);
                key.setKeyframe(true);
                keys.add(key);
            }
        }
        keys.sort((a, b) -> Integer.compare(a.getFrame(), b.getFrame()));
        for (Shape key : keys) {
            merged.getShapes().removeIf(s -> s.getFrame() == key.getFrame());
            merged.getShapes().add(key);
        }
        merged.setFrame(keys.isEmpty() ? 0 : keys.get(0).getFrame());
        return merged;
    }

    public static Track fromShape(Shape shape) {
        return merge(List.of(shape));
    }
}
