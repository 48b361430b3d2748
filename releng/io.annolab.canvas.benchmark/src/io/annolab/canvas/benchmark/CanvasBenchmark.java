package io.annolab.canvas.benchmark;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imwrite;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_CUBIC;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.IntConsumer;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.store.ProjectSession;
import io.annolab.core.api.store.ProjectStore;
import io.annolab.model.Job;
import io.annolab.model.Label;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;
import io.annolab.model.Project;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Task;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.ViewTransform;
import io.annolab.ui.editor.canvas.AnnotationCanvas;
import io.annolab.ui.editor.canvas.CanvasSettings;
import io.annolab.ui.editor.canvas.FrameImages;
import io.annolab.ui.editor.session.EditorSession;

/**
 * The canvas benchmark of issue 4: 10,000 polygons of 20 vertices on a 10,000 × 10,000 image in
 * the real editor canvas (tile pyramid, spatial index, the polygon tool), in a 1280 × 800 shell
 * under Xvfb. It reports the median and worst redraw for pans and zooms at the fitted view (all
 * polygons visible) and at 100 %, full redraws (after an edit), and the time to select one shape
 * and drag it. A redraw runs from the change to the end of the paint it causes, so it includes
 * GTK's wait for its next frame (about 60 per second); "in paint" is the drawing alone. Figures go to
 * stdout and target/canvas-benchmark.txt; nothing is asserted about time.
 */
class CanvasBenchmark {

    private static final int IMAGE_SIDE = 10_000;
    private static final int POLYGONS = 10_000;
    private static final int VERTICES = 20;
    private static final int SAMPLES = 120;

    @TempDir
    Path temp;

    private final StringBuilder report = new StringBuilder();

    @Test
    void redrawSelectAndDrag() throws Exception {
        Path image = generatedJpeg(temp.resolve("big.jpg"));
        Path folder = temp.resolve("project");
        try (ProjectSession project = ProjectStore.create(folder, projectWith(image))) {
            Display display = Display.getDefault();
            Shell shell = new Shell(display);
            shell.setLayout(new FillLayout());
            shell.setSize(1280, 800);
            Job job = project.project().getTasks().get(0).getJobs().get(0);
            EditorSession session = new EditorSession(project, job);
            long opening = System.nanoTime();
            AnnotationCanvas canvas = new AnnotationCanvas(shell, session, new CanvasSettings(), FrameImages.forDisplay(display));
            countPaints(canvas);
            shell.open();
            spinUntil(display, () -> canvas.frameImage().ready(), 60_000);
            line("first picture (coarse pyramid level) after %.0f ms", (System.nanoTime() - opening) / 1e6);
            spinUntil(display, () -> false, 6_000); // let the full-resolution levels finish building
            canvas.fit();
            canvas.update();

            line("frame: %d polygons of %d vertices on %d x %d, canvas %s", canvas.frameShapes().size(), VERTICES, IMAGE_SIDE, IMAGE_SIDE,
                    canvas.getClientArea());
            measure(display, canvas, "full redraw of the fitted view (all polygons; after an edit, or when a zoom settles)",
                    i -> canvas.appearanceChanged());
            line("  shapes drawn in a full redraw of the fitted view: %d", canvas.lastPaintedShapes());
            measure(display, canvas, "pan, fitted view (all polygons visible)", i -> canvas.panBy(i % 2 == 0 ? 12 : -12, 0));
            ViewTransform fitted = canvas.view();
            measure(display, canvas, "wheel zoom in and out about the centre, from the fitted view (scaled preview until the wheel rests)",
                    i -> canvas.zoomAt((i / 8) % 2 == 0 ? 1.25 : 0.8, 640, 400));
            canvas.setView(fitted);
            canvas.zoomAt(1 / fitted.scale(), 640, 400); // 100 %: one image pixel per screen pixel
            canvas.update();
            measure(display, canvas, "full redraw at 100 %", i -> canvas.appearanceChanged());
            line("  shapes drawn in a full redraw at 100 %%: %d", canvas.lastPaintedShapes());
            int opacity = canvas.settings().fillOpacity;
            canvas.settings().fillOpacity = 0;
            measure(display, canvas, "full redraw at 100 %, outlines only (fill opacity 0)", i -> canvas.appearanceChanged());
            canvas.settings().fillOpacity = opacity;
            measure(display, canvas, "pan at 100 %", i -> canvas.panBy(i % 2 == 0 ? 25 : -25, 10 * (i % 3 - 1)));
            measure(display, canvas, "wheel zoom in and out about the centre, at 100 %", i -> canvas.zoomAt((i / 8) % 2 == 0 ? 1.25 : 0.8, 640, 400));
            canvas.setView(fitted);
            canvas.zoomAt(1 / fitted.scale(), 640, 400);
            canvas.update();
            selectAndDrag(display, canvas, session);
            shell.dispose();
        }
        Path out = Path.of("target", "canvas-benchmark.txt");
        Files.writeString(out, report);
        System.out.println(report);
    }

    /**
     * Runs a view change SAMPLES times, each time waiting for the canvas to finish painting; the
     * redraw time runs from the change to the end of that paint (GTK paints on its frame clock,
     * so a synchronous update() cannot be relied on to paint at all).
     */
    private void measure(Display display, AnnotationCanvas canvas, String what, IntConsumer change) {
        for (int i = 0; i < 10; i++) { // warm-up
            changeAndWait(display, canvas, change, i);
        }
        double[] paint = new double[SAMPLES], step = new double[SAMPLES], picture = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            step[i] = changeAndWait(display, canvas, change, i);
            paint[i] = canvas.lastPaintNanos() / 1e6;
            picture[i] = canvas.lastImagePaintNanos() / 1e6;
        }
        line("%s: redraw median %.1f ms, worst %.1f ms (in paint: median %.1f, worst %.1f; of which the picture median %.1f)", what,
                median(step), max(step), median(paint), max(paint), median(picture));
    }

    private final long[] paints = new long[2]; // count, end time of the last paint

    private void countPaints(AnnotationCanvas canvas) {
        canvas.addListener(SWT.Paint, e -> {
            paints[0]++;
            paints[1] = System.nanoTime();
        });
    }

    /** Milliseconds from the change to the end of the paint it caused. */
    private double changeAndWait(Display display, AnnotationCanvas canvas, IntConsumer change, int i) {
        long before = paints[0];
        long start = System.nanoTime();
        change.accept(i);
        spinUntil(display, () -> paints[0] > before, 2_000);
        return (paints[1] - start) / 1e6;
    }

    private void selectAndDrag(Display display, AnnotationCanvas canvas, EditorSession session) {
        Shape target = null;
        ViewTransform view = canvas.view();
        for (Shape shape : canvas.frameShapes()) {
            Coordinates p = shape.getPoints();
            float[] b = p.bounds();
            double cx = (b[0] + b[2]) / 2, cy = (b[1] + b[3]) / 2;
            int vx = view.viewX(cx, cy), vy = view.viewY(cx, cy);
            if (vx > 300 && vx < 900 && vy > 200 && vy < 600 && canvasHits(canvas, vx, vy, shape)) {
                target = shape;
                break;
            }
        }
        if (target == null) {
            line("select and drag: no polygon found under the centre of the view");
            return;
        }
        float[] b = target.getPoints().bounds();
        int x = view.viewX((b[0] + b[2]) / 2, (b[1] + b[3]) / 2), y = view.viewY((b[0] + b[2]) / 2, (b[1] + b[3]) / 2);
        int fx = x, fy = y;
        double select = changeAndWait(display, canvas, i -> mouse(canvas, SWT.MouseDown, fx, fy, 1), 0);
        boolean selected = session.primarySelection() == target;
        double[] moves = new double[40];
        for (int i = 0; i < moves.length; i++) {
            moves[i] = changeAndWait(display, canvas, n -> mouse(canvas, SWT.MouseMove, fx + 3 * (n + 1), fy + 2 * (n + 1), 0), i);
        }
        double drop = changeAndWait(display, canvas, n -> mouse(canvas, SWT.MouseUp, fx + 3 * n, fy + 2 * n, 1), moves.length);
        float[] after = target.getPoints().bounds();
        line("select one polygon by clicking it: %.1f ms (selected: %s)", select, selected);
        line("drag it: each move redraws in median %.1f ms, worst %.1f ms; releasing (one undoable command, index rebuilt, redraw) %.1f ms;"
                + " moved by %.0f, %.0f image px", median(moves), max(moves), drop, after[0] - b[0], after[1] - b[1]);
    }

    private static boolean canvasHits(AnnotationCanvas canvas, int vx, int vy, Shape shape) {
        return canvas.shapeAt(vx, vy) == shape;
    }

    private static void mouse(AnnotationCanvas canvas, int type, int x, int y, int button) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = button;
        event.stateMask = type == SWT.MouseMove ? SWT.BUTTON1 : 0;
        canvas.notifyListeners(type, event);
    }

    private static Project projectWith(Path image) {
        ModelFactory f = ModelFactory.eINSTANCE;
        Project project = f.createProject();
        project.setName("Canvas benchmark");
        Label label = f.createLabel();
        label.setName("region");
        label.setColor("#ff8800");
        project.getLabels().add(label);
        Task task = f.createTask();
        task.setName("big image");
        Media media = f.createMedia();
        media.setType(MediaType.IMAGE);
        media.setPath(image.toString());
        media.setWidth(IMAGE_SIDE);
        media.setHeight(IMAGE_SIDE);
        task.getMedia().add(media);
        Job job = f.createJob();
        job.setStopFrame(0);
        Random random = new Random(4);
        for (int i = 0; i < POLYGONS; i++) {
            double cx = 100 + random.nextDouble() * (IMAGE_SIDE - 200), cy = 100 + random.nextDouble() * (IMAGE_SIDE - 200);
            double radius = 20 + random.nextDouble() * 60;
            float[] points = new float[2 * VERTICES];
            for (int v = 0; v < VERTICES; v++) {
                double angle = 2 * Math.PI * v / VERTICES, r = radius * (0.7 + 0.3 * random.nextDouble());
                points[2 * v] = (float) (cx + r * Math.cos(angle));
                points[2 * v + 1] = (float) (cy + r * Math.sin(angle));
            }
            Shape polygon = f.createShape();
            polygon.setId(i + 1);
            polygon.setType(ShapeType.POLYGON);
            polygon.setLabel(label);
            polygon.setPoints(Coordinates.wrap(points));
            job.getAnnotations().add(polygon);
        }
        task.getJobs().add(job);
        project.getTasks().add(task);
        return project;
    }

    /** A smooth random picture (noise upscaled), which compresses like a photo. */
    private static Path generatedJpeg(Path file) throws IOException {
        try (PointerScope scope = new PointerScope()) {
            Mat seed = new Mat(IMAGE_SIDE / 100, IMAGE_SIDE / 100, CV_8UC3);
            byte[] noise = new byte[seed.cols() * seed.rows() * 3];
            new Random(7).nextBytes(noise);
            seed.data().put(noise);
            Mat picture = new Mat();
            resize(seed, picture, new Size(IMAGE_SIDE, IMAGE_SIDE), 0, 0, INTER_CUBIC);
            if (!imwrite(file.toString(), picture)) {
                throw new IOException("OpenCV could not write " + file);
            }
        }
        return file;
    }

    private static void spinUntil(Display display, java.util.function.BooleanSupplier condition, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void line(String format, Object... arguments) {
        report.append(String.format(format, arguments)).append('\n');
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

}
