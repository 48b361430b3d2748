package io.annolab.ui.wizards.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

import io.annolab.ui.wizards.WizardIds;

/**
 * Drives a wizard's real widgets the way a user's input reaches them: texts typed (Modify),
 * buttons pressed and combos chosen (Selection), mouse clicks and drags on a canvas.
 */
final class WizardRobot {

    private final Shell shell;

    WizardRobot(Shell shell) {
        this.shell = shell;
    }

    Display display() {
        return shell.getDisplay();
    }

    <T extends Control> T find(String id, Class<T> type) {
        List<Control> found = new ArrayList<>();
        collect(shell, id, found);
        if (found.isEmpty()) {
            throw new AssertionError("no widget '" + id + "' in the wizard");
        }
        return type.cast(found.get(0));
    }

    private static void collect(Control control, String id, List<Control> found) {
        if (id.equals(control.getData(WizardIds.KEY))) {
            found.add(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, id, found);
            }
        }
    }

    void type(String id, String text) {
        Control control = find(id, Control.class);
        if (control instanceof Text field) {
            field.setText(text);
        } else if (control instanceof Combo combo) {
            combo.setText(text);
        } else {
            throw new AssertionError(id + " takes no text");
        }
        settle();
    }

    void press(String id) {
        press(find(id, Button.class));
    }

    void check(String id, boolean on) {
        Button box = find(id, Button.class);
        box.setSelection(on);
        send(box, SWT.Selection, new Event());
    }

    void choose(String id, String item) {
        Combo combo = find(id, Combo.class);
        int index = List.of(combo.getItems()).indexOf(item);
        if (index < 0) {
            index = List.of(combo.getItems()).stream().map(i -> i.split(" ")[0]).toList().indexOf(item);
        }
        if (index < 0) {
            throw new AssertionError(item + " is not offered by " + id + ": " + List.of(combo.getItems()));
        }
        combo.select(index);
        send(combo, SWT.Selection, new Event());
    }

    void selectTab(String id, int index) {
        TabFolder tabs = find(id, TabFolder.class);
        tabs.setSelection(index);
        Event event = new Event();
        event.item = tabs.getItem(index);
        send(tabs, SWT.Selection, event);
    }

    void click(Control control, int x, int y) {
        mouse(control, SWT.MouseDown, x, y);
        mouse(control, SWT.MouseUp, x, y);
    }

    void drag(Control control, int fromX, int fromY, int toX, int toY) {
        mouse(control, SWT.MouseDown, fromX, fromY);
        for (int i = 1; i <= 5; i++) {
            mouse(control, SWT.MouseMove, fromX + (toX - fromX) * i / 5, fromY + (toY - fromY) * i / 5);
        }
        mouse(control, SWT.MouseUp, toX, toY);
    }

    private void mouse(Control control, int type, int x, int y) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = type == SWT.MouseMove ? 0 : 1;
        event.stateMask = type == SWT.MouseMove || type == SWT.MouseUp ? SWT.BUTTON1 : 0;
        send(control, type, event);
    }

    /** The wizard dialog's own buttons carry their id as data (see {@code Dialog.createButton}). */
    Button dialogButton(int buttonId) {
        List<Button> buttons = new ArrayList<>();
        collectButtons(shell, buttons);
        return buttons.stream().filter(b -> Integer.valueOf(buttonId).equals(b.getData())).findFirst()
                .orElseThrow(() -> new AssertionError("no dialog button " + buttonId));
    }

    void next() {
        press(dialogButton(IDialogConstants.NEXT_ID));
    }

    void finish() {
        Button finish = dialogButton(IDialogConstants.FINISH_ID);
        if (!finish.isEnabled()) {
            throw new AssertionError("Finish is disabled: " + shell.getText());
        }
        press(finish);
    }

    private static void collectButtons(Control control, List<Button> found) {
        if (control instanceof Button button) {
            found.add(button);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectButtons(child, found);
            }
        }
    }

    void press(Button button) {
        if (!button.isEnabled()) {
            throw new AssertionError("the button '" + button.getText() + "' is disabled");
        }
        send(button, SWT.Selection, new Event());
    }

    private void send(Widget widget, int type, Event event) {
        widget.notifyListeners(type, event);
        settle();
    }

    void settle() {
        if (!shell.isDisposed()) {
            until(() -> !display().readAndDispatch(), Duration.ofSeconds(5), "pending events");
        }
    }

    void until(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            if (!display().readAndDispatch()) {
                display().timerExec(20, () -> { });
                display().sleep();
            }
        }
    }
}
