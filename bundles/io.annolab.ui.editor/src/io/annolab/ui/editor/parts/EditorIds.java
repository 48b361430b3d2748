package io.annolab.ui.editor.parts;

import org.eclipse.swt.widgets.Widget;

/** Stable ids on the editor's widgets, for UI tests and accessibility tools (key "annolab.id"). */
public final class EditorIds {

    public static final String CANVAS = "editor.canvas";
    public static final String FRAME_INPUT = "editor.frame";
    public static final String STATUS = "editor.status";
    public static final String TIMELINE = "editor.timeline";
    public static final String KEYFRAME_LIST = "objects.keyframes";
    public static final String PLAY = "editor.play";
    public static final String PLAYER_RATE = "editor.playerRate";
    public static final String TRACK_MODE = "editor.trackMode";
    public static final String LABEL_CHOICE = "editor.label";
    public static final String OBJECTS_TABLE = "objects.table";
    public static final String OBJECTS_FILTER = "objects.filter";
    public static final String ATTRIBUTES = "objects.attributes";
    public static final String LABELS_TABLE = "labels.table";

    private EditorIds() {
    }

    public static <T extends Widget> T tag(T widget, String id) {
        widget.setData("annolab.id", id);
        return widget;
    }
}
