package io.annolab.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.annolab.core.api.store.ProjectStore;

/** The project's name and the folder it goes in (a new folder named after the project). */
final class ProjectLocationPage extends WizardPage {

    private Text name;
    private Text parent;
    private Label folder;

    ProjectLocationPage() {
        super("location", "Project", null);
        setDescription("Name the project and choose where its folder goes");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite root) {
        Composite page = new Composite(root, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        new Label(page, SWT.NONE).setText("&Name:");
        name = WizardIds.tag(new Text(page, SWT.BORDER), WizardIds.PROJECT_NAME);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(page, SWT.NONE).setText("&Location:");
        parent = WizardIds.tag(new Text(page, SWT.BORDER), WizardIds.PROJECT_PARENT);
        parent.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        parent.setText(Path.of(System.getProperty("user.home"), "Annolab").toString());
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("&Browse…");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(parent.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                parent.setText(chosen);
            }
        });
        new Label(page, SWT.NONE).setText("Folder:");
        folder = WizardIds.tag(new Label(page, SWT.NONE), WizardIds.PROJECT_FOLDER);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        name.addListener(SWT.Modify, e -> validate());
        parent.addListener(SWT.Modify, e -> validate());
        setControl(page);
        validate();
        name.setFocus();
    }

    String projectName() {
        return name.getText().strip();
    }

    /** The folder the project will be written to: the location plus the name made safe for file systems. */
    Path projectFolder() {
        return Path.of(parent.getText().strip()).resolve(projectName().replaceAll("[\\\\/:*?\"<>|]+", "_"));
    }

    private void validate() {
        folder.setText(projectName().isEmpty() ? "" : safeFolder());
        String problem = problem();
        boolean untouched = projectName().isEmpty(); // no red error before the user typed anything
        setErrorMessage(untouched ? null : problem);
        setMessage(untouched ? "Name the project" : null);
        setPageComplete(problem == null);
    }

    private String safeFolder() {
        try {
            return projectFolder().toString();
        } catch (InvalidPathException e) {
            return "";
        }
    }

    private String problem() {
        if (projectName().isEmpty()) {
            return "Name the project";
        }
        if (parent.getText().isBlank()) {
            return "Choose the location of the project's folder";
        }
        Path target;
        try {
            target = projectFolder();
        } catch (InvalidPathException e) {
            return "The location is not a valid path: " + e.getReason();
        }
        if (!target.isAbsolute()) {
            return "Give the location as a full path";
        }
        if (ProjectStore.isProject(target)) {
            return "The folder " + target + " already holds a project: choose another name or location";
        }
        if (Files.isRegularFile(target)) {
            return "The folder " + target + " is a file: choose another name or location";
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    return "The folder " + target + " is not empty: choose another name or location";
                }
            } catch (IOException e) {
                return "The folder " + target + " cannot be read: " + e.getMessage();
            }
        }
        return null;
    }
}
