package io.annolab.ui.editor.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.annolab.model.Annotation;
import io.annolab.model.AnnotationSource;
import io.annolab.model.AttributeSpec;
import io.annolab.model.AttributeValue;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;
import io.annolab.model.ModelPackage;
import io.annolab.model.Shape;
import io.annolab.model.Track;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.ShapeGeometry;

/**
 * Every change the editor makes to annotations, as EMF commands for the session's command
 * stack: one user action is one command, so one undo reverts it whole.
 */
public final class AnnotationEdits {

    private static final ModelPackage MODEL = ModelPackage.eINSTANCE;

    private final EditorSession session;
    private final EditingDomain domain;
    private final TrackEdits tracks;

    public AnnotationEdits(EditorSession session) {
        this.session = session;
        this.domain = session.domain();
        this.tracks = new TrackEdits(session);
    }

    /** Edits that only tracks have: keyframes, outside, split, merge. */
    public TrackEdits tracks() {
        return tracks;
    }

    /**
     * Adds a new manual shape with the label's default attribute values on the current frame; in
     * track mode (not for masks, which CVAT cannot track) a new track starting here, whose shape
     * on this frame is returned.
     */
    public Shape addShape(ShapeGeometry geometry, Label label) {
        Shape shape = geometry.toShape();
        prepareNew(shape, label);
        for (Shape element : shape.getElements()) {
            element.setFrame(shape.getFrame());
            element.setSource(AnnotationSource.MANUAL);
        }
        if (session.drawsTracks() && shape.getType() != io.annolab.model.ShapeType.MASK) {
            Track track = tracks.trackFrom(shape);
            session.execute(AddCommand.create(domain, session.job(), MODEL.getJob_Annotations(), track));
            return session.shownShape(track);
        }
        session.execute(AddCommand.create(domain, session.job(), MODEL.getJob_Annotations(), shape));
        return shape;
    }

    /**
     * Adds what a model found as one command (one undo removes a whole run). Each shape already
     * has its frame, label, score and source; it gets a fresh id and its label's default attribute
     * values. With {@code cleanFrames}, the job's annotations on those frames are removed first
     * (CVAT's "clean old annotations").
     */
    public List<Shape> addFound(List<Shape> found, java.util.Set<Integer> cleanFrames) {
        CompoundCommand command = new CompoundCommand("Automatic annotation");
        if (!cleanFrames.isEmpty()) {
            List<Annotation> doomed = session.job().getAnnotations().stream().filter(a -> cleanFrames.contains(a.getFrame())).toList();
            if (!doomed.isEmpty()) {
                command.append(DeleteCommand.create(domain, doomed));
            }
        }
        long id = session.nextAnnotationId();
        for (Shape shape : found) {
            shape.setId(id++);
            shape.getAttributes().clear();
            if (shape.getLabel() != null) {
                for (AttributeSpec spec : shape.getLabel().getAttributes()) {
                    AttributeValue value = ModelFactory.eINSTANCE.createAttributeValue();
                    value.setName(spec.getName());
                    value.setSpec(spec);
                    value.setValue(AttributeValues.initial(spec));
                    shape.getAttributes().add(value);
                }
            }
        }
        if (!found.isEmpty()) {
            command.append(AddCommand.create(domain, session.job(), MODEL.getJob_Annotations(), found));
        }
        return !command.isEmpty() && session.execute(command) ? found : List.of();
    }

    /** Adds a tag (a frame-level label) on the current frame. */
    public Annotation addTag(Label label) {
        Annotation tag = ModelFactory.eINSTANCE.createTag();
        prepareNew(tag, label);
        session.execute(AddCommand.create(domain, session.job(), MODEL.getJob_Annotations(), tag));
        return tag;
    }

    private void prepareNew(Annotation annotation, Label label) {
        annotation.setId(session.nextAnnotationId());
        annotation.setFrame(session.frame());
        annotation.setLabel(label);
        annotation.setSource(AnnotationSource.MANUAL);
        if (label != null) {
            for (AttributeSpec spec : label.getAttributes()) {
                AttributeValue value = ModelFactory.eINSTANCE.createAttributeValue();
                value.setName(spec.getName());
                value.setSpec(spec);
                value.setValue(AttributeValues.initial(spec));
                annotation.getAttributes().add(value);
            }
        }
    }

    /** Copies of annotations placed on {@code frame}, with fresh ids. */
    public List<Annotation> paste(Collection<? extends Annotation> originals, int frame) {
        List<Annotation> copies = new ArrayList<>();
        long id = session.nextAnnotationId();
        for (Annotation original : originals) {
            Annotation copy = EcoreUtil.copy(original);
            copy.setId(id++);
            copy.setFrame(frame);
            if (copy instanceof Shape shape) {
                shape.getElements().forEach(e -> e.setFrame(frame));
                shape.setKeyframe(false); // a track's shape pasted is a shape of its own
                shape.setOutside(false);
            }
            copies.add(copy);
        }
        if (!copies.isEmpty()) {
            session.execute(AddCommand.create(domain, session.job(), MODEL.getJob_Annotations(), copies));
        }
        return copies;
    }

    /** Copies of the annotations on each of the next (or, with negative count, previous) frames of the job. */
    public int propagate(Collection<? extends Annotation> originals, int count) {
        List<Annotation> copies = new ArrayList<>();
        long id = session.nextAnnotationId();
        int step = count >= 0 ? 1 : -1;
        List<Integer> targets = new ArrayList<>();
        for (int i = 1; i <= Math.abs(count); i++) {
            int target = session.frameAfter(step * i);
            if (target == session.frame() || targets.contains(target)) {
                break; // reached the end of the job
            }
            targets.add(target);
        }
        CompoundCommand command = new CompoundCommand("Propagate");
        int made = 0;
        for (Annotation original : originals) {
            Track track = session.trackOf(original);
            if (track != null) {
                // a track propagates as keyframes holding its current shape
                Command keyframes = tracks.propagate(track, targets);
                if (keyframes != null) {
                    command.append(keyframes);
                    made += targets.size();
                }
            }
        }
        for (int target : targets) {
            for (Annotation original : originals) {
                if (session.trackOf(original) != null) {
                    continue;
                }
                Annotation copy = EcoreUtil.copy(original);
                copy.setId(id++);
                copy.setFrame(target);
                if (copy instanceof Shape shape) {
                    shape.getElements().forEach(e -> e.setFrame(target));
                }
                copies.add(copy);
            }
        }
        if (!copies.isEmpty()) {
            command.append(AddCommand.create(domain, session.job(), MODEL.getJob_Annotations(), copies));
        }
        return !command.isEmpty() && session.execute(command) ? copies.size() + made : 0;
    }

    /**
     * Replaces a shape by others made from it (slice, mask to polygons) as one command: the new
     * shapes keep its label, attributes, group, z-order and flags, and get fresh ids.
     */
    public List<Shape> replace(Shape original, List<ShapeGeometry> pieces) {
        if (session.trackOf(original) != null) {
            return List.of(); // one track cannot become several; split or slice its shapes after converting
        }
        List<Shape> created = new ArrayList<>();
        long id = session.nextAnnotationId();
        for (ShapeGeometry piece : pieces) {
            Shape shape = piece.toShape();
            shape.setId(id++);
            shape.setFrame(original.getFrame());
            shape.setLabel(original.getLabel());
            shape.setGroup(original.getGroup());
            shape.setZOrder(original.getZOrder());
            shape.setOccluded(original.isOccluded());
            shape.setSource(original.getSource());
            shape.getAttributes().addAll(EcoreUtil.copyAll(original.getAttributes()));
            created.add(shape);
        }
        CompoundCommand command = new CompoundCommand("Replace shape");
        command.append(DeleteCommand.create(domain, List.of(original)));
        command.append(AddCommand.create(domain, session.job(), MODEL.getJob_Annotations(), created));
        return session.execute(command) ? created : List.of();
    }

    /** Deletes annotations; a track's shape deletes the whole track, as in CVAT. */
    public boolean delete(Collection<? extends Annotation> annotations) {
        List<Annotation> doomed = annotations.stream().map(session::modelObject).distinct().toList();
        return !doomed.isEmpty() && session.execute(DeleteCommand.create(domain, doomed));
    }

    /**
     * Replaces the geometry of a shape (points, rotation, mask, skeleton element positions) as
     * one command; for a track's shape, the current frame becomes a keyframe with that geometry.
     */
    public boolean setGeometry(Shape shape, ShapeGeometry geometry) {
        Track track = session.trackOf(shape);
        if (track != null) {
            Command keyframe = tracks.keyframe(track, session.frame(), key -> {
                key.setPoints(geometry.points());
                key.setRotation(geometry.rotation());
                key.setMask(geometry.mask());
                for (int i = 0; i < Math.min(geometry.elements().size(), key.getElements().size()); i++) {
                    ShapeGeometry.Element element = geometry.elements().get(i);
                    Shape target = key.getElements().get(i);
                    target.setPoints(Coordinates.of(element.x(), element.y()));
                    target.setOutside(element.outside());
                    target.setOccluded(element.occluded());
                }
            });
            return keyframe != null && session.execute(keyframe);
        }
        CompoundCommand command = new CompoundCommand("Edit shape");
        set(command, shape, MODEL.getShape_Points(), geometry.points());
        set(command, shape, MODEL.getShape_Rotation(), geometry.rotation());
        set(command, shape, MODEL.getShape_Mask(), geometry.mask());
        for (int i = 0; i < Math.min(geometry.elements().size(), shape.getElements().size()); i++) {
            ShapeGeometry.Element element = geometry.elements().get(i);
            Shape target = shape.getElements().get(i);
            set(command, target, MODEL.getShape_Points(), Coordinates.of(element.x(), element.y()));
            set(command, target, MODEL.getShape_Outside(), element.outside());
            set(command, target, MODEL.getShape_Occluded(), element.occluded());
        }
        return !command.isEmpty() && session.execute(command);
    }

    public boolean setLabel(Collection<? extends Annotation> annotations, Label label) {
        CompoundCommand command = new CompoundCommand("Change label");
        for (Annotation annotation : annotations.stream().map(session::modelObject).distinct().toList()) {
            if (annotation.getLabel() != label) {
                command.append(SetCommand.create(domain, annotation, MODEL.getAnnotation_Label(), label));
                // Attributes follow the new label: keep same-named values, add defaults for the rest.
                command.append(SetCommand.create(domain, annotation, MODEL.getAnnotation_Attributes(), attributesFor(annotation, label)));
            }
        }
        return !command.isEmpty() && session.execute(command);
    }

    private static List<AttributeValue> attributesFor(Annotation annotation, Label label) {
        List<AttributeValue> values = new ArrayList<>();
        if (label == null) {
            return values;
        }
        for (AttributeSpec spec : label.getAttributes()) {
            AttributeValue value = ModelFactory.eINSTANCE.createAttributeValue();
            value.setName(spec.getName());
            value.setSpec(spec);
            Object old = annotation.getAttributes().stream().filter(a -> spec.getName().equals(a.getName())).map(AttributeValue::getValue)
                    .findFirst().orElse(null);
            value.setValue(old != null && AttributeValues.accepts(spec, old) ? old : AttributeValues.initial(spec));
            values.add(value);
        }
        return values;
    }

    public boolean setAttribute(Annotation annotation, AttributeSpec spec, Object value) {
        Track track = session.trackOf(annotation);
        if (track != null && spec.isMutable()) {
            // a mutable value of a track is set from this frame on: a keyframe here (DM-14)
            Command keyframe = tracks.keyframe(track, session.frame(), key -> {
                key.getAttributes().removeIf(a -> spec.getName().equals(a.getName()));
                AttributeValue set = ModelFactory.eINSTANCE.createAttributeValue();
                set.setName(spec.getName());
                set.setSpec(spec);
                set.setValue(value);
                key.getAttributes().add(set);
            });
            return keyframe != null && session.execute(keyframe);
        }
        if (track != null) {
            annotation = track;
        }
        for (AttributeValue existing : annotation.getAttributes()) {
            if (spec.getName().equals(existing.getName())) {
                return !Objects.equals(existing.getValue(), value)
                        && session.execute(SetCommand.create(domain, existing, MODEL.getAttributeValue_Value(), value));
            }
        }
        AttributeValue added = ModelFactory.eINSTANCE.createAttributeValue();
        added.setName(spec.getName());
        added.setSpec(spec);
        added.setValue(value);
        return session.execute(AddCommand.create(domain, annotation, MODEL.getAnnotation_Attributes(), added));
    }

    /** Sets a boolean or int feature of shapes (occluded, outside, keyframe, zOrder, group). */
    public boolean setFeature(Collection<? extends Annotation> annotations, EStructuralFeature feature, Object value, String name) {
        CompoundCommand command = new CompoundCommand(name);
        for (Annotation annotation : annotations) {
            Track track = session.trackOf(annotation);
            if (track != null && feature.getEContainingClass() == MODEL.getShape()) {
                Command keyframe = tracks.keyframe(track, session.frame(), key -> key.eSet(feature, value));
                if (keyframe != null) {
                    command.append(keyframe);
                }
            } else if (track != null && feature.getEContainingClass().isInstance(track)) {
                set(command, track, feature, value);
            } else if (feature.getEContainingClass().isInstance(annotation)) {
                set(command, annotation, feature, value);
            }
        }
        return !command.isEmpty() && session.execute(command);
    }

    /** Moves shapes above (front) or below (back) every other shape of the frame. */
    public boolean reorder(Collection<? extends Annotation> annotations, boolean toFront) {
        int extreme = toFront ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        for (Shape shape : session.shapesOn(session.frame())) {
            if (!annotations.contains(shape)) {
                extreme = toFront ? Math.max(extreme, shape.getZOrder()) : Math.min(extreme, shape.getZOrder());
            }
        }
        if (extreme == Integer.MIN_VALUE || extreme == Integer.MAX_VALUE) {
            extreme = 0;
        }
        int zOrder = toFront ? extreme + 1 : extreme - 1;
        List<Annotation> shapes = annotations.stream().filter(Shape.class::isInstance).map(a -> (Annotation) a).toList();
        return setFeature(shapes, MODEL.getShape_ZOrder(), zOrder, toFront ? "To foreground" : "To background");
    }

    /** Puts the annotations in one new group (G), or clears their group (Shift+G) when {@code reset}. */
    public boolean group(Collection<? extends Annotation> annotations, boolean reset) {
        int group = 0;
        if (!reset) {
            for (Annotation annotation : session.job().getAnnotations()) {
                group = Math.max(group, annotation.getGroup());
            }
            group++;
        }
        CompoundCommand command = new CompoundCommand(reset ? "Reset group" : "Group");
        for (Annotation annotation : annotations.stream().map(session::modelObject).distinct().toList()) {
            set(command, annotation, MODEL.getAnnotation_Group(), group);
        }
        return !command.isEmpty() && session.execute(command);
    }

    /** Removes the annotations of the job, or of a frame range only (CVAT's Remove annotations). */
    public boolean removeAll(int fromFrame, int toFrame) {
        List<Annotation> doomed = session.job().getAnnotations().stream().filter(a -> a.getFrame() >= fromFrame && a.getFrame() <= toFrame)
                .toList();
        return delete(doomed);
    }

    private void set(CompoundCommand command, Object owner, EStructuralFeature feature, Object value) {
        if (!Objects.equals(((org.eclipse.emf.ecore.EObject) owner).eGet(feature), value)) {
            command.append(SetCommand.create(domain, owner, feature, value));
        }
    }
}
