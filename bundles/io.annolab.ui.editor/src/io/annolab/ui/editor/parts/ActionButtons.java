package io.annolab.ui.editor.parts;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import io.annolab.ui.editor.actions.EditorController;

/** Buttons of the side views that run an editor action, so a button does exactly what its key does. */
final class ActionButtons {

    private ActionButtons() {
    }

    /** A button for {@code actionId} on the active editor ({@code controller} may give null: no editor open). */
    static Button create(Composite parent, String text, String tip, String actionId, Supplier<EditorController> controller) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        EditorIds.tag(button, "objects.action." + actionId);
        button.addListener(SWT.Selection, e -> {
            EditorController active = controller.get();
            if (active != null) {
                active.run(actionId);
            }
        });
        return button;
    }
}
