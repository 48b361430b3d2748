package io.annolab.ui.editor.actions;

/** The binding context of the annotation editor: its keys work while a job editor is the active part. */
public final class JobEditorContext {

    public static final String ID = "io.annolab.ui.editor.context";

    private JobEditorContext() {
    }
}
