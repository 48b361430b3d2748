package io.annolab.ui.editor.actions;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Shell;

/** Settings › Keyboard shortcuts. */
public class KeymapDialogHandler {

    @Execute
    public void execute(Shell shell, MApplication application) {
        new KeymapDialog(shell, application).open();
    }
}
