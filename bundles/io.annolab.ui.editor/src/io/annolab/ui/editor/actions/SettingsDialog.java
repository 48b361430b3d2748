package io.annolab.ui.editor.actions;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

import io.annolab.ui.editor.canvas.CanvasSettings;
import io.annolab.ui.editor.session.EditorPreferences;

/** Settings › Editor (F2): CVAT's player step, autosave, object text, tags on the canvas and control point size. */
final class SettingsDialog extends Dialog {

    private final CanvasSettings canvasSettings;
    private Spinner playerStep;
    private Spinner autosave;
    private Button showText;
    private Button showTags;
    private Spinner pointSize;

    /** {@code canvasSettings}: the open editor's, updated at once; null when no editor is open. */
    SettingsDialog(Shell shell, CanvasSettings canvasSettings) {
        super(shell);
        this.canvasSettings = canvasSettings;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Editor settings");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        playerStep = spinner(area, "Player step (frames for C and V)", EditorPreferences.playerStep(), 1, 10_000);
        autosave = spinner(area, "Autosave every (seconds, 0 = off)", EditorPreferences.autosaveSeconds(), 0, 24 * 3600);
        showText = check(area, "Show the text of selected objects on the canvas", EditorPreferences.showText());
        showTags = check(area, "Show the frame's tags on the canvas", EditorPreferences.showTags());
        pointSize = spinner(area, "Control point size (screen pixels)", EditorPreferences.controlPointSize(), 3, 20);
        return area;
    }

    private static Spinner spinner(Composite area, String text, int value, int min, int max) {
        new Label(area, SWT.NONE).setText(text);
        Spinner spinner = new Spinner(area, SWT.BORDER);
        spinner.setValues(value, min, max, 0, 1, 10);
        return spinner;
    }

    private static Button check(Composite area, String text, boolean value) {
        Button check = new Button(area, SWT.CHECK);
        check.setText(text);
        check.setSelection(value);
        check.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return check;
    }

    @Override
    protected void okPressed() {
        try {
            EditorPreferences.store(playerStep.getSelection(), autosave.getSelection(), showText.getSelection(), showTags.getSelection(),
                    pointSize.getSelection());
        } catch (Exception e) {
            MessageDialog.openError(getShell(), "Editor settings", "Could not store the settings: " + e.getMessage()
                    + "\n\nThey apply until Annolab closes.");
        }
        if (canvasSettings != null) {
            apply(canvasSettings);
        }
        super.okPressed();
    }

    /** Copies the stored settings that the canvas draws with into {@code settings}. */
    static void apply(CanvasSettings settings) {
        settings.showText = EditorPreferences.showText();
        settings.showTags = EditorPreferences.showTags();
        settings.controlPointSize = EditorPreferences.controlPointSize();
    }
}
