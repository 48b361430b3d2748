package io.annolab.ui.editor.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.OptionalInt;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.annolab.core.api.filter.Filter;
import io.annolab.core.api.filter.FrameSearch;
import io.annolab.model.Annotation;
import io.annolab.model.Label;
import io.annolab.model.ModelPackage;
import io.annolab.model.Shape;
import io.annolab.model.Track;
import io.annolab.core.api.track.Keyframes;
import io.annolab.ui.editor.canvas.AnnotationCanvas;
import io.annolab.ui.editor.session.AnnotationEdits;
import io.annolab.ui.editor.session.EditorPreferences;
import io.annolab.ui.editor.session.EditorSession;

/**
 * Carries out editor actions by id for the key bindings, menus and buttons of one open job.
 * Locked objects are left alone by every edit except the forced delete, as in CVAT.
 */
public final class EditorController {

    private static final int[] PALETTE = { 0xE53935, 0x1E88E5, 0x43A047, 0xFDD835, 0x8E24AA, 0xFB8C00, 0x00ACC1, 0x6D4C41, 0xF06292, 0x7CB342 };

    private final EditorSession session;
    private final AnnotationCanvas canvas;
    private final AnnotationEdits edits;
    private final Runnable saver;
    private final Runnable repeatDrawing;
    private final Runnable focusFrameInput;
    private List<Annotation> clipboard = List.of();
    private Runnable shortcuts = () -> { };
    private Runnable playback = () -> { };
    /** The tracks and shapes picked for a merge, in the order clicked; null when not merging. */
    private List<Annotation> merging;

    public EditorController(EditorSession session, AnnotationCanvas canvas, Runnable saver, Runnable repeatDrawing, Runnable focusFrameInput) {
        this.session = session;
        this.canvas = canvas;
        this.edits = new AnnotationEdits(session);
        this.saver = saver;
        this.repeatDrawing = repeatDrawing;
        this.focusFrameInput = focusFrameInput;
        session.addListener(new io.annolab.ui.editor.session.EditorListener() {
            @Override
            public void selectionChanged() {
                collectForMerge();
            }
        });
    }

    /** How Space plays and pauses (the editor passes its player). */
    public void setPlayback(Runnable toggle) {
        playback = toggle;
    }

    public AnnotationEdits edits() {
        return edits;
    }

    /** Whether M was pressed and the clicked objects are being collected for a merge. */
    public boolean isMerging() {
        return merging != null;
    }

    /** How F1 shows the key map (the workbench passes its keyboard-shortcuts dialog). */
    public void setShortcutsView(Runnable view) {
        shortcuts = view;
    }

    public EditorSession session() {
        return session;
    }

    public AnnotationCanvas canvas() {
        return canvas;
    }

    /** Runs an action; returns false for an unknown id. */
    public boolean run(String id) {
        if (id.startsWith(EditorActions.LABEL_PREFIX)) {
            switchLabel(Integer.parseInt(id.substring(EditorActions.LABEL_PREFIX.length())));
            return true;
        }
        switch (id) {
            case EditorActions.SAVE -> saver.run();
            case EditorActions.UNDO -> undo();
            case EditorActions.REDO -> redo();
            case EditorActions.NEXT_FRAME -> session.setFrame(session.frameAfter(1));
            case EditorActions.PREVIOUS_FRAME -> session.setFrame(session.frameAfter(-1));
            case EditorActions.FORWARD_STEP -> session.setFrame(session.frameAfter(EditorPreferences.playerStep()));
            case EditorActions.BACKWARD_STEP -> session.setFrame(session.frameAfter(-EditorPreferences.playerStep()));
            case EditorActions.FIRST_FRAME -> session.setFrame(session.frameAfter(-session.frames().size()));
            case EditorActions.LAST_FRAME -> session.setFrame(session.frameAfter(session.frames().size()));
            case EditorActions.SEARCH_FORWARD -> searchFrame(1);
            case EditorActions.SEARCH_BACKWARD -> searchFrame(-1);
            case EditorActions.DRAW_REPEAT -> {
                if (canvas.isDrawing()) {
                    canvas.finishDrawing();
                } else {
                    repeatDrawing.run();
                }
            }
            case EditorActions.CANCEL -> {
                merging = null;
                canvas.cancelDrawing();
                session.select((Annotation) null);
            }
            case EditorActions.DELETE -> edits.delete(unlocked());
            case EditorActions.DELETE_FORCE -> edits.delete(session.selection());
            case EditorActions.COPY -> clipboard = session.selection().stream().map(EcoreUtil::copy).toList();
            case EditorActions.PASTE -> session.select(edits.paste(clipboard, session.frame()));
            case EditorActions.PROPAGATE -> {
                List<Annotation> targets = unlocked();
                if (!targets.isEmpty()) {
                    new PropagateDialog(canvas.getShell()).ask().ifPresent(frames -> edits.propagate(targets, frames));
                }
            }
            case EditorActions.TO_BACKGROUND -> edits.reorder(unlocked(), false);
            case EditorActions.TO_FOREGROUND -> edits.reorder(unlocked(), true);
            case EditorActions.LOCK -> session.setLocked(session.selection(), !allMatch(session::isLocked));
            case EditorActions.LOCK_ALL -> {
                List<Annotation> all = session.annotationsOn(session.frame());
                session.setLocked(all, !all.stream().allMatch(session::isLocked));
            }
            case EditorActions.HIDE -> session.setHidden(session.selection(), !allMatch(a -> session.appearance(a).hidden()));
            case EditorActions.HIDE_ALL -> {
                List<Annotation> all = session.annotationsOn(session.frame());
                session.setHidden(all, !all.stream().allMatch(a -> session.appearance(a).hidden()));
            }
            case EditorActions.OCCLUDED -> toggleOccluded();
            case EditorActions.PINNED -> session.setPinned(session.selection(), !allMatch(a -> session.appearance(a).pinned()));
            case EditorActions.NEXT_COLOR -> nextColor();
            case EditorActions.GROUP -> edits.group(unlocked(), false);
            case EditorActions.RESET_GROUP -> edits.group(unlocked(), true);
            case EditorActions.SLICE -> {
                if (session.primarySelection() instanceof Shape shape && !session.isLocked(shape)) {
                    canvas.startSlice(shape);
                }
            }
            case EditorActions.TO_POLYGONS -> {
                if (session.primarySelection() instanceof Shape shape && !session.isLocked(shape)) {
                    List<io.annolab.ui.canvas.api.ShapeGeometry> polygons = canvas.toolOf(shape).convert(shape, io.annolab.model.ShapeType.POLYGON);
                    if (polygons.isEmpty()) {
                        canvas.status("A " + shape.getType().getLiteral() + " cannot be turned into polygons");
                    } else {
                        session.select(edits.replace(shape, polygons));
                    }
                }
            }
            case EditorActions.ROTATE_CW -> canvas.rotate(1);
            case EditorActions.ROTATE_CCW -> canvas.rotate(-1);
            case EditorActions.FIT -> canvas.fit();
            case EditorActions.FOCUS_FRAME -> focusFrameInput.run();
            case EditorActions.SHORTCUTS -> shortcuts.run();
            case EditorActions.FULLSCREEN -> canvas.getShell().setFullScreen(!canvas.getShell().getFullScreen());
            case EditorActions.PLAY -> playback.run();
            case EditorActions.KEYFRAME -> edits.tracks().switchKeyframe(selectedTracks(), session.frame());
            case EditorActions.OUTSIDE -> {
                List<Track> tracks = selectedTracks();
                boolean outside = !tracks.stream().allMatch(t -> session.shownShape(t) != null && session.shownShape(t).isOutside());
                edits.tracks().setOutside(tracks, session.frame(), outside);
            }
            case EditorActions.PREVIOUS_KEYFRAME -> selectedTrack().flatMap(t -> optional(Keyframes.previous(t, session.frame())))
                    .ifPresent(session::setFrame);
            case EditorActions.NEXT_KEYFRAME -> selectedTrack().flatMap(t -> optional(Keyframes.next(t, session.frame())))
                    .ifPresent(session::setFrame);
            case EditorActions.MERGE -> merge();
            case EditorActions.SPLIT -> selectedTrack().ifPresent(track -> {
                Track second = edits.tracks().split(track, session.frame());
                if (second == null) {
                    canvas.status("A track splits on a frame after its first keyframe where it is in the frame");
                } else {
                    session.select(session.shownShape(second));
                }
            });
            case EditorActions.SETTINGS -> {
                if (new SettingsDialog(canvas.getShell(), canvas.settings()).open() == SettingsDialog.OK) {
                    canvas.settingsChanged();
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private List<Track> selectedTracks() {
        List<Track> tracks = new ArrayList<>();
        for (Annotation annotation : unlocked()) {
            Track track = session.trackOf(annotation);
            if (track != null) {
                tracks.add(track);
            }
        }
        if (tracks.isEmpty() && !session.selection().isEmpty()) {
            canvas.status("Keyframe, outside and split apply to tracks; the selected object is a single shape");
        }
        return tracks;
    }

    private java.util.Optional<Track> selectedTrack() {
        return java.util.Optional.ofNullable(session.trackOf(session.primarySelection()));
    }

    private static java.util.Optional<Integer> optional(OptionalInt value) {
        return value.isPresent() ? java.util.Optional.of(value.getAsInt()) : java.util.Optional.empty();
    }

    /** M starts collecting (the selection so far counts); M again joins what was clicked into one track. */
    private void merge() {
        if (merging == null) {
            merging = new ArrayList<>();
            collectForMerge();
            canvas.status("Merging: click the shapes and tracks to join, on any frames, then press M again (Esc cancels)");
            return;
        }
        List<Annotation> picked = merging;
        merging = null;
        if (picked.size() < 2) {
            canvas.status("Nothing merged: pick at least two objects");
            return;
        }
        Annotation first = picked.get(0);
        boolean compatible = picked.stream().allMatch(a -> a.getLabel() == first.getLabel() && typeOf(a) == typeOf(first));
        if (!compatible) {
            canvas.status("Nothing merged: the objects must have the same label and shape type");
            return;
        }
        Track merged = edits.tracks().merge(picked);
        if (merged != null) {
            session.select(session.shownShape(merged));
            canvas.status("Merged " + picked.size() + " objects into track " + merged.getId());
        }
    }

    private void collectForMerge() {
        if (merging == null) {
            return;
        }
        for (Annotation selected : session.selection()) {
            Annotation object = session.modelObject(selected);
            if (object instanceof Shape || object instanceof Track) {
                if (!merging.contains(object)) {
                    merging.add(object);
                }
            }
        }
    }

    private static io.annolab.model.ShapeType typeOf(Annotation annotation) {
        return annotation instanceof Track track ? track.getType() : ((Shape) annotation).getType();
    }

    public void undo() {
        canvas.cancelDrawing();
        if (session.commandStack().canUndo()) {
            session.commandStack().undo();
        }
    }

    public void redo() {
        if (session.commandStack().canRedo()) {
            session.commandStack().redo();
        }
    }

    private List<Annotation> unlocked() {
        List<Annotation> result = new ArrayList<>();
        for (Annotation annotation : session.selection()) {
            if (!session.isLocked(annotation)) {
                result.add(annotation);
            }
        }
        return result;
    }

    private boolean allMatch(java.util.function.Predicate<Annotation> test) {
        Set<Annotation> selection = session.selection();
        return !selection.isEmpty() && selection.stream().allMatch(test);
    }

    private void toggleOccluded() {
        List<Annotation> targets = unlocked().stream().filter(a -> a instanceof Shape).toList();
        boolean value = !targets.stream().allMatch(a -> ((Shape) a).isOccluded());
        edits.setFeature(targets, ModelPackage.eINSTANCE.getShape_Occluded(), value, "Switch occluded");
    }

    private void nextColor() {
        Annotation selected = session.primarySelection();
        if (selected == null) {
            return;
        }
        int current = session.colorOf(selected);
        int index = 0;
        for (int i = 0; i < PALETTE.length; i++) {
            if (PALETTE[i] == current) {
                index = i + 1;
            }
        }
        session.setColor(selected, PALETTE[index % PALETTE.length]);
    }

    /** Ctrl+digit: the selected objects get the n-th label; with nothing selected it becomes the default for the next object. */
    private void switchLabel(int number) {
        List<Label> labels = session.labels();
        if (number < 1 || number > labels.size()) {
            return;
        }
        Label label = labels.get(number - 1);
        List<Annotation> targets = unlocked();
        if (targets.isEmpty()) {
            session.setDefaultLabel(label);
        } else {
            edits.setLabel(targets, label);
        }
    }

    /** Left/Right: the nearest frame with an object the filter matches (any object when none matches anywhere). */
    private void searchFrame(int direction) {
        FrameSearch.Direction way = direction > 0 ? FrameSearch.Direction.NEXT : FrameSearch.Direction.PREVIOUS;
        Filter filter = session.filter();
        OptionalInt found = FrameSearch.next(session.job(), session.frame(), filter.matchesAll() ? null : filter, way);
        if (found.isEmpty() && !filter.matchesAll()) {
            found = FrameSearch.next(session.job(), session.frame(), null, way);
        }
        found.ifPresent(session::setFrame);
    }
}
