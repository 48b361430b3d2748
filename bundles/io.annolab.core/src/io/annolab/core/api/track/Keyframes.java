package io.annolab.core.api.track;

import java.util.Optional;
import java.util.OptionalInt;

import io.annolab.model.Shape;
import io.annolab.model.Track;

/** TEMPORARY stub, replaced by the h-tracks branch. */
public final class Keyframes {
    private Keyframes() {
    }

    public static Optional<Shape> at(Track track, int frame) {
        return track.getShapes().stream().filter(s -> s.getFrame() == frame).findFirst();
    }

    public static OptionalInt previous(Track track, int frame) {
        return track.getShapes().stream().mapToInt(Shape::getFrame).filter(f -> f < frame).max();
    }

    public static OptionalInt next(Track track, int frame) {
        return track.getShapes().stream().mapToInt(Shape::getFrame).filter(f -> f > frame).min();
    }

    public static int first(Track track) {
        return track.getShapes().stream().mapToInt(Shape::getFrame).min().orElse(track.getFrame());
    }

    public static int last(Track track) {
        return track.getShapes().stream().mapToInt(Shape::getFrame).max().orElse(track.getFrame());
    }

    public static int[] frames(Track track) {
        return track.getShapes().stream().mapToInt(Shape::getFrame).sorted().toArray();
    }
}
