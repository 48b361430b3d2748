package io.annolab.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Shell;

import io.annolab.core.api.store.ProjectSession;
import io.annolab.ui.wizards.NewTaskWizard;

/** File › New task: images, folders and archives become a task of the open project, split into jobs. */
public class NewTaskHandler {

    @CanExecute
    public boolean canExecute(@Optional ProjectSession session) {
        return session != null;
    }

    @Execute
    public void execute(Shell shell, ProjectSession session, IEventBroker events) {
        NewTaskWizard.open(shell, session).ifPresent(task -> events.send(ProjectEvents.CHANGED, task));
    }
}
