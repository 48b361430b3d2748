package io.annolab.core.api.track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import io.annolab.model.Shape;
import io.annolab.model.Track;

/**
 * Questions about a track's keyframes (its stored shapes). The model keeps them in frame order,
 * but nothing here relies on it: edits that append a keyframe out of order still answer right.
 */
public final class Keyframes {

    private Keyframes() {
    }

    /** The stored keyframe (the live EMF object) on {@code frame}, if there is one. */
    public static Optional<Shape> at(Track track, int frame) {
        for (Shape key : track.getShapes()) {
            if (key.getFrame() == frame) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** The largest keyframe frame before {@code frame}. */
    public static OptionalInt previous(Track track, int frame) {
        int best = Integer.MIN_VALUE;
        boolean found = false;
        for (Shape key : track.getShapes()) {
            if (key.getFrame() < frame && (!found || key.getFrame() > best)) {
                best = key.getFrame();
                found = true;
            }
        }
        return found ? OptionalInt.of(best) : OptionalInt.empty();
    }

    /** The smallest keyframe frame after {@code frame}. */
    public static OptionalInt next(Track track, int frame) {
        int best = Integer.MAX_VALUE;
        boolean found = false;
        for (Shape key : track.getShapes()) {
            if (key.getFrame() > frame && (!found || key.getFrame() < best)) {
                best = key.getFrame();
                found = true;
            }
        }
        return found ? OptionalInt.of(best) : OptionalInt.empty();
    }

    /** The first keyframe's frame; the track's own frame when it has no keyframes. */
    public static int first(Track track) {
        int[] frames = frames(track);
        return frames.length == 0 ? track.getFrame() : frames[0];
    }

    /** The last keyframe's frame; the track's own frame when it has no keyframes. */
    public static int last(Track track) {
        int[] frames = frames(track);
        return frames.length == 0 ? track.getFrame() : frames[frames.length - 1];
    }

    /** The keyframes' frames, sorted. */
    public static int[] frames(Track track) {
        return track.getShapes().stream().mapToInt(Shape::getFrame).sorted().toArray();
    }

    /** The keyframes sorted by frame (a new list of the live objects). */
    public static List<Shape> sorted(Track track) {
        List<Shape> keys = new ArrayList<>(track.getShapes());
        keys.sort(Comparator.comparingInt(Shape::getFrame));
        return keys;
    }
}
