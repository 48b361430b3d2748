package io.annolab.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ProjectDatasets;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.store.ProjectSession;
import io.annolab.core.api.store.ProjectStore;
import io.annolab.model.Task;

/**
 * File › Export dataset: saves open work, then writes the project (or one task) in the chosen
 * format from the saved files in a background job with progress and cancel. The export is
 * staged, so a cancel or a failure leaves no partial output.
 */
public class ExportDatasetHandler {

    @CanExecute
    public boolean canExecute(@Optional ProjectSession session) {
        return session != null;
    }

    @Execute
    public void execute(Shell shell, ProjectSession session, UISynchronize ui) {
        DatasetDialog dialog = DatasetDialog.forExport(shell, session.project().getTasks());
        if (dialog.open() != org.eclipse.jface.window.Window.OK) {
            return;
        }
        try {
            session.save(); // the export reads the saved files, never the model being edited
        } catch (Exception e) {
            MessageDialog.openError(shell, "Export", "Could not save before exporting: " + e.getMessage());
            return;
        }
        String format = dialog.format();
        Path output = dialog.path();
        Task chosen = dialog.task();
        int taskId = chosen == null ? -1 : chosen.getId();
        Job job = Job.create("Exporting to " + format, monitor -> {
            try (ProjectSession snapshot = ProjectStore.open(session.folder())) {
                DatasetExporter exporter = new Conversion().exporter(format);
                List<Task> tasks = taskId < 0 ? List.of()
                        : snapshot.project().getTasks().stream().filter(t -> t.getId() == taskId).toList();
                ExportReport report = new ExportReport();
                DatasetSource source = ProjectDatasets.export(snapshot.project(), snapshot.folder(), tasks, report);
                exporter.export(source, output, FormatOptions.NONE, report, monitor);
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                ui.asyncExec(() -> MessageDialog.openInformation(shell, "Export finished",
                        "Exported to " + format + " in " + output + "\n\n" + report.summaryLine()));
                return Status.OK_STATUS;
            } catch (Exception e) {
                return new Status(IStatus.ERROR, "io.annolab.ui", "Export to " + format + " failed: " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
    }
}
