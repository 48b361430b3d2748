package io.annolab.ui.editor.actions;

import java.util.OptionalInt;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

/** CVAT's propagate dialog (OBJ-04): copy the selected objects to the next or previous N frames. */
final class PropagateDialog extends Dialog {

    private static int lastCount = io.annolab.ui.editor.session.EditorPreferences.playerStep();
    private static boolean lastForward = true;
    private Spinner count;
    private Button forward;
    private int result;

    PropagateDialog(Shell shell) {
        super(shell);
    }

    /** The signed number of frames (negative: backwards), or empty when cancelled. */
    OptionalInt ask() {
        return open() == OK ? OptionalInt.of(result) : OptionalInt.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Propagate");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText("Copies on the next");
        count = new Spinner(area, SWT.BORDER);
        count.setValues(lastCount, 1, 100_000, 0, 1, 10);
        forward = new Button(area, SWT.RADIO);
        forward.setText("frames forward");
        forward.setSelection(lastForward);
        Button backward = new Button(area, SWT.RADIO);
        backward.setText("frames backward");
        backward.setSelection(!lastForward);
        return area;
    }

    @Override
    protected void okPressed() {
        lastCount = count.getSelection();
        lastForward = forward.getSelection();
        result = lastForward ? lastCount : -lastCount;
        super.okPressed();
    }
}
