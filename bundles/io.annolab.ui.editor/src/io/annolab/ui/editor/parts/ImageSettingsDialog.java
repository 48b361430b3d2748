package io.annolab.ui.editor.parts;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

import io.annolab.ui.editor.canvas.AnnotationCanvas;
import io.annolab.ui.editor.canvas.CanvasSettings;
import io.annolab.ui.tiles.ImageAdjustments;

/**
 * CVAT's image settings (WS-01) and appearance sliders (OBJ-14): brightness, contrast,
 * saturation and gamma of the picture, the grid, shape fill opacity and smoothing. Changes show
 * at once and never touch the image file; Reset colours restores the neutral picture.
 */
final class ImageSettingsDialog extends Dialog {

    private static final int RESET_ID = IDialogConstants.CLIENT_ID + 1;

    private final AnnotationCanvas canvas;
    private final CanvasSettings settings;
    private final Scale[] colourScales = new Scale[4];

    ImageSettingsDialog(Shell shell, AnnotationCanvas canvas) {
        super(shell);
        this.canvas = canvas;
        this.settings = canvas.settings();
        setShellStyle(SWT.DIALOG_TRIM | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Image settings");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        colourScales[0] = factor(area, "Brightness", () -> settings.adjustments.brightness(),
                v -> settings.adjustments = settings.adjustments.withBrightness(v));
        colourScales[1] = factor(area, "Contrast", () -> settings.adjustments.contrast(), v -> settings.adjustments = settings.adjustments.withContrast(v));
        colourScales[2] = factor(area, "Saturation", () -> settings.adjustments.saturation(),
                v -> settings.adjustments = settings.adjustments.withSaturation(v));
        colourScales[3] = factor(area, "Gamma", () -> settings.adjustments.gamma(),
                v -> settings.adjustments = settings.adjustments.withGamma(Math.max(0.05, v)));
        Button grid = check(area, "Grid", settings.grid, value -> settings.grid = value);
        Spinner gridSize = spinner(area, settings.gridSize, 4, 5000, value -> settings.gridSize = value);
        gridSize.setToolTipText("Grid size in image pixels");
        grid.setToolTipText("Show a grid over the image");
        new Label(area, SWT.NONE).setText("Fill opacity");
        Scale fill = new Scale(area, SWT.HORIZONTAL);
        fill.setMaximum(100);
        fill.setSelection(settings.fillOpacity);
        fill.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        fill.addListener(SWT.Selection, e -> {
            settings.fillOpacity = fill.getSelection();
            canvas.settingsChanged();
        });
        Button smooth = check(area, "Smooth image", settings.smooth, value -> settings.smooth = value);
        smooth.setToolTipText("Smooth when zoomed in; off shows the pixels");
        new Label(area, SWT.NONE);
        Button equalize = check(area, "Equalize histogram", settings.equalize, value -> settings.equalize = value);
        equalize.setToolTipText("Spread the frame's brightness over the whole range (OpenCV's histogram equalization), display only");
        EditorIds.tag(equalize, "imageSettings.equalize");
        new Label(area, SWT.NONE);
        return area;
    }

    /** A slider from 0 to 2 (neutral 1) in hundredths. */
    private Scale factor(Composite area, String name, DoubleSupplier current, DoubleConsumer apply) {
        new Label(area, SWT.NONE).setText(name);
        Scale scale = EditorIds.tag(new Scale(area, SWT.HORIZONTAL), "image." + name.toLowerCase());
        scale.setMaximum(200);
        scale.setPageIncrement(10);
        scale.setSelection((int) Math.round(current.getAsDouble() * 100));
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 220;
        scale.setLayoutData(data);
        Label value = new Label(area, SWT.NONE);
        value.setText(percent(scale.getSelection()));
        scale.addListener(SWT.Selection, e -> {
            apply.accept(scale.getSelection() / 100.0);
            value.setText(percent(scale.getSelection()));
            canvas.settingsChanged();
        });
        return scale;
    }

    private static String percent(int hundredths) {
        return hundredths + " %";
    }

    private Button check(Composite area, String text, boolean value, java.util.function.Consumer<Boolean> apply) {
        Button check = new Button(area, SWT.CHECK);
        check.setText(text);
        check.setSelection(value);
        check.addListener(SWT.Selection, e -> {
            apply.accept(check.getSelection());
            canvas.settingsChanged();
        });
        return check;
    }

    private Spinner spinner(Composite area, int value, int min, int max, java.util.function.IntConsumer apply) {
        Spinner spinner = new Spinner(area, SWT.BORDER);
        spinner.setValues(value, min, max, 0, 1, 10);
        spinner.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        spinner.addListener(SWT.Modify, e -> {
            apply.accept(spinner.getSelection());
            canvas.settingsChanged();
        });
        return spinner;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, RESET_ID, "Reset colours", false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == RESET_ID) {
            settings.adjustments = ImageAdjustments.NEUTRAL;
            for (Scale scale : colourScales) {
                scale.setSelection(100);
                scale.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            }
            canvas.settingsChanged();
        } else {
            close();
        }
    }
}
