package io.annolab.ui.editor.parts;

import io.annolab.ui.editor.actions.EditorController;
import io.annolab.ui.editor.session.EditorListener;

/**
 * Base of the views that follow the active job editor (objects, labels): they re-attach when
 * another editor becomes active and show a hint when none is open.
 */
public abstract class ControllerView implements EditorListener {

    protected EditorController controller;
    /** The controller DI gave, kept when it comes before the widgets exist (DI injects methods before @PostConstruct). */
    private EditorController injected;
    private boolean created;

    /** Called by the subclass's injected setter. */
    protected final void injected(EditorController next) {
        injected = next;
        if (created) {
            attach(next);
        }
    }

    /** Called at the end of the subclass's @PostConstruct. */
    protected final void created() {
        created = true;
        if (injected == controller) {
            refresh();
        } else {
            attach(injected);
        }
    }

    /** Called with the new active editor's controller, or null. */
    protected final void attach(EditorController next) {
        if (next == controller) {
            return;
        }
        if (controller != null) {
            controller.session().removeListener(this);
        }
        controller = next;
        if (controller != null) {
            controller.session().addListener(this);
        }
        refresh();
    }

    protected abstract void refresh();

    @Override
    public void frameChanged(int frame) {
        refresh();
    }

    @Override
    public void annotationsChanged() {
        refresh();
    }

    @Override
    public void appearanceChanged() {
        refresh();
    }
}
