package io.annolab.ui.editor.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.annolab.core.api.track.Keyframes;
import io.annolab.core.api.track.TrackInterpolation;
import io.annolab.core.api.track.TrackOperations;
import io.annolab.model.Annotation;
import io.annolab.model.AnnotationSource;
import io.annolab.model.AttributeValue;
import io.annolab.model.ModelFactory;
import io.annolab.model.ModelPackage;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Track;

/**
 * Track changes as EMF commands: what the user does to a track's shape on a frame becomes a
 * keyframe there (CVAT's rule: editing an interpolated frame makes it a keyframe), plus
 * creating, keyframe and outside switches, split and merge.
 */
public final class TrackEdits {

    private static final ModelPackage MODEL = ModelPackage.eINSTANCE;

    private final EditorSession session;
    private final EditingDomain domain;

    public TrackEdits(EditorSession session) {
        this.session = session;
        this.domain = session.domain();
    }

    /** A new track whose first keyframe is {@code shape} (a new shape not yet in the job). */
    Track trackFrom(Shape shape) {
        Track track = ModelFactory.eINSTANCE.createTrack();
        track.setId(shape.getId());
        track.setFrame(shape.getFrame());
        track.setLabel(shape.getLabel());
        track.setGroup(shape.getGroup());
        track.setSource(shape.getSource() == null ? AnnotationSource.MANUAL : shape.getSource());
        track.setType(shape.getType());
        Shape key = EcoreUtil.copy(shape);
        key.setKeyframe(true);
        key.setOutside(false);
        key.getAttributes().clear();
        for (AttributeValue value : shape.getAttributes()) {
            // immutable values belong to the track; mutable ones to the keyframe (DM-14)
            (isMutable(value) ? key.getAttributes() : track.getAttributes()).add(EcoreUtil.copy(value));
        }
        moveElementsToTracks(key, track);
        track.getShapes().add(key);
        return track;
    }

    /** A skeleton keyframe's points go to one element track per point, as in CVAT's XML. */
    private static void moveElementsToTracks(Shape key, Track track) {
        if (key.getType() != ShapeType.SKELETON || key.getElements().isEmpty()) {
            return;
        }
        for (Shape element : List.copyOf(key.getElements())) {
            Track elementTrack = ModelFactory.eINSTANCE.createTrack();
            elementTrack.setFrame(key.getFrame());
            elementTrack.setLabel(element.getLabel());
            elementTrack.setType(ShapeType.POINTS);
            elementTrack.setSource(track.getSource());
            Shape elementKey = EcoreUtil.copy(element);
            elementKey.setFrame(key.getFrame());
            elementKey.setKeyframe(true);
            elementTrack.getShapes().add(elementKey);
            track.getElements().add(elementTrack);
        }
        key.getElements().clear();
    }

    private static boolean isMutable(AttributeValue value) {
        return value.getSpec() == null || value.getSpec().isMutable();
    }

    /**
     * Makes {@code frame} a keyframe of the track holding its current shape there changed by
     * {@code change}: the existing keyframe is replaced, or a new one inserted in frame order.
     * Skeleton element positions go to the element tracks.
     */
    Command keyframe(Track track, int frame, Consumer<Shape> change) {
        Shape existing = Keyframes.at(track, frame).orElse(null);
        Shape state = TrackInterpolation.stateAt(track, frame).orElse(null);
        if (existing == null && state == null) {
            return null;
        }
        Shape key = existing != null ? EcoreUtil.copy(existing) : state;
        if (existing != null && state != null && key.getType() == ShapeType.SKELETON) {
            key.getElements().clear();
            key.getElements().addAll(EcoreUtil.copyAll(state.getElements()));
        }
        key.setFrame(frame);
        key.setKeyframe(true);
        key.getAttributes().removeIf(value -> !isMutable(value));
        change.accept(key);
        CompoundCommand command = new CompoundCommand("Edit keyframe");
        if (!track.getElements().isEmpty()) {
            for (int i = 0; i < Math.min(key.getElements().size(), track.getElements().size()); i++) {
                Shape element = key.getElements().get(i);
                command.append(keyframe(track.getElements().get(i), frame, e -> {
                    e.setPoints(element.getPoints());
                    e.setOutside(element.isOutside());
                    e.setOccluded(element.isOccluded());
                }));
            }
            key.getElements().clear();
        }
        if (existing != null) {
            command.append(ReplaceCommand.create(domain, track, MODEL.getTrack_Shapes(), existing, List.of(key)));
        } else {
            command.append(AddCommand.create(domain, track, MODEL.getTrack_Shapes(), key, insertionIndex(track, frame)));
            if (frame < track.getFrame() || track.getShapes().isEmpty()) {
                command.append(SetCommand.create(domain, track, MODEL.getAnnotation_Frame(), frame));
            }
        }
        return command;
    }

    private static int insertionIndex(Track track, int frame) {
        int index = 0;
        while (index < track.getShapes().size() && track.getShapes().get(index).getFrame() < frame) {
            index++;
        }
        return index;
    }

    /** K: the frame becomes a keyframe with its interpolated shape, or stops being one (never the track's last keyframe). */
    public boolean switchKeyframe(Collection<Track> tracks, int frame) {
        CompoundCommand command = new CompoundCommand("Switch keyframe");
        for (Track track : tracks) {
            var existing = Keyframes.at(track, frame);
            if (existing.isEmpty()) {
                append(command, keyframe(track, frame, key -> { }));
            } else if (track.getShapes().size() > 1) {
                command.append(RemoveCommand.create(domain, track, MODEL.getTrack_Shapes(), existing.get()));
                for (Track element : track.getElements()) {
                    Keyframes.at(element, frame).filter(k -> element.getShapes().size() > 1)
                            .ifPresent(k -> command.append(RemoveCommand.create(domain, element, MODEL.getTrack_Shapes(), k)));
                }
                if (track.getFrame() == frame) {
                    Keyframes.next(track, frame)
                            .ifPresent(next -> command.append(SetCommand.create(domain, track, MODEL.getAnnotation_Frame(), next)));
                }
            }
        }
        return !command.isEmpty() && session.execute(command);
    }

    /** O: the object leaves the frame here (an outside keyframe), or comes back. */
    public boolean setOutside(Collection<Track> tracks, int frame, boolean outside) {
        CompoundCommand command = new CompoundCommand(outside ? "Outside" : "Inside");
        for (Track track : tracks) {
            append(command, keyframe(track, frame, key -> key.setOutside(outside)));
        }
        return !command.isEmpty() && session.execute(command);
    }

    /** Alt+M: the track ends at {@code frame} (an outside keyframe) and a new track goes on from there. */
    public Track split(Track track, int frame) {
        if (frame <= Keyframes.first(track) || TrackInterpolation.shapeAt(track, frame).isEmpty()) {
            return null;
        }
        TrackOperations.SplitResult result = TrackOperations.split(track, frame);
        Track second = result.second();
        second.setId(session.nextAnnotationId());
        CompoundCommand command = new CompoundCommand("Split track");
        command.append(SetCommand.create(domain, track, MODEL.getTrack_Shapes(), result.firstKeyframes()));
        for (int i = 0; i < Math.min(track.getElements().size(), result.firstElementKeyframes().size()); i++) {
            command.append(SetCommand.create(domain, track.getElements().get(i), MODEL.getTrack_Shapes(), result.firstElementKeyframes().get(i)));
        }
        command.append(AddCommand.create(domain, session.job(), MODEL.getJob_Annotations(), second));
        return session.execute(command) ? second : null;
    }

    /** M: the objects (tracks and shapes of one label and type) become one track. */
    public Track merge(List<? extends Annotation> objects) {
        if (objects.size() < 2) {
            return null;
        }
        Track merged = TrackOperations.merge(objects);
        merged.setId(session.nextAnnotationId());
        CompoundCommand command = new CompoundCommand("Merge into a track");
        command.append(DeleteCommand.create(domain, List.copyOf(objects)));
        command.append(AddCommand.create(domain, session.job(), MODEL.getJob_Annotations(), merged));
        return session.execute(command) ? merged : null;
    }

    /** Ctrl+B on a track: its current shape becomes a keyframe on each of the next {@code count} frames. */
    Command propagate(Track track, List<Integer> frames) {
        Shape here = TrackInterpolation.shapeAt(track, session.frame()).orElse(null);
        if (here == null) {
            return null;
        }
        CompoundCommand command = new CompoundCommand("Propagate track");
        List<Integer> targets = new ArrayList<>(frames);
        // last frame first: each insertion index is computed before the command runs, and inserting
        // from the back keeps the keyframes in frame order
        targets.sort(java.util.Comparator.reverseOrder());
        for (int target : targets) {
            append(command, keyframe(track, target, key -> {
                key.setPoints(here.getPoints());
                key.setRotation(here.getRotation());
                key.setOutside(false);
                key.getElements().clear();
                key.getElements().addAll(EcoreUtil.copyAll(here.getElements()));
            }));
        }
        return command.isEmpty() ? null : command;
    }

    /** Keyframes with these boxes (x1, y1, x2, y2) on these frames, as one command: what a tracker found. */
    public boolean placeBoxes(Track track, java.util.SortedMap<Integer, io.annolab.model.values.Coordinates> boxes) {
        CompoundCommand command = new CompoundCommand("Track with OpenCV");
        // last frame first: insertion indexes are computed before the command runs (see propagate)
        for (var entry : ((java.util.NavigableMap<Integer, io.annolab.model.values.Coordinates>) new java.util.TreeMap<>(boxes)).descendingMap()
                .entrySet()) {
            append(command, keyframe(track, entry.getKey(), key -> {
                key.setPoints(entry.getValue());
                key.setOutside(false);
            }));
        }
        return !command.isEmpty() && session.execute(command);
    }

    private static void append(CompoundCommand command, Command part) {
        if (part != null) {
            command.append(part);
        }
    }
}
