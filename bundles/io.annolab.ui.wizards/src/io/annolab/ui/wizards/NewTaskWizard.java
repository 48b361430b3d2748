package io.annolab.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

import io.annolab.core.api.store.ProjectSession;
import io.annolab.core.api.task.TaskCreation;
import io.annolab.core.api.task.TaskPlan;
import io.annolab.model.Task;

/**
 * Adds a task to an open project: name and subset, the images (files, folders, zip archives),
 * their order, the frame filter and the job segments. Finishing runs {@link TaskCreation} in a
 * {@link Job} whose progress and cancel button are the wizard's own; a cancelled or failed
 * creation leaves the project as it was.
 */
public final class NewTaskWizard extends Wizard {

    /** The family of the creation jobs, so a workbench can find or wait for them. */
    public static final Object JOB_FAMILY = NewTaskWizard.class;

    private final ProjectSession session;
    private final TaskPage page = new TaskPage();
    private Task created;

    public NewTaskWizard(ProjectSession session) {
        this.session = session;
        setWindowTitle("New Task in " + (session.project().getName() == null ? "the project" : session.project().getName()));
        setNeedsProgressMonitor(true);
    }

    /** Opens the wizard on {@code shell} and returns the created (and saved) task, or empty when cancelled. */
    public static Optional<Task> open(Shell shell, ProjectSession session) {
        NewTaskWizard wizard = new NewTaskWizard(session);
        new WizardDialog(shell, wizard).open();
        return wizard.createdTask();
    }

    public Optional<Task> createdTask() {
        return Optional.ofNullable(created);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performCancel() {
        page.cancelScans();
        return true;
    }

    @Override
    public boolean performFinish() {
        TaskPlan plan = page.plan();
        String name = page.taskName();
        String subset = page.subset();
        AtomicReference<Task> result = new AtomicReference<>();
        try {
            // The wizard's monitor drives the job: its bar shows the copying, its Cancel stops it.
            getContainer().run(true, true, monitor -> {
                Job job = new Job("Creating task '" + name + "'") {
                    @Override
                    protected IStatus run(IProgressMonitor own) {
                        // progress goes to the wizard; cancelling either the wizard or the job stops it
                        IProgressMonitor both = new ProgressMonitorWrapper(monitor) {
                            @Override
                            public boolean isCanceled() {
                                return own.isCanceled() || super.isCanceled();
                            }
                        };
                        try {
                            result.set(TaskCreation.create(session, plan, name, subset, both, getShell().getDisplay()::syncExec));
                            return Status.OK_STATUS;
                        } catch (OperationCanceledException e) {
                            return Status.CANCEL_STATUS;
                        } catch (java.io.IOException | RuntimeException e) {
                            return Status.error(e.getMessage() == null ? e.toString() : e.getMessage(), e);
                        }
                    }

                    @Override
                    public boolean belongsTo(Object family) {
                        return family == JOB_FAMILY;
                    }
                };
                job.setSystem(true); // the wizard shows the progress
                job.schedule();
                job.join();
                IStatus status = job.getResult();
                if (status.getSeverity() == IStatus.CANCEL) {
                    throw new InterruptedException();
                }
                if (!status.isOK()) {
                    throw new InvocationTargetException(status.getException(), status.getMessage());
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), "The task was not created", e.getMessage() != null ? e.getMessage() : String.valueOf(e.getCause()));
            return false;
        } catch (InterruptedException e) {
            return false; // cancelled: nothing was added, the user may change the plan or leave
        }
        created = result.get();
        return created != null;
    }
}
