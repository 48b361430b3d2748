package io.annolab.ui.editor.parts;

import org.eclipse.swt.widgets.Display;

import io.annolab.ui.editor.session.EditorPreferences;
import io.annolab.ui.editor.session.EditorSession;

/**
 * Saves an open job on an interval when it has changes, so a crash or a kill loses at most
 * one interval of work. Saves are atomic, so an interrupted autosave leaves the previous file.
 */
final class Autosave {


    private final Display display;
    private final EditorSession session;
    private final Runnable save;
    private final Runnable tick = this::tick;
    private boolean stopped;

    Autosave(Display display, EditorSession session, Runnable save) {
        this.display = display;
        this.session = session;
        this.save = save;
        schedule();
    }

    private void tick() {
        if (stopped) {
            return;
        }
        if (EditorPreferences.autosaveSeconds() > 0 && session.isDirty()) {
            save.run();
        }
        schedule();
    }

    /** The interval is read each time, so a change in Settings applies to open editors; 0 checks again in a minute. */
    private void schedule() {
        int seconds = EditorPreferences.autosaveSeconds();
        display.timerExec((seconds > 0 ? seconds : 60) * 1000, tick);
    }

    void stop() {
        stopped = true;
        if (!display.isDisposed()) {
            display.timerExec(-1, tick);
        }
    }
}
