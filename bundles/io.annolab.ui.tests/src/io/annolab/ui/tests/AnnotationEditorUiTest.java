package io.annolab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ProjectDatasets;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.store.ProjectSession;
import io.annolab.core.api.store.ProjectStore;
import io.annolab.demo.DemoProject;
import io.annolab.model.Annotation;
import io.annolab.model.AttributeValue;
import io.annolab.model.Job;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Tag;
import io.annolab.ui.WidgetIds;
import io.annolab.ui.canvas.api.ViewTransform;
import io.annolab.ui.editor.canvas.AnnotationCanvas;
import io.annolab.ui.editor.parts.EditorIds;
import io.annolab.ui.testing.OsEvents;
import io.annolab.ui.testing.ProductBranding;
import io.annolab.ui.testing.Spin;
import io.annolab.ui.testing.WorkbenchRun;
import io.annolab.ui.testing.Widgets;

import static io.annolab.ui.tests.EditorDriver.*;

/**
 * An annotator's session in the real workbench, driven by OS mouse and key events: open a job of
 * the demo project, draw a shape with each installed 2D tool and a tag, edit attributes, undo and
 * redo, save with Ctrl+S; then reopen the saved project and export it to COCO and CVAT.
 */
class AnnotationEditorUiTest {

    private static final Duration LIMIT = Duration.ofSeconds(150);
    private static final Map<String, String> PRODUCT = ProductBranding.of("io.annolab.ui.product");

    @TempDir
    Path temp;

    @Test
    void drawEditUndoSaveReopenAndExport() throws Exception {
        Path folder = temp.resolve("demo");
        DemoProject.create(folder);
        int[] before = new int[1];
        WorkbenchRun.run(new String[] { "-project", folder.toString() }, PRODUCT, LIMIT, workbench -> {
            Display display = Display.getCurrent();
            AnnotationCanvas canvas = openFirstJob(display); // keyboard: select the task, expand it, select Job 1, Enter
            before[0] = canvas.frameShapes().size();
            ViewTransform view = canvas.view();

            // rectangle by two corners; image (100,100)-(200,160)
            tool(display, "rectangle");
            assertTrue(canvas.isDrawing(), "the tool button starts a drawing");
            click(canvas, view, 100, 100);
            assertTrue(canvas.isDrawing(), "one click places the first corner");
            click(canvas, view, 200, 160);
            assertTrue(!canvas.isDrawing(), "the second corner completes the box");
            assertEquals(before[0] + 1, canvas.frameShapes().size(), "the box was added");
            Shape box = newest(canvas, ShapeType.RECTANGLE);
            assertNear(new float[] { 100, 100, 200, 160 }, box.getPoints().toArray(), 2 / view.scale());
            assertEquals(box, canvas.session().primarySelection(), "a new shape is selected");

            drawPath(display, canvas, view, "polygon", new int[] { 300, 100, 380, 120, 360, 200 }, true);
            drawPath(display, canvas, view, "polyline", new int[] { 300, 300, 400, 320, 450, 380 }, true);
            drawPath(display, canvas, view, "points", new int[] { 500, 100, 520, 130 }, true);
            if (hasTool(display, "ellipse")) {
                drawPath(display, canvas, view, "ellipse", new int[] { 450, 250, 550, 300 }, false);
                Shape ellipse = newest(canvas, ShapeType.ELLIPSE);
                assertNear(new float[] { 500, 275, 50, 25 }, ellipse.getPoints().toArray(), 2 / view.scale());
            }
            drawPath(display, canvas, view, "cuboid", new int[] { 40, 300, 140, 400 }, false);
            assertEquals(8, newest(canvas, ShapeType.CUBOID).getPoints().pointCount());
            OsEvents.key(display, SWT.ESC); // with nothing selected, Ctrl+digit picks the label of the next object
            OsEvents.character(display, '2', SWT.CTRL); // label 2 is the "person" skeleton
            drawPath(display, canvas, view, "skeleton", new int[] { 560, 330, 620, 440 }, false);
            assertEquals(3, newest(canvas, ShapeType.SKELETON).getElements().size(), "the template's three points");
            OsEvents.key(display, SWT.ESC);
            OsEvents.character(display, '1', SWT.CTRL);
            tool(display, "mask");
            drag(canvas, view, 250, 400, 330, 420);
            OsEvents.character(display, 'n');
            assertTrue(newest(canvas, ShapeType.MASK).getMask().area() > 100, "the brush stroke painted a mask");
            assertEquals(3, newest(canvas, ShapeType.POLYGON).getPoints().pointCount());

            // slice the triangle with a vertical cut (Alt+J, two clicks, N): one polygon becomes two
            long polygonsBefore = count(canvas, ShapeType.POLYGON);
            OsEvents.key(display, SWT.ESC);
            click(canvas, view, 350, 140);
            assertEquals(ShapeType.POLYGON, ((Shape) canvas.session().primarySelection()).getType(), "clicking inside selects the triangle");
            OsEvents.character(display, 'j', SWT.ALT);
            click(canvas, view, 340, 95);
            click(canvas, view, 340, 190);
            OsEvents.character(display, 'n');
            assertEquals(polygonsBefore + 1, count(canvas, ShapeType.POLYGON), "the cut made two polygons of one");

            // the brushed mask becomes polygons (object card › Mask to polygons)
            OsEvents.key(display, SWT.ESC);
            click(canvas, view, 290, 410);
            assertEquals(ShapeType.MASK, ((Shape) canvas.session().primarySelection()).getType(), "clicking the stroke selects the mask");
            workbench.getApplication().getContext().get(io.annolab.ui.editor.actions.EditorController.class)
                    .run(io.annolab.ui.editor.actions.EditorActions.TO_POLYGONS);
            assertEquals(0, count(canvas, ShapeType.MASK), "the mask was replaced");
            assertEquals(polygonsBefore + 2, count(canvas, ShapeType.POLYGON), "by the polygon of its outline");
            OsEvents.character(display, 'z', SWT.CTRL);
            assertEquals(1, count(canvas, ShapeType.MASK), "undo brings the mask back");
            assertEquals(3, newest(canvas, ShapeType.POLYLINE).getPoints().pointCount());
            assertEquals(2, newest(canvas, ShapeType.POINTS).getPoints().pointCount());

            // Ctrl+4 with nothing selected makes label 4 ("sunny", a tag label) the default; the Tag button adds it
            OsEvents.key(display, SWT.ESC);
            OsEvents.character(display, '4', SWT.CTRL);
            clickMiddle(button(display, "editor.tool.tag"));
            long tags = canvas.session().annotationsOn(canvas.session().frame()).stream().filter(a -> a instanceof Tag).count();
            assertTrue(tags >= 1, "the tag was added");

            // select the rectangle by clicking inside it, then edit its attributes in the objects view
            OsEvents.key(display, SWT.ESC);
            click(canvas, view, 150, 130);
            assertEquals(box, canvas.session().primarySelection(), "clicking a shape selects it");
            Spin.pause(display, 300);
            Button parked = (Button) Widgets.find(display, "objects.attribute.parked").orElseThrow();
            OsEvents.click(parked, 4, 4);
            assertEquals(Boolean.TRUE, value(box, "parked"), "the checkbox sets the attribute");
            Combo color = (Combo) Widgets.find(display, "objects.attribute.color").orElseThrow();
            color.select(2);
            color.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertEquals("white", value(box, "color"));

            // undo twice (Ctrl+Z), redo once (Ctrl+Y), with the canvas focused
            canvas.setFocus();
            OsEvents.character(display, 'z', SWT.CTRL);
            assertEquals("red", value(box, "color"), "undo reverts the colour");
            OsEvents.character(display, 'z', SWT.CTRL);
            assertEquals(Boolean.FALSE, value(box, "parked"), "a second undo reverts the checkbox");
            OsEvents.character(display, 'y', SWT.CTRL);
            assertEquals(Boolean.TRUE, value(box, "parked"), "redo applies it again");
            Spin.until(display, () -> Widgets.find(display, "objects.attribute.parked").map(c -> ((Button) c).getSelection()).orElse(false),
                    Duration.ofSeconds(3), "the objects view to show the redone attribute");

            // move the rectangle by dragging it 40 px to the right (image pixels)
            drag(canvas, view, 150, 130, 190, 130);
            assertNear(new float[] { 140, 100, 240, 160 }, box.getPoints().toArray(), 3 / view.scale());

            Spin.until(display, () -> Widgets.find(display, "objects.attribute.parked").map(c -> ((Button) c).getSelection()).orElse(false),
                    Duration.ofSeconds(3), "the objects view to show the moved box's attributes");
            canvas.getShell().update();
            Spin.pause(display, 300);
            screenshot(canvas.getShell(), Path.of("target", "editor-all-shapes.png"));
            OsEvents.character(display, 's', SWT.CTRL);
            Spin.until(display, () -> !canvas.session().isDirty(), Duration.ofSeconds(10), "Ctrl+S to save");
        });

        // reopen the saved project: everything drawn is there
        try (ProjectSession reopened = ProjectStore.open(folder)) {
            Job job = reopened.project().getTasks().get(0).getJobs().get(0);
            List<Annotation> onFrame = job.getAnnotations().stream().filter(a -> a.getFrame() == 0).toList();
            List<ShapeType> types = onFrame.stream().filter(a -> a instanceof Shape).map(a -> ((Shape) a).getType()).toList();
            assertTrue(types.containsAll(List.of(ShapeType.RECTANGLE, ShapeType.POLYGON, ShapeType.POLYLINE, ShapeType.POINTS)), types.toString());
            assertTrue(onFrame.size() >= before[0] + 5, "drawn shapes and the tag were saved: " + onFrame.size());
            Shape saved = onFrame.stream().filter(a -> a instanceof Shape s && s.getType() == ShapeType.RECTANGLE && s.getPoints().get(0) > 130)
                    .map(Shape.class::cast).findFirst().orElseThrow();
            assertEquals(Boolean.TRUE, value(saved, "parked"));

            for (String format : List.of("coco", "cvat")) {
                Path out = temp.resolve("export-" + format);
                ExportReport report = new ExportReport();
                DatasetSource source = ProjectDatasets.export(reopened.project(), folder, List.of(reopened.project().getTasks().get(0)), report);
                new Conversion().exporter(format).export(source, out, FormatOptions.NONE, report, new org.eclipse.core.runtime.NullProgressMonitor());
                try (Stream<Path> files = Files.walk(out)) {
                    String text = files.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".xml")).map(AnnotationEditorUiTest::read)
                            .reduce("", String::concat);
                    assertTrue(text.contains("polyline") || text.contains("\"segmentation\""), format + " holds the drawn shapes");
                    assertTrue(text.contains("parked"), format + " holds the edited attribute");
                }
            }
        }
    }

    @Test
    void attributeModeAndTagModeFromTheKeyboard() throws Exception {
        Path folder = temp.resolve("modes");
        DemoProject.create(folder);
        WorkbenchRun.run(new String[] { "-project", folder.toString() }, PRODUCT, LIMIT, workbench -> {
            Display display = Display.getCurrent();
            AnnotationCanvas canvas = openFirstJob(display);
            org.eclipse.e4.ui.workbench.modeling.EPartService parts = workbench.getContext().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class);

            // attribute mode: the demo's frame 0 has the car (attributes color, parked) first
            parts.activate(parts.findPart("io.annolab.ui.part.attributes"));
            Spin.pause(display, 300);
            org.eclipse.swt.widgets.Label heading = (org.eclipse.swt.widgets.Label) Widgets.find(display, "aam.heading").orElseThrow();
            assertTrue(heading.getText().contains("car"), heading.getText());
            Shape car = (Shape) canvas.session().primarySelection();
            assertEquals("car", car.getLabel().getName(), "entering the mode selects the object");
            Table attributeTable = (Table) Widgets.find(display, "aam.attributes").orElseThrow();
            screenshot(attributeTable.getShell(), Path.of("target", "editor-attribute-mode.png"));
            OsEvents.character(display, '3'); // colour: 1 red, 2 blue, 3 white
            assertEquals("white", value(car, "color"));
            OsEvents.key(display, SWT.ARROW_DOWN); // the next attribute
            org.eclipse.swt.widgets.Label choices = (org.eclipse.swt.widgets.Label) Widgets.find(display, "aam.values").orElseThrow();
            assertTrue(choices.getText().startsWith("parked"), "parked is the active attribute: " + choices.getText());
            OsEvents.character(display, '2'); // 1 false, 2 true
            assertEquals(Boolean.TRUE, value(car, "parked"));
            OsEvents.key(display, SWT.TAB); // next object
            assertTrue(canvas.session().primarySelection() != car, "Tab moves to the next object");

            // tag mode: number keys tag the frame; with "go to the next frame" the frame advances
            parts.activate(parts.findPart("io.annolab.ui.part.tags"));
            Spin.pause(display, 300);
            int frame = canvas.session().frame();
            Button autoNext = (Button) Widgets.find(display, "tags.autoNext").orElseThrow();
            clickMiddle(autoNext);
            parts.activate(parts.findPart("io.annolab.ui.part.tags"));
            Spin.pause(display, 200);
            OsEvents.character(display, '1');
            Spin.until(display, () -> canvas.session().frame() != frame, Duration.ofSeconds(3), "tagging to move to the next frame");
            long tags = canvas.session().job().getAnnotations().stream().filter(a -> a instanceof Tag && a.getFrame() == frame).count();
            assertTrue(tags >= 1, "the number key tagged frame " + frame);

            // Settings (F2): the player step is stored and read by the C and V keys
            display.timerExec(800, () -> {
                for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
                    if ("Editor settings".equals(shell.getText())) {
                        org.eclipse.swt.widgets.Spinner step = (org.eclipse.swt.widgets.Spinner) ((org.eclipse.swt.widgets.Composite) ((org.eclipse.swt.widgets.Composite) shell
                                .getChildren()[0]).getChildren()[0]).getChildren()[1];
                        step.setSelection(7);
                        shell.getDefaultButton().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                    }
                }
            });
            workbench.getApplication().getContext().get(io.annolab.ui.editor.actions.EditorController.class)
                    .run(io.annolab.ui.editor.actions.EditorActions.SETTINGS);
            assertEquals(7, io.annolab.ui.editor.session.EditorPreferences.playerStep(), "the dialog stored the player step");
            try {
                io.annolab.ui.editor.session.EditorPreferences.store(10, 60, true, true, 5); // leave the defaults for other tests
            } catch (org.osgi.service.prefs.BackingStoreException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Object value(Annotation annotation, String name) {
        return annotation.getAttributes().stream().filter(v -> name.equals(v.getName())).map(AttributeValue::getValue).findFirst().orElse(null);
    }

}
