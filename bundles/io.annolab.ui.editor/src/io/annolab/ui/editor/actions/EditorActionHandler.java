package io.annolab.ui.editor.actions;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import jakarta.inject.Named;

/** The one e4 handler behind every editor key binding: runs the action named by the command's parameter. */
public class EditorActionHandler {

    @CanExecute
    public boolean canExecute(@Optional EditorController controller) {
        return controller != null;
    }

    @Execute
    public void execute(@Named(KeymapAddon.ACTION_PARAMETER) String actionId, @Optional EditorController controller) {
        if (controller != null) {
            controller.run(actionId);
        }
    }
}
