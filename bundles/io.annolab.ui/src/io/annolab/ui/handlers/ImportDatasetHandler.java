package io.annolab.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ProjectDatasets;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.FormatDetection;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.store.ProjectSession;
import io.annolab.model.Task;

/**
 * File › Import dataset: reads a dataset in any installed format (or the detected one) into the
 * open project as a new task, in a background job with progress and cancel; media are copied
 * into the project. The project file is saved when the task is complete.
 */
public class ImportDatasetHandler {

    @CanExecute
    public boolean canExecute(@Optional ProjectSession session) {
        return session != null;
    }

    @Execute
    public void execute(Shell shell, ProjectSession session, UISynchronize ui, IEventBroker events) {
        DatasetDialog dialog = DatasetDialog.forImport(shell);
        if (dialog.open() != org.eclipse.jface.window.Window.OK) {
            return;
        }
        Path input = dialog.path();
        String chosen = dialog.format();
        Job job = Job.create("Importing " + input.getFileName(), monitor -> {
            try {
                monitor.beginTask("Importing " + input, IStatus.OK);
                String format = chosen != null ? chosen : new FormatDetection().detect(input);
                try (DatasetSource source = new Conversion().importer(format).open(input, FormatOptions.NONE)) {
                    String name = source.header().getName() == null ? input.getFileName().toString() : source.header().getName();
                    // Read and copied here; the labels and the task join the project on the UI thread, where editors change it.
                    Task task = ProjectDatasets.importAsTask(session.project(), session.folder(), source, name, ui::syncExec);
                    ui.syncExec(() -> {
                        session.markProjectDirty();
                        task.getJobs().forEach(session::markDirty);
                        try {
                            session.save();
                        } catch (Exception e) {
                            MessageDialog.openError(shell, "Import", "The task was imported but could not be saved: " + e.getMessage());
                        }
                        events.send(ProjectEvents.CHANGED, task);
                        MessageDialog.openInformation(shell, "Import finished", "Imported " + format + " as task '" + task.getName() + "': "
                                + task.getMedia().size() + " frames, " + task.getJobs().size() + " jobs.");
                    });
                }
                return Status.OK_STATUS;
            } catch (Exception e) {
                return new Status(IStatus.ERROR, "io.annolab.ui", "Import of " + input + " failed: " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
    }
}
