package io.annolab.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.annolab.core.api.format.DatasetFormat;
import io.annolab.core.api.registry.Contribution;
import io.annolab.model.Task;
import io.annolab.ui.WidgetIds;

/** Asks for a format and a path (and, for export, which task): the import and export dialogs. */
final class DatasetDialog extends Dialog {

    private final boolean importing;
    private final List<Contribution<DatasetFormat>> formats;
    private final List<Task> tasks;
    private Combo formatCombo;
    private Combo taskCombo;
    private Text pathText;
    private Label problem;
    private String format;
    private Path path;
    private Task task;

    private DatasetDialog(Shell shell, boolean importing, List<Task> tasks) {
        super(shell);
        this.importing = importing;
        this.formats = importing ? FormatChoices.readable() : FormatChoices.writable();
        this.tasks = tasks;
    }

    static DatasetDialog forImport(Shell shell) {
        return new DatasetDialog(shell, true, List.of());
    }

    static DatasetDialog forExport(Shell shell, List<Task> tasks) {
        return new DatasetDialog(shell, false, tasks);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(importing ? "Import dataset" : "Export dataset");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        new Label(area, SWT.NONE).setText("Format");
        formatCombo = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), "dataset.format");
        formatCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        if (importing) {
            formatCombo.add("(detect)");
        }
        formats.forEach(f -> formatCombo.add(f.id() + "  —  " + f.name()));
        formatCombo.select(0);
        if (!importing) {
            new Label(area, SWT.NONE).setText("Tasks");
            taskCombo = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), "dataset.task");
            taskCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            taskCombo.add("All tasks of the project");
            tasks.forEach(t -> taskCombo.add("Task " + t.getId() + ": " + t.getName()));
            taskCombo.select(0);
        }
        new Label(area, SWT.NONE).setText(importing ? "Dataset" : "Output folder");
        pathText = WidgetIds.tag(new Text(area, SWT.BORDER), "dataset.path");
        GridData pathData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        pathData.widthHint = 380;
        pathText.setLayoutData(pathData);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> browse());
        problem = new Label(area, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        return area;
    }

    private void browse() {
        String chosen;
        if (importing) {
            FileDialog files = new FileDialog(getShell(), SWT.OPEN);
            files.setText("Dataset file (archive, annotation file); cancel to pick a folder");
            chosen = files.open();
            if (chosen == null) {
                chosen = new DirectoryDialog(getShell()).open();
            }
        } else {
            chosen = new DirectoryDialog(getShell()).open();
        }
        if (chosen != null) {
            pathText.setText(chosen);
        }
    }

    @Override
    protected void okPressed() {
        String text = pathText.getText().trim();
        if (text.isEmpty()) {
            problem.setText(importing ? "Choose the dataset to import." : "Choose the folder to export to.");
            return;
        }
        Path chosen = Path.of(text);
        if (importing && !Files.exists(chosen)) {
            problem.setText(chosen + " does not exist.");
            return;
        }
        if (!importing && Files.isRegularFile(chosen)) {
            problem.setText(chosen + " is a file; choose a new or empty folder.");
            return;
        }
        int index = formatCombo.getSelectionIndex() - (importing ? 1 : 0);
        format = index < 0 ? null : formats.get(index).id();
        path = chosen;
        task = taskCombo == null || taskCombo.getSelectionIndex() <= 0 ? null : tasks.get(taskCombo.getSelectionIndex() - 1);
        super.okPressed();
    }

    String format() {
        return format;
    }

    Path path() {
        return path;
    }

    Task task() {
        return task;
    }
}
