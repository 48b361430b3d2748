package io.annolab.ui.editor.parts;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.swt.widgets.Display;

import io.annolab.ui.editor.session.EditorSession;

/**
 * Plays the job's frames at a chosen rate (CVAT's play/pause, Space). A frame is shown before
 * the next one is asked for, so a slow decoder lowers the rate instead of skipping pictures, and
 * the UI thread only ever waits for its timer.
 */
final class Player {

    /** Frame rates the speed box offers; 0 plays as fast as frames arrive. */
    static final int[] RATES = { 1, 5, 10, 25, 30, 60, 0 };
    static final int DEFAULT_RATE = 25;

    private final Display display;
    private final EditorSession session;
    private final BooleanSupplier frameShown;
    private final Consumer<Boolean> playingChanged;
    private final IntConsumer readAhead;
    private final Runnable tick = this::tick;
    private int rate = DEFAULT_RATE;
    private boolean playing;

    /** {@code readAhead} hears the source-frame step while playing and 0 when paused, so video decoders prefetch. */
    Player(Display display, EditorSession session, BooleanSupplier frameShown, Consumer<Boolean> playingChanged, IntConsumer readAhead) {
        this.display = display;
        this.session = session;
        this.frameShown = frameShown;
        this.playingChanged = playingChanged;
        this.readAhead = readAhead;
    }

    void toggle() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    void play() {
        if (playing || session.frames().isEmpty()) {
            return;
        }
        if (isAtEnd()) {
            session.setFrame(session.frames().get(0)); // play again from the start, as a media player does
        }
        playing = true;
        readAhead.accept(Math.max(1, session.task().getFrameStep()));
        playingChanged.accept(true);
        display.timerExec(interval(), tick);
    }

    void pause() {
        if (!playing) {
            return;
        }
        playing = false;
        display.timerExec(-1, tick);
        readAhead.accept(0);
        playingChanged.accept(false);
    }

    boolean isPlaying() {
        return playing;
    }

    /** Frames per second; 0 means as fast as frames are decoded. */
    void setRate(int framesPerSecond) {
        rate = Math.max(0, framesPerSecond);
    }

    int rate() {
        return rate;
    }

    private boolean isAtEnd() {
        return session.frameAfter(1) == session.frame();
    }

    private int interval() {
        return rate == 0 ? 1 : Math.max(1, 1000 / rate);
    }

    private void tick() {
        if (!playing) {
            return;
        }
        if (isAtEnd()) {
            pause();
            return;
        }
        if (frameShown.getAsBoolean()) {
            session.setFrame(session.frameAfter(1));
            display.timerExec(interval(), tick);
        } else {
            display.timerExec(2, tick); // the picture is still decoding: look again shortly
        }
    }
}
