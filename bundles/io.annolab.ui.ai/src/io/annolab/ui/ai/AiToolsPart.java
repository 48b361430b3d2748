package io.annolab.ui.ai;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import io.annolab.core.api.launch.LoadedModel;
import io.annolab.inference.api.Embedding;
import io.annolab.inference.api.EmbeddingCache;
import io.annolab.inference.api.InteractiveSegmenter;
import io.annolab.inference.api.Models;
import io.annolab.media.api.DecodedImage;
import io.annolab.media.cv.api.TrackerKind;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Track;
import io.annolab.ui.canvas.api.ShapeTools;
import io.annolab.ui.editor.actions.EditorController;
import io.annolab.ui.editor.parts.ControllerView;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The AI tools view beside Objects (CVAT's AI tools and OpenCV panels): a model chosen by its
 * descriptor, then detect on this frame, annotate the whole job, the interactor (SAM-style:
 * clicks to a mask), and OpenCV trackers that follow the selected box. Models load and run off
 * the UI thread; long runs are workbench jobs with progress and cancel.
 */
public class AiToolsPart extends ControllerView {

    static final String MODEL_CHOICE = "ai.model";
    static final String DETECT = "ai.detect";
    static final String ANNOTATE_JOB = "ai.annotateJob";
    static final String ANNOTATE_TASK = "ai.annotateTask";

    /** What a detector run covers. */
    private enum Scope {
        FRAME, JOB, TASK
    }

    @Inject
    @Optional
    private org.eclipse.e4.ui.workbench.modeling.EPartService parts;
    static final String INTERACT = "ai.interact";
    static final String TRACK = "ai.track";
    static final String STATUS = "ai.status";
    static final String SCISSORS = "ai.scissors";
    static final String EQUALIZE = "ai.equalize";

    /** Loading and running models: one thread, so a session is never used by two prompts at once. */
    private final ExecutorService modelThread = Executors.newSingleThreadExecutor(daemon("Annolab model"));
    /** Encodes the next frames for the interactor while the annotator works on this one. */
    private final ExecutorService prefetchThread = Executors.newSingleThreadExecutor(daemon("Annolab embedding prefetch"));
    private final Map<Path, CompletableFuture<LoadedModel>> models = new HashMap<>();
    private final Map<Path, EmbeddingCache<String>> embeddings = new HashMap<>();
    private FramePixels pixels;
    private io.annolab.ui.editor.session.EditorSession pixelsSession;
    private final List<Path> descriptors = new ArrayList<>();
    /** The label matching chosen per model, reused by later runs. */
    private final Map<Path, Map<String, io.annolab.model.Label>> mappings = new HashMap<>();

    private Combo modelChoice;
    private Spinner threshold;
    private Button masksAsPolygons;
    private Button cleanOld;
    private Button polygonResult;
    private Spinner polygonPoints;
    private Combo trackerKind;
    private Spinner trackFrames;
    private Label status;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout());
        Group model = group(parent, "Model", 3);
        model.setToolTipText("Models are JSON descriptors (family, model file, input, labels, thresholds); see the README's Models section");
        modelChoice = tag(new Combo(model, SWT.READ_ONLY), MODEL_CHOICE);
        modelChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        modelChoice.setToolTipText("Model descriptors found in -Dannolab.models, the project's models folder and ~/.annolab/models");
        button(model, "Browse\u2026", "Choose a model descriptor file (.json)", this::browse);
        button(model, "Refresh", "Look for descriptors again", this::refreshModels);
        new Label(model, SWT.NONE).setText("Score threshold %");
        threshold = new Spinner(model, SWT.BORDER);
        threshold.setValues(50, 0, 100, 0, 5, 10);
        threshold.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));

        Group detector = group(parent, "Detector", 1);
        masksAsPolygons = check(detector, "Masks as polygons", "Segmentation masks become polygons");
        cleanOld = check(detector, "Clean old annotations", "Remove what the frames had before adding what the model finds");
        tag(button(detector, "Detect on this frame", "Run the model on the current frame", () -> detect(Scope.FRAME)), DETECT);
        tag(button(detector, "Annotate the whole job", "Run the model on every frame of the job, as a job you can cancel", () -> detect(Scope.JOB)),
                ANNOTATE_JOB);
        tag(button(detector, "Annotate the whole task", "Run the model on every frame of the task; each job gets its frames' objects",
                () -> detect(Scope.TASK)), ANNOTATE_TASK);

        Group interactor = group(parent, "Interactor (SAM)", 3);
        polygonResult = check(interactor, "Polygon", "Keep the result as a polygon (else a mask)");
        new Label(interactor, SWT.NONE).setText("points");
        polygonPoints = new Spinner(interactor, SWT.BORDER);
        polygonPoints.setValues(30, 3, 300, 0, 1, 10);
        polygonPoints.setToolTipText("About how many points the polygon keeps");
        Button interact = tag(button(interactor, "Start: click the object", "Click the object (Shift+click: not the object) or drag a box; N keeps it",
                this::interact), INTERACT);
        ((GridData) interact.getLayoutData()).horizontalSpan = 3;

        Group tracker = group(parent, "OpenCV tracker", 2);
        trackerKind = new Combo(tracker, SWT.READ_ONLY);
        for (TrackerKind kind : TrackerKind.values()) {
            trackerKind.add(kind.name());
        }
        trackerKind.select(TrackerKind.CSRT.ordinal());
        trackerKind.setToolTipText("MIL, KCF (fast) or CSRT (accurate)");
        trackFrames = new Spinner(tracker, SWT.BORDER);
        trackFrames.setValues(20, 1, 10_000, 0, 1, 10);
        trackFrames.setToolTipText("How many frames to follow the object");
        Button follow = tag(button(tracker, "Track the selected box", "Follow the selected box track through the next frames, adding keyframes",
                this::track), TRACK);
        ((GridData) follow.getLayoutData()).horizontalSpan = 2;

        Group opencv = group(parent, "OpenCV", 1);
        tag(button(opencv, "Intelligent scissors", "Draw a polygon whose outline follows the edges between your clicks; N closes it",
                this::scissors), SCISSORS);
        Button equalize = tag(check(opencv, "Equalize histogram", "Spread the displayed frame's brightness over the whole range (display only)"),
                EQUALIZE);
        equalize.addListener(SWT.Selection, e -> {
            if (controller != null) {
                controller.canvas().settings().equalize = equalize.getSelection();
                controller.canvas().settingsChanged();
            }
        });

        status = tag(new Label(parent, SWT.WRAP), STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        refreshModels();
        created();
    }

    @Inject
    @Optional
    public void setController(@Optional EditorController next) {
        injected(next);
    }

    @Override
    protected void refresh() {
        // the tools act on the active editor when used; nothing here shows the frame's objects
    }

    private void refreshModels() {
        Path chosen = selectedDescriptor();
        descriptors.clear();
        descriptors.addAll(ModelFolders.descriptors(controller == null ? null : controller.session().projectFolder()));
        if (chosen != null && !descriptors.contains(chosen)) {
            descriptors.add(chosen);
        }
        modelChoice.removeAll();
        for (Path descriptor : descriptors) {
            modelChoice.add(descriptor.getFileName().toString());
        }
        if (!descriptors.isEmpty()) {
            modelChoice.select(Math.max(0, descriptors.indexOf(chosen)));
        }
        show(descriptors.isEmpty() ? "No model descriptors found in " + ModelFolders.folders(null) + ". Browse to one, or run releng/scripts/fetch-models.sh." : "");
    }

    private void browse() {
        FileDialog dialog = new FileDialog(modelChoice.getShell(), SWT.OPEN);
        dialog.setText("Choose a model descriptor");
        dialog.setFilterExtensions(new String[] { "*.json", "*" });
        String file = dialog.open();
        if (file != null) {
            Path path = Path.of(file).toAbsolutePath().normalize();
            if (!descriptors.contains(path)) {
                descriptors.add(path);
                modelChoice.add(path.getFileName().toString());
            }
            modelChoice.select(descriptors.indexOf(path));
        }
    }

    private Path selectedDescriptor() {
        int index = modelChoice == null ? -1 : modelChoice.getSelectionIndex();
        return index < 0 || index >= descriptors.size() ? null : descriptors.get(index);
    }

    /** The chosen model, loaded once on the model thread. */
    private CompletableFuture<LoadedModel> model() {
        Path descriptor = selectedDescriptor();
        if (descriptor == null) {
            return CompletableFuture.failedFuture(new IOException("Choose a model first (Browse\u2026 to its descriptor)"));
        }
        return models.computeIfAbsent(descriptor, d -> CompletableFuture.supplyAsync(() -> {
            try {
                return Models.load(d);
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, modelThread));
    }

    private void detect(Scope scope) {
        if (noEditor()) {
            return;
        }
        var session = controller.session();
        List<Integer> frames = switch (scope) {
            case FRAME -> List.of(session.frame());
            case JOB -> session.frames();
            case TASK -> TaskResults.frames(session.task());
        };
        float score = threshold.getSelection() / 100f;
        boolean polygons = masksAsPolygons.getSelection();
        boolean clean = cleanOld.getSelection();
        Path descriptor = selectedDescriptor();
        show("Loading the model\u2026");
        var display = status.getDisplay();
        model().whenComplete((loaded, failure) -> display.asyncExec(() -> {
            if (failure != null) {
                show("Cannot load the model: " + rootMessage(failure));
                return;
            }
            // a run over many frames asks for the label matching first (CVAT's automatic annotation); a single frame reuses it
            Map<String, io.annolab.model.Label> mapping = mappings.computeIfAbsent(descriptor,
                    d -> LabelMappingDialog.byName(loaded.labels(), session.labels()));
            if (scope != Scope.FRAME) {
                mapping = new LabelMappingDialog(status.getShell(), descriptor.getFileName().toString(), loaded.labels(), session.labels(), mapping)
                        .ask();
                if (mapping == null) {
                    show("Automatic annotation cancelled");
                    return;
                }
                mappings.put(descriptor, mapping);
            }
            show(scope == Scope.FRAME ? "Detecting\u2026" : "Annotating " + frames.size() + " frames (see the progress view; cancel there)");
            FoundShapes found = new FoundShapes(mapping, score, polygons);
            DetectionRun run = scope == Scope.TASK
                    ? new DetectionRun(display, session, loaded, frames, found, clean, this::show,
                            new TaskResults(session.task(), session.projectSession(), parts)::apply)
                    : new DetectionRun(display, session, loaded, frames, found, clean, this::show);
            run.schedule();
        }));
    }

    private void interact() {
        if (noEditor()) {
            return;
        }
        var session = controller.session();
        var canvas = controller.canvas();
        var display = status.getDisplay();
        int frame = session.frame();
        Path descriptor = selectedDescriptor();
        show("Loading the model and computing this frame's embedding\u2026");
        CompletableFuture<InteractiveSegmenter> loading = model().thenApply(loaded -> {
            if (!(loaded instanceof InteractiveSegmenter segmenter)) {
                throw new java.util.concurrent.CompletionException(new IOException("The chosen model is not an interactive segmenter;"
                        + " choose a SAM-style model (family \"sam\")"));
            }
            return segmenter;
        });
        CompletableFuture<Embedding> embedding = loading.thenApplyAsync(segmenter -> encode(descriptor, segmenter, session, frame), modelThread);
        // the first decodes run cold (JIT, ONNX Runtime's first runs): spend them before the annotator's first click
        CompletableFuture<Embedding> warm = embedding.thenCombineAsync(loading, (ready, segmenter) -> {
            warmUp(segmenter, ready);
            return ready;
        }, modelThread);
        loading.thenAccept(segmenter -> {
            embedding.thenRunAsync(() -> prefetchEmbeddings(descriptor, segmenter, session, frame), prefetchThread);
            display.asyncExec(() -> {
                if (canvas.isDisposed() || session.frame() != frame) {
                    return;
                }
                var drawing = new InteractorDrawing(segmenter, embedding, modelThread, display, canvas::redraw, this::show,
                        polygonResult.getSelection(), polygonPoints.getSelection());
                var resultTool = ShapeTools.forType(polygonResult.getSelection() ? ShapeType.POLYGON : ShapeType.MASK).orElse(null);
                canvas.startDrawing(drawing, resultTool, session.defaultLabel());
                canvas.setFocus();
                show(drawing.hint());
            });
        });
        warm.whenComplete((ready, failure) -> display.asyncExec(() -> show(failure != null ? "Cannot start the interactor: " + rootMessage(failure)
                : "Embedding ready: click the object (Shift+click: not the object), N keeps it")));
    }

    /** Runs on the model thread only, so this needs no lock. */
    private final java.util.Set<InteractiveSegmenter> warmed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** A few throw-away prompts, once per model, so the first real click is as fast as the later ones. */
    private void warmUp(InteractiveSegmenter segmenter, Embedding embedding) {
        if (!warmed.add(segmenter)) {
            return;
        }
        for (int i = 0; i < 4; i++) {
            try {
                segmenter.decode(embedding, new float[] { embedding.imageWidth() / 2f + i, embedding.imageHeight() / 2f },
                        new int[] { InteractiveSegmenter.FOREGROUND }, null);
            } catch (IOException | RuntimeException e) {
                return; // the real click will report it
            }
        }
    }

    private Embedding encode(Path descriptor, InteractiveSegmenter segmenter, io.annolab.ui.editor.session.EditorSession session, int frame) {
        EmbeddingCache<String> cache;
        synchronized (embeddings) {
            cache = embeddings.computeIfAbsent(descriptor, d -> new EmbeddingCache<>(8));
        }
        // keyed by the picture, not the frame number: frame 3 of another task is another picture
        var media = session.media(frame);
        String picture = session.mediaFile(media) + "#" + media.getFrame();
        try {
            return cache.get(picture, key -> {
                DecodedImage image = pixels(session).frame(frame);
                return segmenter.encode(image.bgr(), image.width(), image.height());
            });
        } catch (IOException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }

    /**
     * The frames of the open job for the interactor and the scissors, one reader kept for the
     * job (a video is indexed once, not on every click); replaced when another job is in front.
     */
    private synchronized FramePixels pixels(io.annolab.ui.editor.session.EditorSession session) {
        if (pixelsSession != session) {
            if (pixels != null) {
                pixels.close();
            }
            pixels = new FramePixels(session);
            pixelsSession = session;
        }
        return pixels;
    }

    /** The next two frames' embeddings, so the interactor is ready at once after F. */
    private void prefetchEmbeddings(Path descriptor, InteractiveSegmenter segmenter, io.annolab.ui.editor.session.EditorSession session, int frame) {
        List<Integer> frames = session.frames();
        int index = frames.indexOf(frame);
        for (int next = index + 1; next <= index + 2 && next < frames.size(); next++) {
            try {
                encode(descriptor, segmenter, session, frames.get(next));
            } catch (RuntimeException e) {
                return; // a frame that cannot be encoded now will say why when the user gets there
            }
        }
    }

    private void scissors() {
        if (noEditor()) {
            return;
        }
        var session = controller.session();
        var canvas = controller.canvas();
        var display = status.getDisplay();
        int frame = session.frame();
        CompletableFuture.supplyAsync(() -> {
            try {
                return pixels(session).frame(frame);
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, modelThread).whenComplete((image, failure) -> display.asyncExec(() -> {
            if (failure != null) {
                show("Cannot start the scissors: " + rootMessage(failure));
                return;
            }
            if (canvas.isDisposed() || session.frame() != frame) {
                return;
            }
            ScissorsDrawing drawing = new ScissorsDrawing(image, this::show);
            canvas.startDrawing(drawing, ShapeTools.forType(ShapeType.POLYGON).orElse(null), session.defaultLabel());
            canvas.setFocus();
            show(drawing.hint());
        }));
    }

    private void track() {
        if (noEditor()) {
            return;
        }
        var session = controller.session();
        Track selected = session.trackOf(session.primarySelection());
        if (selected == null || selected.getType() != ShapeType.RECTANGLE) {
            show("Select a box track first (draw a rectangle with Track on); trackers follow boxes");
            return;
        }
        Shape shown = (Shape) session.primarySelection();
        List<Integer> frames = session.frames();
        int index = frames.indexOf(session.frame());
        List<Integer> run = frames.subList(index, Math.min(frames.size(), index + 1 + trackFrames.getSelection()));
        if (run.size() < 2) {
            show("This is the job's last frame: nothing to track");
            return;
        }
        TrackerKind kind = TrackerKind.valueOf(trackerKind.getText());
        float[] box = shown.getPoints().toArray();
        new TrackingRun(status.getDisplay(), session, selected, box, run, kind, this::show).schedule();
        show("Tracking with " + kind + " over " + (run.size() - 1) + " frames\u2026");
    }

    /** True (and says so) when no job editor is open for the tools to work in. */
    private boolean noEditor() {
        if (controller == null) {
            show("Open a job first");
        }
        return controller == null;
    }

    private void show(String text) {
        if (status != null && !status.isDisposed()) {
            status.setText(text);
            status.getParent().layout(true, true);
        }
        if (controller != null && !text.isEmpty()) {
            controller.canvas().status(text);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && (cause instanceof java.util.concurrent.CompletionException || cause.getMessage() == null)) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    @PreDestroy
    public void dispose() {
        modelThread.submit(() -> models.values().forEach(future -> future.thenAccept(LoadedModel::close)));
        modelThread.submit(() -> {
            synchronized (this) {
                if (pixels != null) {
                    pixels.close();
                }
            }
        });
        modelThread.shutdown();
        prefetchThread.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static Group group(Composite parent, String title, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(columns, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return group;
    }

    private static Button button(Composite parent, String text, String tip, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private static Button check(Composite parent, String text, String tip) {
        Button check = new Button(parent, SWT.CHECK);
        check.setText(text);
        check.setToolTipText(tip);
        return check;
    }

    private static <T extends org.eclipse.swt.widgets.Widget> T tag(T widget, String id) {
        widget.setData("annolab.id", id);
        return widget;
    }
}
