package io.annolab.ui.editor.parts;

import org.eclipse.swt.widgets.Display;

import io.annolab.ui.editor.session.EditorSession;

/**
 * Saves an open job on an interval when it has changes, so a crash or a kill loses at most
 * one interval of work. Saves are atomic, so an interrupted autosave leaves the previous file.
 */
final class Autosave {

    /** Seconds between autosaves; the system property lets tests and users shorten it. */
    static final int INTERVAL_SECONDS = Integer.getInteger("annolab.autosave.seconds", 60);

    private final Display display;
    private final EditorSession session;
    private final Runnable save;
    private final Runnable tick = this::tick;
    private boolean stopped;

    Autosave(Display display, EditorSession session, Runnable save) {
        this.display = display;
        this.session = session;
        this.save = save;
        if (INTERVAL_SECONDS > 0) {
            display.timerExec(INTERVAL_SECONDS * 1000, tick);
        }
    }

    private void tick() {
        if (stopped) {
            return;
        }
        if (session.isDirty()) {
            save.run();
        }
        display.timerExec(INTERVAL_SECONDS * 1000, tick);
    }

    void stop() {
        stopped = true;
        if (!display.isDisposed()) {
            display.timerExec(-1, tick);
        }
    }
}
