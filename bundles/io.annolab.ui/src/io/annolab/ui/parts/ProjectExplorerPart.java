package io.annolab.ui.parts;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.annolab.ui.WidgetIds;
import io.annolab.ui.explorer.ColorSwatches;
import io.annolab.ui.explorer.ExplorerIcons;
import io.annolab.ui.explorer.ExplorerRoot;
import io.annolab.ui.explorer.ProjectTreeContentProvider;
import io.annolab.ui.explorer.ProjectTreeLabelProvider;
import io.annolab.ui.project.JobEditors;
import io.annolab.ui.project.OpenProject;
import io.annolab.ui.project.ProjectFolderArgument;
import io.annolab.ui.project.ProjectLoader;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The "Projects" part: the open project's labels, tasks and jobs. The project folder comes
 * from {@code -project <folder>}; it is read by a background job so a big or slow folder never
 * freezes the window, and a missing or broken one shows a message instead of failing the part.
 */
public class ProjectExplorerPart {

    @Inject
    private UISynchronize ui;

    @Inject
    private MApplication application;

    @Inject
    private EPartService parts;

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional // absent when the part runs outside E4Application
    private IApplicationContext applicationContext;

    private Composite pages;
    private StackLayout pageLayout;
    private Composite messagePage;
    private Label message;
    private TreeViewer viewer;
    private ColorSwatches swatches;
    private ExplorerIcons icons;
    private ProjectTreeLabelProvider labels;
    private OpenProject open;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout());
        pages = new Composite(parent, SWT.NONE);
        pages.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        pageLayout = new StackLayout();
        pages.setLayout(pageLayout);

        messagePage = new Composite(pages, SWT.NONE);
        GridLayout messageLayout = new GridLayout();
        messageLayout.marginWidth = 16;
        messageLayout.marginHeight = 16;
        messagePage.setLayout(messageLayout);
        message = WidgetIds.tag(new Label(messagePage, SWT.WRAP), WidgetIds.EXPLORER_MESSAGE);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        swatches = new ColorSwatches(parent.getDisplay());
        icons = new ExplorerIcons(parent.getDisplay());
        viewer = new TreeViewer(pages, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(viewer.getTree(), WidgetIds.EXPLORER_TREE);
        viewer.setContentProvider(new ProjectTreeContentProvider());
        labels = new ProjectTreeLabelProvider(swatches, icons);
        viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(labels));
        viewer.setAutoExpandLevel(3); // project, Labels and Tasks open; jobs and skeleton points on demand
        viewer.addOpenListener(event -> openOrToggle(event.getSelection())); // double-click or Enter

        Optional<Path> folder = ProjectFolderArgument.find(programArguments());
        if (folder.isPresent()) {
            load(folder.get());
        } else {
            showMessage("No project is open.\n\nStart Annolab with -project <folder> to open one.");
        }
    }

    /** A task was imported (or the project otherwise gained content): show it. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    public void projectChanged(@org.eclipse.e4.ui.di.UIEventTopic(io.annolab.ui.handlers.ProjectEvents.CHANGED) Object what) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh();
        }
    }

    /** A new project was created: open it here. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    public void openProject(@org.eclipse.e4.ui.di.UIEventTopic(io.annolab.ui.handlers.ProjectEvents.OPEN) Path folder) {
        if (pages != null && !pages.isDisposed()) {
            load(folder);
        }
    }

    @PreDestroy
    public void dispose() {
        closeProject();
        swatches.dispose();
        icons.dispose();
    }

    private void load(Path folder) {
        showMessage("Opening " + folder + " \u2026");
        Job job = Job.create("Opening project " + folder, monitor -> {
            try {
                OpenProject loaded = ProjectLoader.open(folder);
                ui.asyncExec(() -> show(loaded));
            } catch (Exception | LinkageError e) {
                ui.asyncExec(() -> showMessage("Could not open the project in " + folder + "\n\n" + describe(e)));
            }
        });
        job.setSystem(false);
        job.schedule();
    }

    private void show(OpenProject loaded) {
        if (pages.isDisposed()) {
            closeQuietly(loaded);
            return;
        }
        closeProject();
        open = loaded;
        // The editors of this project's jobs find its session here.
        application.getContext().set(io.annolab.core.api.store.ProjectSession.class, loaded.session());
        labels.setUnavailableJobs(loaded.unavailableJobs());
        viewer.setInput(new ExplorerRoot(loaded.project()));
        pageLayout.topControl = viewer.getTree();
        pages.layout();
    }

    private void showJobProblem(io.annolab.model.Job job) {
        org.eclipse.jface.dialogs.MessageDialog.openWarning(viewer.getControl().getShell(), "Job " + job.getId() + " cannot be opened",
                open.unavailableJobs().get(job));
    }

    private void showMessage(String text) {
        if (pages.isDisposed()) {
            return;
        }
        message.setText(text);
        pageLayout.topControl = messagePage;
        pages.layout();
    }

    /** Double click opens a job in the annotation editor, and expands or collapses anything else. */
    private void openOrToggle(org.eclipse.jface.viewers.ISelection selection) {
        Object element = ((IStructuredSelection) selection).getFirstElement();
        if (element instanceof io.annolab.model.Job job && open != null) {
            if (open.unavailableJobs().containsKey(job)) {
                showJobProblem(job);
            } else {
                JobEditors.open(parts, job);
            }
        } else if (element != null) {
            viewer.setExpandedState(element, !viewer.getExpandedState(element));
        }
    }

    /** Arguments as the application got them; Platform's copy when the context has none. */
    private String[] programArguments() {
        if (applicationContext != null && applicationContext.getArguments().get(IApplicationContext.APPLICATION_ARGS) instanceof String[] args) {
            return args;
        }
        return Platform.getApplicationArgs();
    }

    private void closeProject() {
        if (open != null) {
            application.getContext().remove(io.annolab.core.api.store.ProjectSession.class);
            closeQuietly(open);
            open = null;
        }
    }

    private static void closeQuietly(OpenProject project) {
        try {
            project.close();
        } catch (Exception e) {
            Platform.getLog(ProjectExplorerPart.class).warn("Closing project " + project.folder() + " failed", e);
        }
    }

    /** The store's messages name file, problem and remedy already; only plain I/O errors need wording. */
    private static String describe(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException missing && missing.getReason() != null) {
            return "The " + missing.getReason() + ".";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "It is a file, not a folder.";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
