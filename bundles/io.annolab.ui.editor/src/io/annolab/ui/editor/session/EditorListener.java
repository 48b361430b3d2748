package io.annolab.ui.editor.session;

/** What views of a job editor follow; every method is called on the UI thread. */
public interface EditorListener {

    default void frameChanged(int frame) {
    }

    default void selectionChanged() {
    }

    /** Annotations were added, removed or changed (a command ran, was undone or redone). */
    default void annotationsChanged() {
    }

    /** Hide, lock, pin or colour of some objects changed, or the filter did. */
    default void appearanceChanged() {
    }

    default void saved() {
    }
}
