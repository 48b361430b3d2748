package io.annolab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.ui.WidgetIds;
import io.annolab.ui.canvas.api.ViewTransform;
import io.annolab.ui.editor.canvas.AnnotationCanvas;
import io.annolab.ui.editor.parts.EditorIds;
import io.annolab.ui.testing.OsEvents;
import io.annolab.ui.testing.Spin;
import io.annolab.ui.testing.Widgets;

/** What the editor UI tests do as an annotator would: open a job, pick tools, click and drag in image coordinates, look. */
final class EditorDriver {

    private EditorDriver() {
    }

    /** What the annotator sees, kept for the notes and for people reviewing a change. */
    static void screenshot(org.eclipse.swt.widgets.Shell shell, Path file) {
        org.eclipse.swt.graphics.Rectangle area = shell.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(shell.getDisplay(), area.width, area.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(shell.getDisplay());
        try {
            gc.copyArea(image, area.x, area.y);
            org.eclipse.swt.graphics.ImageLoader saver = new org.eclipse.swt.graphics.ImageLoader();
            saver.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            saver.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    static AnnotationCanvas openFirstJob(Display display) {
        return openJob(display, "Task 1", "Job 1");
    }

    /** Opens a job from the explorer with the keyboard: select its task, expand it, select the job, Enter. */
    static AnnotationCanvas openJob(Display display, String taskPrefix, String jobPrefix) {
        Tree tree = Widgets.require(display, WidgetIds.EXPLORER_TREE, Tree.class);
        Spin.until(display, () -> tree.isVisible() && tree.getItemCount() > 0, Duration.ofSeconds(30), "the project to load");
        TreeItem tasks = Widgets.requireChild(tree, tree.getItem(0), "Tasks");
        TreeItem street = Widgets.requireChild(tree, tasks, taskPrefix);
        OsEvents.click(street);
        Spin.until(display, () -> tree.getSelectionCount() == 1 && tree.getSelection()[0] == street, Duration.ofSeconds(5), "the task to be selected");
        OsEvents.key(display, SWT.KEYPAD_ADD);
        if (!Spin.tryUntil(display, () -> street.getExpanded() && street.getItemCount() > 0 && !street.getItem(0).getText().isEmpty(),
                Duration.ofSeconds(3))) {
            OsEvents.doubleClick(street);
        }
        Spin.until(display, () -> street.getItemCount() > 0 && !street.getItem(0).getText().isEmpty(), Duration.ofSeconds(5), "the task to expand");
        TreeItem job = Widgets.requireChild(tree, street, jobPrefix);
        OsEvents.click(job);
        Spin.until(display, () -> tree.getSelectionCount() == 1 && tree.getSelection()[0] == job, Duration.ofSeconds(5), "the job to be selected");
        OsEvents.key(display, SWT.CR);
        Spin.until(display, () -> Widgets.find(display, EditorIds.CANVAS).isPresent(), Duration.ofSeconds(20), "the job editor to open");
        AnnotationCanvas canvas = (AnnotationCanvas) Widgets.find(display, EditorIds.CANVAS).orElseThrow();
        Spin.until(display, () -> canvas.frameImage().ready(), Duration.ofSeconds(30), "the first frame to decode");
        settle(canvas);
        return canvas;
    }

    static boolean hasTool(Display display, String id) {
        return Widgets.find(display, "editor.tool." + id).isPresent();
    }

    static Button button(Display display, String id) {
        return (Button) Widgets.find(display, id).orElseThrow(() -> new AssertionError("no widget " + id));
    }

    static void tool(Display display, String id) {
        clickMiddle(button(display, "editor.tool." + id));
    }

    static void clickMiddle(Control control) {
        settle(control);
        org.eclipse.swt.graphics.Point size = control.getSize();
        OsEvents.click(control, size.x / 2, size.y / 2);
    }

    static void drawPath(Display display, AnnotationCanvas canvas, ViewTransform view, String tool, int[] points, boolean finishWithN) {
        tool(display, tool);
        for (int i = 0; i < points.length; i += 2) {
            click(canvas, view, points[i], points[i + 1]);
        }
        if (finishWithN) {
            OsEvents.character(display, 'n');
        }
        assertTrue(!canvas.isDrawing(), tool + " drawing finished (N is bound in the editor)");
    }

    /** A part laid out just now may still move: wait until the control stays at one place on screen. */
    static void settle(Control control) {
        Display display = control.getDisplay();
        org.eclipse.swt.graphics.Point[] last = { null };
        Spin.until(display, () -> {
            org.eclipse.swt.graphics.Point now = display.map(control, null, 0, 0);
            boolean same = now.equals(last[0]);
            last[0] = now;
            Spin.pause(display, 100);
            return same;
        }, Duration.ofSeconds(5), "the controls to settle");
    }

    static void click(Control canvas, ViewTransform view, double x, double y) {
        OsEvents.click(canvas, view.viewX(x, y), view.viewY(x, y));
    }

    static void drag(AnnotationCanvas canvas, ViewTransform view, double x1, double y1, double x2, double y2) {
        OsEvents.drag(canvas, view.viewX(x1, y1), view.viewY(x1, y1), view.viewX(x2, y2), view.viewY(x2, y2));
    }

    static long count(AnnotationCanvas canvas, ShapeType type) {
        return canvas.frameShapes().stream().filter(s -> s.getType() == type).count();
    }

    static Shape newest(AnnotationCanvas canvas, ShapeType type) {
        List<Shape> shapes = canvas.frameShapes().stream().filter(s -> s.getType() == type).toList();
        assertTrue(!shapes.isEmpty(), "a " + type + " was drawn");
        return shapes.stream().max((a, b) -> Long.compare(a.getId(), b.getId())).orElseThrow();
    }

    static void assertNear(float[] expected, float[] actual, double tolerance) {
        assertEquals(expected.length, actual.length, java.util.Arrays.toString(actual));
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Math.abs(expected[i] - actual[i]) <= tolerance, "expected " + java.util.Arrays.toString(expected) + " but was "
                    + java.util.Arrays.toString(actual));
        }
    }
}
