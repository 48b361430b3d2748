package io.annolab.ui.wizards;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.annolab.core.api.task.MediaSource;
import io.annolab.core.api.task.MediaSources;
import io.annolab.core.api.task.TaskPlan;
import io.annolab.model.SortingMethod;

/**
 * The whole new-task form on one page. Sources are scanned for images in background jobs as
 * they are added (a folder may hold thousands); the preview line recomputes the jobs on every
 * keystroke from the scanned list, which costs nothing.
 */
final class TaskPage extends WizardPage {

    static final List<SortingMethod> SORTINGS = List.of(SortingMethod.LEXICOGRAPHICAL, SortingMethod.NATURAL,
            SortingMethod.PREDEFINED, SortingMethod.RANDOM);

    private final Map<Path, List<MediaSource>> sources = new LinkedHashMap<>();
    private final List<Job> scans = new ArrayList<>();
    private String scanError;
    private Text name;
    private Combo subset;
    private org.eclipse.swt.widgets.List sourceList;
    private Text path;
    private Label found;
    private Combo sorting;
    private Text seed;
    private Text start;
    private Text stop;
    private Text step;
    private Text segment;
    private Text overlap;
    private Label preview;

    TaskPage() {
        super("task", "Task", null);
        setDescription("Name the task, add its images or one video and choose how they are split into jobs");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite root) {
        Composite page = new Composite(root, SWT.NONE);
        page.setLayout(new GridLayout(4, false));
        name = text(page, "&Name:", WizardIds.TASK_NAME, "", 3);
        new Label(page, SWT.NONE).setText("&Subset:");
        subset = WizardIds.tag(new Combo(page, SWT.DROP_DOWN), WizardIds.TASK_SUBSET);
        subset.setItems("", "Train", "Test", "Validation");
        subset.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

        Group media = new Group(page, SWT.NONE);
        media.setText("Images");
        media.setLayout(new GridLayout(5, false));
        media.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        sourceList = WizardIds.tag(new org.eclipse.swt.widgets.List(media, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL),
                WizardIds.TASK_SOURCES);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1);
        listData.heightHint = 90;
        sourceList.setLayoutData(listData);
        Button files = button(media, "Add &files…", WizardIds.TASK_ADD_FILES);
        Button folder = button(media, "Add f&older…", WizardIds.TASK_ADD_FOLDER);
        Button archive = button(media, "Add &archive…", WizardIds.TASK_ADD_ARCHIVE);
        Button remove = button(media, "&Remove", WizardIds.TASK_REMOVE_SOURCE);
        found = WizardIds.tag(new Label(media, SWT.NONE), WizardIds.TASK_FOUND);
        found.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        path = WizardIds.tag(new Text(media, SWT.BORDER), WizardIds.TASK_PATH);
        path.setMessage("or paste a file, folder or .zip path");
        path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        Button addPath = button(media, "A&dd", WizardIds.TASK_ADD_PATH);

        new Label(page, SWT.NONE).setText("S&orting:");
        sorting = WizardIds.tag(new Combo(page, SWT.READ_ONLY), WizardIds.TASK_SORTING);
        sorting.setItems("Lexicographical (1, 10, 2)", "Natural (1, 2, 10)", "Predefined (as added)", "Random");
        sorting.select(0);
        seed = text(page, "Seed:", WizardIds.TASK_SEED, Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000)), 1);
        start = text(page, "S&tart frame:", WizardIds.TASK_START, "0", 1);
        stop = text(page, "Sto&p frame:", WizardIds.TASK_STOP, "", 1);
        stop.setMessage("last");
        step = text(page, "Frame st&ep:", WizardIds.TASK_STEP, "1", 3);
        segment = text(page, "Se&gment size:", WizardIds.TASK_SEGMENT, "0", 1);
        segment.setToolTipText("Frames per job; 0 makes one job of the whole task");
        overlap = text(page, "O&verlap:", WizardIds.TASK_OVERLAP, "0", 1);
        overlap.setToolTipText("Frames consecutive jobs share, so tracks continue across jobs");
        preview = WizardIds.tag(new Label(page, SWT.WRAP), WizardIds.TASK_PREVIEW);
        GridData previewData = new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1);
        previewData.widthHint = 480; // wraps long reasons instead of widening the dialog
        preview.setLayoutData(previewData);

        files.addListener(SWT.Selection, e -> chooseFiles(false));
        archive.addListener(SWT.Selection, e -> chooseFiles(true));
        folder.addListener(SWT.Selection, e -> {
            String chosen = new DirectoryDialog(getShell()).open();
            if (chosen != null) {
                add(Path.of(chosen));
            }
        });
        addPath.addListener(SWT.Selection, e -> {
            try {
                if (!path.getText().isBlank()) {
                    add(Path.of(path.getText().strip()));
                    path.setText("");
                }
            } catch (InvalidPathException ex) {
                scanError = "'" + path.getText() + "' is not a valid path: " + ex.getReason();
                update();
            }
        });
        remove.addListener(SWT.Selection, e -> {
            int[] chosen = sourceList.getSelectionIndices();
            List<Path> keys = new ArrayList<>(sources.keySet());
            for (int i = chosen.length - 1; i >= 0; i--) {
                sources.remove(keys.get(chosen[i]));
            }
            sourceList.remove(chosen);
            scanError = null;
            update();
        });
        for (Text field : List.of(name, seed, start, stop, step, segment, overlap)) {
            field.addListener(SWT.Modify, e -> update());
        }
        subset.addListener(SWT.Modify, e -> update());
        sorting.addListener(SWT.Selection, e -> update());
        setControl(page);
        update();
        name.setFocus();
    }

    private Text text(Composite parent, String label, String id, String initial, int span) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = WizardIds.tag(new Text(parent, SWT.BORDER), id);
        text.setText(initial);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        return text;
    }

    private static Button button(Composite parent, String text, String id) {
        Button button = WizardIds.tag(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        return button;
    }

    /** One pattern per video extension the task API takes, in both cases (GTK's filter is case-sensitive). */
    private static final String VIDEO_FILTER = String.join(";", MediaSources.VIDEO_EXTENSIONS.stream().sorted()
            .flatMap(e -> java.util.stream.Stream.of("*." + e, "*." + e.toUpperCase(java.util.Locale.ROOT))).toList());

    private void chooseFiles(boolean archives) {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setFilterExtensions(archives ? new String[] { "*.zip" }
                : new String[] { "*.jpg;*.jpeg;*.png;*.bmp;*.tif;*.tiff;*.webp;*.JPG;*.JPEG;*.PNG", VIDEO_FILTER, "*" });
        if (dialog.open() != null) {
            for (String file : dialog.getFileNames()) {
                add(Path.of(dialog.getFilterPath(), file));
            }
        }
    }

    /** Scans a source in the background and lists it when its images are known. */
    void add(Path source) {
        if (sources.containsKey(source)) {
            return;
        }
        scanError = null;
        Job scan = new Job("Finding the images in " + source) {
            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                try {
                    List<MediaSource> images = MediaSources.scan(source);
                    asyncOnPage(() -> {
                        sources.put(source, images);
                        String unit = MediaSources.isVideo(source) ? " frame" : " image";
                        sourceList.add(source + "  (" + images.size() + unit + (images.size() == 1 ? ")" : "s)"));
                    });
                } catch (IOException | RuntimeException e) {
                    asyncOnPage(() -> scanError = e.getMessage());
                }
                asyncOnPage(() -> scans.remove(this));
                return Status.OK_STATUS;
            }
        };
        scan.setSystem(true);
        scans.add(scan);
        update();
        scan.schedule();
    }

    private void asyncOnPage(Runnable action) {
        if (!sourceList.isDisposed()) {
            sourceList.getDisplay().asyncExec(() -> {
                if (!sourceList.isDisposed()) {
                    action.run();
                    update();
                }
            });
        }
    }

    void cancelScans() {
        scans.forEach(Job::cancel);
    }

    String taskName() {
        return name.getText().strip();
    }

    String subset() {
        return subset.getText().strip();
    }

    /** The plan as the form stands; call only when the page is complete. */
    TaskPlan plan() {
        List<MediaSource> all = new ArrayList<>();
        sources.values().forEach(all::addAll);
        String stopText = stop.getText().strip();
        return TaskPlan.of(all).withSorting(SORTINGS.get(Math.max(0, sorting.getSelectionIndex())), number(seed, "seed"))
                .withFrames((int) number(start, "start frame"), stopText.isEmpty() ? -1 : (int) number(stop, "stop frame"),
                        (int) number(step, "frame step"))
                .withSegments((int) number(segment, "segment size"), (int) number(overlap, "overlap"));
    }

    private static long number(Text field, String what) {
        try {
            return Long.parseLong(field.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + what + " must be a whole number, not '" + field.getText() + "'");
        }
    }

    private void update() {
        seed.setEnabled(sorting.getSelectionIndex() == SORTINGS.indexOf(SortingMethod.RANDOM));
        int images = sources.values().stream().mapToInt(List::size).sum();
        String unit = sources.keySet().stream().anyMatch(MediaSources::isVideo) ? " frame" : " image";
        found.setText(scans.isEmpty() ? images + unit + (images == 1 ? "" : "s") : "Finding images…");
        String problem = null;
        try {
            TaskPlan plan = plan();
            plan.validate();
            preview.setText(plan.preview());
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
            preview.setText(images == 0 ? "" : e.getMessage());
        }
        if (scanError != null) {
            problem = scanError;
        } else if (problem == null && taskName().isEmpty()) {
            problem = "Name the task";
        }
        boolean untouched = taskName().isEmpty() && sources.isEmpty() && scans.isEmpty();
        setErrorMessage(untouched || !scans.isEmpty() ? null : problem);
        setMessage(untouched ? "Name the task and add its images" : null);
        setPageComplete(problem == null && scans.isEmpty());
    }
}
