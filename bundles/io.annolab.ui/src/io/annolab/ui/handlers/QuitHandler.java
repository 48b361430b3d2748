package io.annolab.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File › Quit: closes the workbench; open editors save their jobs first through @Persist. */
public class QuitHandler {

    @Execute
    public void execute(IWorkbench workbench, org.eclipse.e4.ui.workbench.modeling.EPartService parts) {
        parts.saveAll(false);
        workbench.close();
    }
}
