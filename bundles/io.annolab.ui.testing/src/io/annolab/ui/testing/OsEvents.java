package io.annolab.ui.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Real OS-level input through {@link Display#post(Event)} (X events under Xvfb), so a test goes
 * through the same path as a user's mouse and keyboard, not through listeners directly.
 * Call on the UI thread; each method dispatches pending events afterwards.
 */
public final class OsEvents {

    private static final int SETTLE_MS = 60;

    private OsEvents() {
    }

    public static void click(Control control, int x, int y) {
        Display display = control.getDisplay();
        Point at = display.map(control, null, x, y);
        move(display, at);
        button(display, SWT.MouseDown, 1, at);
        button(display, SWT.MouseUp, 1, at);
        Spin.pause(display, SETTLE_MS);
    }

    public static void doubleClick(Control control, int x, int y) {
        Display display = control.getDisplay();
        Point at = display.map(control, null, x, y);
        move(display, at);
        for (int i = 0; i < 2; i++) {
            button(display, SWT.MouseDown, 1, at);
            button(display, SWT.MouseUp, 1, at);
        }
        Spin.pause(display, SETTLE_MS);
    }

    /** Presses the left button at (x1, y1), moves in steps to (x2, y2) and releases it there. */
    public static void drag(Control control, int x1, int y1, int x2, int y2) {
        Display display = control.getDisplay();
        Point from = display.map(control, null, x1, y1);
        move(display, from);
        button(display, SWT.MouseDown, 1, from);
        for (int step = 1; step <= 5; step++) {
            move(display, new Point(from.x + (x2 - x1) * step / 5, from.y + (y2 - y1) * step / 5));
            Spin.pause(display, 20);
        }
        button(display, SWT.MouseUp, 1, display.map(control, null, x2, y2));
        Spin.pause(display, SETTLE_MS);
    }

    /** Clicks the middle of a tree item's text. */
    public static void click(TreeItem item) {
        Rectangle bounds = settledBounds(item);
        click(item.getParent(), bounds.x + Math.min(bounds.width / 2, 20), bounds.y + bounds.height / 2);
    }

    public static void doubleClick(TreeItem item) {
        Rectangle bounds = settledBounds(item);
        doubleClick(item.getParent(), bounds.x + Math.min(bounds.width / 2, 20), bounds.y + bounds.height / 2);
    }

    /**
     * GTK lays rows out lazily: right after a viewer fills a tree, item bounds can still move.
     * Wait until they are the same twice in a row and inside the tree before aiming at them.
     */
    public static Rectangle settledBounds(TreeItem item) {
        Display display = item.getDisplay();
        Rectangle previous = null;
        for (int i = 0; i < 100; i++) {
            item.getParent().update();
            Rectangle now = item.getBounds();
            if (now.equals(previous) && now.height > 0 && now.y >= 0 && now.y < item.getParent().getClientArea().height) {
                return now;
            }
            previous = now;
            Spin.pause(display, 50);
        }
        throw new AssertionError("tree item '" + item.getText() + "' never settled; last bounds " + previous);
    }

    /** Presses and releases a key given as an SWT key code (e.g. {@code SWT.KEYPAD_ADD}, {@code SWT.ARROW_RIGHT}). */
    public static void key(Display display, int keyCode) {
        String keysym = XDOTOOL ? keysym(keyCode) : null;
        if (keysym != null) {
            xdotool("key", keysym);
            Spin.pause(display, SETTLE_MS);
            return;
        }
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = keyCode;
        post(display, down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = keyCode;
        post(display, up);
        Spin.pause(display, SETTLE_MS);
    }

    /** Types one character key (a letter, digit or punctuation), optionally with modifier key codes held. */
    public static void character(Display display, char character, int... modifierKeyCodes) {
        if (XDOTOOL) {
            // Real XTest key events, so the workbench's key bindings see exactly what a keyboard sends.
            StringBuilder combination = new StringBuilder();
            for (int modifier : modifierKeyCodes) {
                combination.append(modifier == SWT.CTRL ? "ctrl" : modifier == SWT.SHIFT ? "shift" : modifier == SWT.ALT ? "alt" : "super").append('+');
            }
            combination.append(keysym(character));
            xdotool("key", "--clearmodifiers", combination.toString());
            Spin.pause(display, SETTLE_MS);
            return;
        }
        for (int modifier : modifierKeyCodes) {
            Event press = new Event();
            press.type = SWT.KeyDown;
            press.keyCode = modifier;
            post(display, press);
        }
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event key = new Event();
            key.type = type;
            key.character = character;
            post(display, key);
        }
        for (int i = modifierKeyCodes.length - 1; i >= 0; i--) {
            Event release = new Event();
            release.type = SWT.KeyUp;
            release.keyCode = modifierKeyCodes[i];
            post(display, release);
        }
        Spin.pause(display, SETTLE_MS);
    }

    /** Presses and releases a key with a modifier held (e.g. {@code SWT.SHIFT}, {@code SWT.ARROW_RIGHT}). */
    public static void key(Display display, int modifierKeyCode, int keyCode) {
        Event press = new Event();
        press.type = SWT.KeyDown;
        press.keyCode = modifierKeyCode;
        post(display, press);
        key(display, keyCode);
        Event release = new Event();
        release.type = SWT.KeyUp;
        release.keyCode = modifierKeyCode;
        post(display, release);
        Spin.pause(display, SETTLE_MS);
    }

    private static final boolean XDOTOOL = System.getenv("DISPLAY") != null
            && java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/xdotool"));

    /** The X keysym of an SWT key code, or null when there is none here. */
    private static String keysym(int keyCode) {
        return switch (keyCode) {
            case SWT.ARROW_UP -> "Up";
            case SWT.ARROW_DOWN -> "Down";
            case SWT.ARROW_LEFT -> "Left";
            case SWT.ARROW_RIGHT -> "Right";
            case SWT.TAB -> "Tab";
            case SWT.ESC -> "Escape";
            case SWT.CR -> "Return";
            case SWT.DEL -> "Delete";
            case SWT.HOME -> "Home";
            case SWT.END -> "End";
            case SWT.KEYPAD_ADD -> "KP_Add";
            default -> null;
        };
    }

    private static String keysym(char character) {
        return switch (character) {
            case '/' -> "slash";
            case '-' -> "minus";
            case '=' -> "equal";
            case '`' -> "grave";
            case ' ' -> "space";
            default -> Character.toString(character);
        };
    }

    private static void xdotool(String... arguments) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("/usr/bin/xdotool"));
        command.addAll(java.util.List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("xdotool " + String.join(" ", arguments) + " failed: " + new String(process.getInputStream().readAllBytes()));
            }
        } catch (java.io.IOException e) {
            throw new AssertionError("xdotool could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running xdotool", e);
        }
    }

    /** Posts and fails loudly if the OS refused (no XTEST extension, wrong thread). */
    private static void post(Display display, Event event) {
        if (!display.post(event)) {
            throw new AssertionError("Display.post refused event type " + event.type);
        }
    }

    /**
     * Moves the pointer and waits until the OS reports it there: SWT's GTK port warps the
     * pointer, and a button event goes to whatever window is under it at that moment.
     */
    private static void move(Display display, Point at) {
        for (int attempt = 0; attempt < 5 && !at.equals(display.getCursorLocation()); attempt++) {
            Event event = new Event();
            event.type = SWT.MouseMove;
            event.x = at.x;
            event.y = at.y;
            post(display, event);
            Spin.tryUntil(display, () -> at.equals(display.getCursorLocation()), java.time.Duration.ofMillis(500));
        }
        if (!at.equals(display.getCursorLocation())) {
            throw new AssertionError("pointer did not reach " + at + ", it is at " + display.getCursorLocation());
        }
        Spin.pause(display, SETTLE_MS);
    }

    /**
     * Presses or releases a button where the pointer is. SWT's GTK port posts button events
     * without a position (listeners see the window origin), which is enough for trees but not
     * for a canvas; xdotool sends real XTest button events, so it is used when installed.
     */
    private static void button(Display display, int type, int button, Point at) {
        if (XDOTOOL) {
            xdotool(type == SWT.MouseDown ? "mousedown" : "mouseup", Integer.toString(button));
            return;
        }
        Event event = new Event();
        event.type = type;
        event.button = button;
        event.x = at.x;
        event.y = at.y;
        post(display, event);
    }
}
