package io.annolab.ui.editor.parts;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

import io.annolab.core.api.store.ProjectSession;
import io.annolab.model.Job;
import io.annolab.ui.editor.actions.EditorController;
import io.annolab.ui.editor.actions.EditorSettings;
import io.annolab.ui.editor.actions.JobEditorContext;
import io.annolab.ui.editor.canvas.AnnotationCanvas;
import io.annolab.ui.editor.canvas.FrameImages;
import io.annolab.ui.editor.session.EditorListener;
import io.annolab.ui.editor.session.EditorSession;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The annotation editor of one job: drawing controls, the canvas and the frame bar. The job
 * comes in the part's transient data ({@link #JOB_KEY}); the project session from the context.
 * While the part is active its {@link EditorController} is in the application context, where the
 * key bindings' handler and the objects and labels views find it.
 */
public class JobEditorPart {

    public static final String DESCRIPTOR_ID = "io.annolab.ui.editor.partdescriptor.job";
    public static final String JOB_KEY = "annolab.job";

    @Inject
    private MPart part;
    @Inject
    private MApplication application;
    @Inject
    private EContextService contexts;
    @Inject
    private ProjectSession project;

    private EditorSession session;
    private AnnotationCanvas canvas;
    private EditorController controller;
    private FrameBar frameBar;
    private Autosave autosave;

    @PostConstruct
    public void create(Composite parent, IEclipseContext context) {
        Job job = (Job) part.getTransientData().get(JOB_KEY);
        session = new EditorSession(project, job);
        parent.setLayout(new GridLayout());
        ((GridLayout) parent.getLayout()).marginWidth = 0;
        ((GridLayout) parent.getLayout()).marginHeight = 0;
        ((GridLayout) parent.getLayout()).verticalSpacing = 0;

        Composite top = new Composite(parent, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        top.setLayout(new GridLayout());
        canvas = new AnnotationCanvas(parent, session, EditorSettings.fromPreferences(), FrameImages.forDisplay(parent.getDisplay()));
        EditorIds.tag(canvas, EditorIds.CANVAS);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        EditorToolbar toolbar = new EditorToolbar(top, session, canvas);
        controller = new EditorController(session, canvas, this::save, toolbar::repeat, () -> frameBar.focusFrameInput());
        frameBar = new FrameBar(parent, session, canvas, controller::run);
        canvas.setStatusConsumer(frameBar::status);
        ObjectMenu.install(canvas, controller);
        controller.setShortcutsView(() -> new io.annolab.ui.editor.actions.KeymapDialogHandler().execute(canvas.getShell(), application));
        controller.setPlayback(frameBar::togglePlayback);
        session.addListener(new EditorListener() {
            @Override
            public void annotationsChanged() {
                part.setDirty(session.isDirty());
            }

            @Override
            public void saved() {
                part.setDirty(session.isDirty());
            }
        });
        canvas.addListener(SWT.FocusIn, e -> toolbar.showDefaultLabel());
        autosave = new Autosave(parent.getDisplay(), session, this::save);
        part.setLabel(title());
        part.setTooltip(session.task().getName() + ", job " + job.getId() + " (frames " + job.getStartFrame() + "–" + job.getStopFrame() + ")");
        context.set(EditorController.class, controller);
        contexts.activateContext(JobEditorContext.ID);
        application.getContext().set(EditorController.class, controller);
        freeKeysWhileTyping(parent);
    }

    /**
     * The editor's single keys (F, D, Enter…) would eat what the user types into the frame box
     * or a spinner of the editor: while such a field has the focus, the editor's key context is
     * off, so typing and Enter reach the field.
     */
    private void freeKeysWhileTyping(Composite parent) {
        boolean[] off = { false }; // context activations are counted: switch it off once and back once
        org.eclipse.swt.widgets.Listener focus = event -> {
            if (parent.isDisposed() || !(event.widget instanceof org.eclipse.swt.widgets.Control control) || !isInside(control, parent)) {
                return;
            }
            boolean typing = event.type == SWT.FocusIn
                    && (control instanceof org.eclipse.swt.widgets.Text || control instanceof org.eclipse.swt.widgets.Spinner);
            if (typing && !off[0]) {
                contexts.deactivateContext(JobEditorContext.ID);
                off[0] = true;
            } else if (!typing && off[0]) {
                contexts.activateContext(JobEditorContext.ID);
                off[0] = false;
            }
        };
        parent.getDisplay().addFilter(SWT.FocusIn, focus);
        parent.getDisplay().addFilter(SWT.FocusOut, focus);
        parent.addDisposeListener(e -> {
            e.display.removeFilter(SWT.FocusIn, focus);
            e.display.removeFilter(SWT.FocusOut, focus);
        });
    }

    private static boolean isInside(org.eclipse.swt.widgets.Control control, Composite parent) {
        for (org.eclipse.swt.widgets.Control c = control; c != null; c = c.getParent()) {
            if (c == parent) {
                return true;
            }
        }
        return false;
    }

    private String title() {
        return "Job " + session.job().getId() + " · " + session.task().getName();
    }

    @Focus
    public void focus() {
        application.getContext().set(EditorController.class, controller);
        canvas.setFocus();
    }

    /** Ctrl+S and the workbench's save: writes the job atomically; a failure is shown, never lost. */
    @Persist
    public void save() {
        try {
            var written = session.save();
            frameBar.status(written.isEmpty() ? "Nothing to save" : "Saved " + describe(written));
        } catch (IOException e) {
            frameBar.status("Could not save: " + e.getMessage());
            org.eclipse.jface.dialogs.MessageDialog.openError(canvas.getShell(), "Could not save the job",
                    e.getMessage() + "\n\nYour changes are still open here. Free disk space or fix the folder's permissions, then save again.");
        }
        part.setDirty(session.isDirty());
    }

    private String describe(java.util.List<Path> written) {
        return written.size() == 1 ? written.get(0).getFileName().toString() : written.size() + " files";
    }

    public EditorSession session() {
        return session;
    }

    public AnnotationCanvas canvas() {
        return canvas;
    }

    public EditorController controller() {
        return controller;
    }

    @PreDestroy
    public void dispose() {
        autosave.stop();
        if (application.getContext().get(EditorController.class) == controller) {
            application.getContext().remove(EditorController.class);
        }
    }
}
