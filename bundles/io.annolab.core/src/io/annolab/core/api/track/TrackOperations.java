package io.annolab.core.api.track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.annolab.model.Annotation;
import io.annolab.model.AttributeValue;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Track;

/**
 * Track edits as pure model operations: they read live or detached objects and return new
 * detached ones, never changing their arguments, so that an editor can apply the result in one
 * undoable command.
 */
public final class TrackOperations {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private TrackOperations() {
    }

    /**
     * The two halves of a split track.
     *
     * @param firstKeyframes the keyframes the original track keeps: those before the split frame
     *            plus an outside keyframe on it (detached copies)
     * @param second the new track: a keyframe on the split frame (the interpolated state) and the
     *            keyframes after it; id unset
     * @param firstElementKeyframes for a skeleton, the keyframes each element track keeps, in the
     *            order of {@code Track.elements}; empty otherwise
     */
    public record SplitResult(List<Shape> firstKeyframes, Track second, List<List<Shape>> firstElementKeyframes) {
    }

    /**
     * Splits {@code track} at {@code frame} (CVAT's split at the current frame): the first part
     * keeps the keyframes before {@code frame} and ends with an outside keyframe there (when the
     * object is visible there); the second starts with a keyframe on {@code frame} made from the
     * interpolated state, followed by the keyframes after it.
     */
    public static SplitResult split(Track track, int frame) {
        List<Shape> first = firstPart(track, frame);
        Track second = newTrackLike(track);
        second.getShapes().addAll(secondPart(track, frame));
        List<List<Shape>> elementFirsts = new ArrayList<>();
        for (Track element : track.getElements()) {
            elementFirsts.add(firstPart(element, frame));
            Track secondElement = newTrackLike(element);
            secondElement.getShapes().addAll(secondPart(element, frame));
            secondElement.setFrame(secondElement.getShapes().isEmpty() ? frame : secondElement.getShapes().get(0).getFrame());
            second.getElements().add(secondElement);
        }
        second.setFrame(second.getShapes().isEmpty() ? frame : second.getShapes().get(0).getFrame());
        return new SplitResult(first, second, elementFirsts);
    }

    private static List<Shape> firstPart(Track track, int frame) {
        List<Shape> first = new ArrayList<>();
        for (Shape key : Keyframes.sorted(track)) {
            if (key.getFrame() < frame) {
                first.add(EcoreUtil.copy(key));
            }
        }
        Optional<Shape> state = TrackInterpolation.stateAt(plain(track), frame);
        if (state.isPresent() && !state.get().isOutside()) {
            first.add(keyframe(track, state.get(), true));
        }
        return first;
    }

    private static List<Shape> secondPart(Track track, int frame) {
        List<Shape> second = new ArrayList<>();
        Optional<Shape> state = TrackInterpolation.stateAt(plain(track), frame);
        if (state.isPresent() && !state.get().isOutside()) {
            Shape key = Keyframes.at(track, frame).map(EcoreUtil::copy).orElseGet(() -> keyframe(track, state.get(), false));
            key.getElements().clear();
            second.add(key);
        }
        for (Shape key : Keyframes.sorted(track)) {
            if (key.getFrame() > frame) {
                second.add(EcoreUtil.copy(key));
            }
        }
        return second;
    }

    /** The track without its elements (a skeleton's own keyframes), for its own state. */
    private static Track plain(Track track) {
        if (track.getElements().isEmpty()) {
            return track;
        }
        Track copy = EcoreUtil.copy(track);
        copy.getElements().clear();
        return copy;
    }

    /** A keyframe made from an interpolated state: the track's own attributes removed, flagged as given. */
    private static Shape keyframe(Track track, Shape state, boolean outside) {
        Shape key = EcoreUtil.copy(state);
        key.getElements().clear();
        key.setKeyframe(true);
        key.setOutside(outside);
        key.setId(0);
        key.getAttributes().subList(0, Math.min(track.getAttributes().size(), key.getAttributes().size())).clear();
        return key;
    }

    /**
     * Merges tracks and shapes into one new track (ids unset), as CVAT's merge does: the parts
     * are taken in frame order (their first frame); every keyframe of every part is kept, a later
     * part's keyframe replacing an earlier one on the same frame, and an earlier part's outside
     * keyframes from a later part's start on dropped (the later part continues the object). A
     * single shape becomes a keyframe, followed by an outside keyframe on the next frame unless
     * another keyframe is there. Label, type and the track's attributes come from the first part.
     */
    public static Track merge(List<? extends Annotation> parts) {
        List<Annotation> ordered = new ArrayList<>();
        for (Annotation part : parts) {
            if (part instanceof Track || part instanceof Shape) {
                ordered.add(part);
            }
        }
        if (ordered.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge: no tracks or shapes");
        }
        ordered.sort(Comparator.comparingInt(TrackOperations::start));
        List<Track> tracks = new ArrayList<>();
        for (Annotation part : ordered) {
            tracks.add(part instanceof Track track ? track : fromShape((Shape) part));
        }
        Track merged = newTrackLike(tracks.get(0));
        merged.getShapes().addAll(mergeKeyframes(ordered, tracks));
        // skeletons: element tracks merged per element label
        Map<Label, List<Track>> elementParts = new LinkedHashMap<>();
        Map<Label, List<Annotation>> elementOrder = new LinkedHashMap<>();
        for (int i = 0; i < tracks.size(); i++) {
            for (Track element : tracks.get(i).getElements()) {
                elementParts.computeIfAbsent(element.getLabel(), l -> new ArrayList<>()).add(element);
                // a shape part stays a shape part for its elements, so that it ends on the next frame
                elementOrder.computeIfAbsent(element.getLabel(), l -> new ArrayList<>()).add(ordered.get(i) instanceof Shape ? element.getShapes().get(0) : element);
            }
        }
        for (Map.Entry<Label, List<Track>> entry : elementParts.entrySet()) {
            Track element = newTrackLike(entry.getValue().get(0));
            element.getShapes().addAll(mergeKeyframes(elementOrder.get(entry.getKey()), entry.getValue()));
            element.setFrame(element.getShapes().isEmpty() ? 0 : element.getShapes().get(0).getFrame());
            merged.getElements().add(element);
        }
        merged.setFrame(merged.getShapes().isEmpty() ? 0 : merged.getShapes().get(0).getFrame());
        return merged;
    }

    private static List<Shape> mergeKeyframes(List<? extends Annotation> ordered, List<Track> tracks) {
        TreeMap<Integer, Shape> keys = new TreeMap<>();
        List<Shape> endings = new ArrayList<>();
        for (int i = 0; i < tracks.size(); i++) {
            Track part = tracks.get(i);
            List<Shape> partKeys = Keyframes.sorted(part);
            if (partKeys.isEmpty()) {
                continue;
            }
            int start = partKeys.get(0).getFrame();
            keys.tailMap(start, true).values().removeIf(Shape::isOutside);
            for (Shape key : partKeys) {
                Shape copy = EcoreUtil.copy(key);
                copy.getElements().clear();
                copy.setKeyframe(true);
                keys.put(key.getFrame(), copy);
            }
            if (ordered.get(i) instanceof Shape) {
                Shape end = EcoreUtil.copy(keys.get(start));
                end.setFrame(start + 1);
                end.setOutside(true);
                endings.add(end);
            }
        }
        for (Shape end : endings) {
            keys.putIfAbsent(end.getFrame(), end);
        }
        return new ArrayList<>(keys.values());
    }

    private static int start(Annotation part) {
        return part instanceof Track track ? Keyframes.first(track) : part.getFrame();
    }

    /**
     * A new track (id unset) whose first keyframe is {@code shape}: attributes whose declaration
     * is immutable go to the track, the others stay on the keyframe; a skeleton's elements become
     * element tracks of one keyframe each.
     */
    public static Track fromShape(Shape shape) {
        Track track = F.createTrack();
        track.setType(shape.getType());
        track.setLabel(shape.getLabel());
        track.setFrame(shape.getFrame());
        track.setGroup(shape.getGroup());
        track.setSource(shape.getSource());
        Shape key = EcoreUtil.copy(shape);
        key.setId(0);
        key.setKeyframe(true);
        key.setOutside(false);
        key.getElements().clear();
        key.getAttributes().clear();
        for (AttributeValue value : shape.getAttributes()) {
            if (value.getSpec() != null && !value.getSpec().isMutable()) {
                track.getAttributes().add(EcoreUtil.copy(value));
            } else {
                key.getAttributes().add(EcoreUtil.copy(value));
            }
        }
        track.getShapes().add(key);
        if (shape.getType() == ShapeType.SKELETON) {
            for (Shape element : shape.getElements()) {
                Track elementTrack = F.createTrack();
                elementTrack.setType(element.getType());
                elementTrack.setLabel(element.getLabel());
                elementTrack.setFrame(shape.getFrame());
                elementTrack.setSource(shape.getSource());
                Shape elementKey = EcoreUtil.copy(element);
                elementKey.setId(0);
                elementKey.setFrame(shape.getFrame());
                elementKey.setKeyframe(true);
                elementTrack.getShapes().add(elementKey);
                track.getElements().add(elementTrack);
            }
        }
        return track;
    }

    /** A new empty track with the identity of {@code like}: label, type, group, source and its attributes. */
    private static Track newTrackLike(Track like) {
        Track track = F.createTrack();
        track.setType(like.getType());
        track.setLabel(like.getLabel());
        track.setGroup(like.getGroup());
        track.setSource(like.getSource());
        for (AttributeValue value : like.getAttributes()) {
            track.getAttributes().add(EcoreUtil.copy(value));
        }
        return track;
    }
}
