package io.annolab.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Shell;

import io.annolab.ui.wizards.NewProjectWizard;

/** File › New project: the wizard creates the folder; the explorer then opens it. */
public class NewProjectHandler {

    @Execute
    public void execute(Shell shell, IEventBroker events) {
        NewProjectWizard.open(shell).ifPresent(folder -> events.send(ProjectEvents.OPEN, folder));
    }
}
