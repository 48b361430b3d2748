package io.annolab.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

import io.annolab.core.api.store.ProjectStore;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;
import io.annolab.model.Project;

/**
 * Creates a project folder: a name and a place, then the labels (built in the constructor or
 * pasted as CVAT's raw JSON), written with {@link ProjectStore#create}.
 */
public final class NewProjectWizard extends Wizard {

    private final ProjectLocationPage locationPage = new ProjectLocationPage();
    private final LabelsPage labelsPage = new LabelsPage();
    private Path created;

    public NewProjectWizard() {
        setWindowTitle("New Annolab Project");
        setNeedsProgressMonitor(true);
    }

    /** Opens the wizard on {@code shell} and returns the new project's folder, or empty when cancelled. */
    public static Optional<Path> open(Shell shell) {
        NewProjectWizard wizard = new NewProjectWizard();
        new WizardDialog(shell, wizard).open();
        return wizard.createdFolder();
    }

    /** The folder of the project this wizard created, once it finished. */
    public Optional<Path> createdFolder() {
        return Optional.ofNullable(created);
    }

    @Override
    public void addPages() {
        addPage(locationPage);
        addPage(labelsPage);
    }

    @Override
    public boolean performFinish() {
        List<Label> labels = labelsPage.labels();
        if (labels == null) {
            return false; // the page shows why
        }
        Path folder = locationPage.projectFolder();
        Project project = ModelFactory.eINSTANCE.createProject();
        project.setName(locationPage.projectName());
        project.getLabels().addAll(labels);
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask("Creating the project in " + folder, 1);
                try {
                    ProjectStore.create(folder, project).close();
                } catch (java.io.IOException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), "The project was not created", e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        created = folder;
        return true;
    }
}
