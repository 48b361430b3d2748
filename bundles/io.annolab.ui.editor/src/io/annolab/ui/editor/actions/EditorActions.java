package io.annolab.ui.editor.actions;

import java.util.List;
import java.util.Optional;

/** The catalogue of editor actions and their default keys: CVAT's default map. */
public final class EditorActions {

    public static final String SAVE = "save";
    public static final String UNDO = "undo";
    public static final String REDO = "redo";
    public static final String NEXT_FRAME = "frame.next";
    public static final String PREVIOUS_FRAME = "frame.previous";
    public static final String FORWARD_STEP = "frame.forwardStep";
    public static final String BACKWARD_STEP = "frame.backwardStep";
    public static final String SEARCH_FORWARD = "frame.searchForward";
    public static final String SEARCH_BACKWARD = "frame.searchBackward";
    public static final String FIRST_FRAME = "frame.first";
    public static final String LAST_FRAME = "frame.last";
    public static final String DRAW_REPEAT = "draw.repeat";
    public static final String CANCEL = "cancel";
    public static final String DELETE = "object.delete";
    public static final String DELETE_FORCE = "object.deleteForce";
    public static final String COPY = "object.copy";
    public static final String PASTE = "object.paste";
    public static final String PROPAGATE = "object.propagate";
    public static final String TO_BACKGROUND = "object.toBackground";
    public static final String TO_FOREGROUND = "object.toForeground";
    public static final String LOCK = "object.lock";
    public static final String LOCK_ALL = "object.lockAll";
    public static final String HIDE = "object.hide";
    public static final String HIDE_ALL = "object.hideAll";
    public static final String OCCLUDED = "object.occluded";
    public static final String PINNED = "object.pinned";
    public static final String NEXT_COLOR = "object.nextColor";
    public static final String GROUP = "object.group";
    public static final String RESET_GROUP = "object.resetGroup";
    public static final String SLICE = "object.slice";
    public static final String TO_POLYGONS = "object.toPolygons";
    public static final String ROTATE_CW = "view.rotateClockwise";
    public static final String ROTATE_CCW = "view.rotateAnticlockwise";
    public static final String FIT = "view.fit";
    public static final String FOCUS_FRAME = "frame.focusInput";
    public static final String SETTINGS = "settings";
    public static final String SHORTCUTS = "shortcuts";
    public static final String FULLSCREEN = "fullscreen";
    public static final String LABEL_PREFIX = "label.";
    public static final String KEYFRAME = "track.keyframe";
    public static final String OUTSIDE = "track.outside";
    public static final String PREVIOUS_KEYFRAME = "track.previousKeyframe";
    public static final String NEXT_KEYFRAME = "track.nextKeyframe";
    public static final String MERGE = "track.merge";
    public static final String SPLIT = "track.split";
    public static final String PLAY = "player.play";

    private static final List<EditorAction> ALL = List.of(
            EditorAction.of(SAVE, "Save job", "Save the job's annotations", "M1+S"),
            EditorAction.of(UNDO, "Undo", "Undo the last change", "M1+Z"),
            EditorAction.of(REDO, "Redo", "Redo the last undone change", "M1+M2+Z", "M1+Y"),
            EditorAction.of(NEXT_FRAME, "Next frame", "Go to the next frame", "F"),
            EditorAction.of(PREVIOUS_FRAME, "Previous frame", "Go to the previous frame", "D"),
            EditorAction.of(FORWARD_STEP, "Forward with step", "Go forward by the player step", "V"),
            EditorAction.of(BACKWARD_STEP, "Backward with step", "Go backward by the player step", "C"),
            EditorAction.of(SEARCH_FORWARD, "Search forward", "Next frame with an object the filter matches", "ARROW_RIGHT"),
            EditorAction.of(SEARCH_BACKWARD, "Search backward", "Previous frame with an object the filter matches", "ARROW_LEFT"),
            EditorAction.of(FIRST_FRAME, "First frame", "Go to the first frame of the job", "HOME"),
            EditorAction.of(LAST_FRAME, "Last frame", "Go to the last frame of the job", "END"),
            EditorAction.of(DRAW_REPEAT, "Draw mode", "Finish the current drawing, or repeat the last one", "N"),
            EditorAction.of(CANCEL, "Cancel", "Cancel drawing or editing", "ESC"),
            EditorAction.of(DELETE, "Delete object", "Delete the selected objects", "DEL"),
            EditorAction.of(DELETE_FORCE, "Delete object (even locked)", "Delete the selected objects, locked too", "M2+DEL"),
            EditorAction.of(COPY, "Copy shape", "Copy the selected objects", "M1+C"),
            EditorAction.of(PASTE, "Paste shape", "Paste the copied objects on this frame", "M1+V"),
            EditorAction.of(PROPAGATE, "Propagate object", "Copy the selected objects to the next frames", "M1+B"),
            EditorAction.of(TO_BACKGROUND, "To background", "Send the selected objects behind the others", "-", "M2+-"),
            EditorAction.of(TO_FOREGROUND, "To foreground", "Bring the selected objects in front", "M2+=", "="),
            EditorAction.of(LOCK, "Lock/unlock an object", "Lock the selected objects", "L"),
            EditorAction.of(LOCK_ALL, "Lock/unlock all objects", "Lock every object on the frame", "T L"),
            EditorAction.of(HIDE, "Hide/show an object", "Hide the selected objects", "H"),
            EditorAction.of(HIDE_ALL, "Hide/show all objects", "Hide every object on the frame", "T H"),
            EditorAction.of(OCCLUDED, "Switch occluded", "Mark the selected objects occluded", "Q", "/"),
            EditorAction.of(PINNED, "Switch pinned", "Pin the selected objects so they cannot be dragged", "P"),
            EditorAction.of(NEXT_COLOR, "Change object colour", "Give the selected object the next colour", "CR"),
            EditorAction.of(GROUP, "Group", "Put the selected objects in one group", "G"),
            EditorAction.of(RESET_GROUP, "Reset group", "Remove the selected objects from their group", "M2+G"),
            EditorAction.of(SLICE, "Slice", "Cut the selected polygon in two along a line you draw (finish with N)", "M3+J"),
            EditorAction.of(TO_POLYGONS, "Mask to polygons", "Replace the selected mask by the polygons of its outline"),
            EditorAction.of(ROTATE_CW, "Rotate clockwise", "Turn the image 90° clockwise", "M1+R"),
            EditorAction.of(ROTATE_CCW, "Rotate anticlockwise", "Turn the image 90° anticlockwise", "M1+M2+R"),
            EditorAction.of(FIT, "Fit image", "Fit the image into the canvas", "M1+0"),
            EditorAction.of(SHORTCUTS, "Show shortcuts", "List every action with its keys (and change them)", "F1"),
            EditorAction.of(FULLSCREEN, "Fullscreen", "Switch the window to full screen and back", "F11"),
            EditorAction.of(SETTINGS, "Show settings", "Player step, autosave, object text, control points", "F2"),
            EditorAction.of(FOCUS_FRAME, "Focus frame input", "Type a frame number", "`"),
            EditorAction.of(PLAY, "Play/pause", "Play the frames at the player speed, or pause", "SPACE"),
            EditorAction.of(KEYFRAME, "Switch keyframe", "Make this frame a keyframe of the selected track, or stop it being one", "K"),
            EditorAction.of(OUTSIDE, "Switch outside", "The selected track leaves the frame here, or comes back", "O"),
            EditorAction.of(PREVIOUS_KEYFRAME, "Previous keyframe", "Go to the selected track's previous keyframe", "E"),
            EditorAction.of(NEXT_KEYFRAME, "Next keyframe", "Go to the selected track's next keyframe", "R"),
            EditorAction.of(MERGE, "Merge", "Start merging: click shapes and tracks on any frames, then M again joins them into one track", "M"),
            EditorAction.of(SPLIT, "Split track", "Split the selected track at this frame into two tracks", "M3+M"),
            EditorAction.of(LABEL_PREFIX + "1", "Label 1", "Give the selected objects (or the next one) label 1", "M1+1"),
            EditorAction.of(LABEL_PREFIX + "2", "Label 2", "Give the selected objects (or the next one) label 2", "M1+2"),
            EditorAction.of(LABEL_PREFIX + "3", "Label 3", "Give the selected objects (or the next one) label 3", "M1+3"),
            EditorAction.of(LABEL_PREFIX + "4", "Label 4", "Give the selected objects (or the next one) label 4", "M1+4"),
            EditorAction.of(LABEL_PREFIX + "5", "Label 5", "Give the selected objects (or the next one) label 5", "M1+5"),
            EditorAction.of(LABEL_PREFIX + "6", "Label 6", "Give the selected objects (or the next one) label 6", "M1+6"),
            EditorAction.of(LABEL_PREFIX + "7", "Label 7", "Give the selected objects (or the next one) label 7", "M1+7"),
            EditorAction.of(LABEL_PREFIX + "8", "Label 8", "Give the selected objects (or the next one) label 8", "M1+8"),
            EditorAction.of(LABEL_PREFIX + "9", "Label 9", "Give the selected objects (or the next one) label 9", "M1+9"));

    private EditorActions() {
    }

    public static List<EditorAction> all() {
        return ALL;
    }

    public static Optional<EditorAction> byId(String id) {
        return ALL.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
