package io.annolab.ui.editor.parts;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;

import io.annolab.ui.editor.actions.EditorActions;
import io.annolab.ui.editor.canvas.AnnotationCanvas;
import io.annolab.ui.editor.session.EditorListener;
import io.annolab.ui.editor.session.EditorSession;

/** The player (play/pause, speed), frame navigation (first, back a step, previous, next, forward a step, last, go to frame, slider), the status line, and the timeline with the selected track's keyframes. */
final class FrameBar implements EditorListener {

    private static final int COLUMNS = 12;

    private final EditorSession session;
    private final AnnotationCanvas canvas;
    private final Text frameInput;
    private final Scale slider;
    private final Label position;
    private final Label status;
    private final Player player;
    private final Button play;

    /** {@code actions} runs editor actions by id, so the buttons do exactly what their keys do. */
    FrameBar(Composite parent, EditorSession session, AnnotationCanvas canvas, Consumer<String> actions) {
        this.session = session;
        this.canvas = canvas;
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        bar.setLayout(new GridLayout(COLUMNS, false)); // controls; then the timeline and the status line on rows of their own
        player = new Player(bar.getDisplay(), session, canvas::frameShown, this::showPlaying, canvas::playing);
        play = EditorIds.tag(new Button(bar, SWT.PUSH | SWT.FLAT), EditorIds.PLAY);
        play.setText("\u25B6");
        play.setToolTipText("Play or pause (Space)");
        play.addListener(SWT.Selection, e -> {
            player.toggle();
            canvas.setFocus();
        });
        Combo rate = EditorIds.tag(new Combo(bar, SWT.READ_ONLY), EditorIds.PLAYER_RATE);
        for (int fps : Player.RATES) {
            rate.add(fps == 0 ? "max" : fps + " fps");
        }
        rate.select(java.util.Arrays.stream(Player.RATES).boxed().toList().indexOf(Player.DEFAULT_RATE));
        rate.setToolTipText("Player speed: frames per second (max: as fast as frames decode)");
        rate.addListener(SWT.Selection, e -> player.setRate(Player.RATES[rate.getSelectionIndex()]));
        button(bar, "|\u2039", "First frame (Home)", () -> actions.accept(EditorActions.FIRST_FRAME));
        button(bar, "\u00AB", "Back by the player step (C; Settings › Editor)", () -> actions.accept(EditorActions.BACKWARD_STEP));
        button(bar, "\u2039", "Previous frame (D)", () -> actions.accept(EditorActions.PREVIOUS_FRAME));
        frameInput = EditorIds.tag(new Text(bar, SWT.BORDER | SWT.RIGHT), EditorIds.FRAME_INPUT);
        frameInput.setLayoutData(new GridData(50, SWT.DEFAULT));
        frameInput.setToolTipText("Go to frame: type a number and press Enter (` focuses this field)");
        frameInput.addListener(SWT.DefaultSelection, e -> goToTypedFrame());
        position = new Label(bar, SWT.NONE);
        button(bar, "\u203A", "Next frame (F)", () -> actions.accept(EditorActions.NEXT_FRAME));
        button(bar, "\u00BB", "Forward by the player step (V; Settings › Editor)", () -> actions.accept(EditorActions.FORWARD_STEP));
        button(bar, "\u203A|", "Last frame (End)", () -> actions.accept(EditorActions.LAST_FRAME));
        slider = new Scale(bar, SWT.HORIZONTAL);
        GridData sliderData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        sliderData.minimumWidth = 120;
        sliderData.widthHint = 160;
        slider.setLayoutData(sliderData);
        slider.setMinimum(0);
        slider.setMaximum(Math.max(1, session.frames().size() - 1));
        slider.addListener(SWT.Selection, e -> go(session.frames().get(slider.getSelection())));
        Button imageSettings = new Button(bar, SWT.PUSH | SWT.FLAT);
        imageSettings.setText("Image\u2026");
        imageSettings.setToolTipText("Brightness, contrast, saturation, gamma, grid, fill opacity (display only)");
        EditorIds.tag(imageSettings, "editor.imageSettings");
        imageSettings.addListener(SWT.Selection, e -> new ImageSettingsDialog(bar.getShell(), canvas).open());
        Timeline timeline = new Timeline(bar, session);
        GridData timelineData = new GridData(SWT.FILL, SWT.CENTER, true, false, COLUMNS, 1);
        timelineData.heightHint = Timeline.height();
        timeline.control().setLayoutData(timelineData);
        status = EditorIds.tag(new Label(bar, SWT.NONE), EditorIds.STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, COLUMNS, 1));
        session.addListener(this);
        bar.addDisposeListener(e -> {
            player.pause();
            session.removeListener(this);
        });
        frameChanged(session.frame());
    }

    private void button(Composite bar, String text, String tip, Runnable action) {
        Button button = new Button(bar, SWT.PUSH | SWT.FLAT);
        button.setText(text);
        button.setToolTipText(tip);
        button.addListener(SWT.Selection, e -> {
            if (!session.frames().isEmpty()) {
                action.run();
            }
            canvas.setFocus();
        });
    }

    private void go(int frame) {
        session.setFrame(frame);
    }

    private void goToTypedFrame() {
        try {
            go(session.nearestFrame(Integer.parseInt(frameInput.getText().trim())));
            canvas.setFocus();
        } catch (NumberFormatException e) {
            status("\"" + frameInput.getText() + "\" is not a frame number");
        }
    }

    /** Space: play or pause. */
    void togglePlayback() {
        player.toggle();
    }

    boolean isPlaying() {
        return player.isPlaying();
    }

    void setPlayerRate(int framesPerSecond) {
        player.setRate(framesPerSecond);
    }

    private void showPlaying(boolean playing) {
        if (!play.isDisposed()) {
            play.setText(playing ? "\u23F8" : "\u25B6");
        }
    }

    void focusFrameInput() {
        frameInput.setFocus();
        frameInput.selectAll();
    }

    @Override
    public void frameChanged(int frame) {
        frameInput.setText(Integer.toString(frame));
        List<Integer> frames = session.frames();
        int index = frames.indexOf(frame);
        slider.setSelection(Math.max(0, index));
        var media = session.media(frame);
        String name = media == null || media.getPath() == null ? "" : "  " + java.nio.file.Path.of(media.getPath()).getFileName();
        position.setText((index + 1) + " of " + frames.size() + name);
        position.getParent().layout();
    }

    void status(String text) {
        if (!status.isDisposed()) {
            status.setText(text == null ? "" : text);
        }
    }
}
