package io.annolab.ui.tests;

import static io.annolab.ui.tests.EditorDriver.click;
import static io.annolab.ui.tests.EditorDriver.drag;
import static io.annolab.ui.tests.EditorDriver.openJob;
import static io.annolab.ui.tests.EditorDriver.screenshot;
import static io.annolab.ui.tests.EditorDriver.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ProjectDatasets;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.store.ProjectStore;
import io.annolab.model.Job;
import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;
import io.annolab.model.Project;
import io.annolab.model.Shape;
import io.annolab.model.Task;
import io.annolab.model.TaskMode;
import io.annolab.model.Track;
import io.annolab.ui.canvas.api.ViewTransform;
import io.annolab.ui.editor.canvas.AnnotationCanvas;
import io.annolab.ui.editor.parts.EditorIds;
import io.annolab.ui.testing.OsEvents;
import io.annolab.ui.testing.ProductBranding;
import io.annolab.ui.testing.Spin;
import io.annolab.ui.testing.WorkbenchRun;
import io.annolab.ui.testing.Widgets;

/**
 * Track mode on a real video (OpenCV's vtest.avi), driven by OS events: draw a box as a track,
 * move it on two later frames (each move makes a keyframe), check the interpolated box between
 * them, end it with O, walk its keyframes with E and R, play, save and read the saved track back.
 */
class TrackUiTest {

    private static final Duration LIMIT = Duration.ofSeconds(150);
    private static final Map<String, String> PRODUCT = ProductBranding.of("io.annolab.ui.product");
    private static final int FRAMES = 40;

    @TempDir
    Path temp;

    @Test
    void trackABoxOnARealVideo() throws Exception {
        Path video = vtest();
        Path folder = temp.resolve("video-project");
        ProjectStore.create(folder, videoProject(video)).close();
        WorkbenchRun.run(new String[] { "-project", folder.toString() }, PRODUCT, LIMIT, workbench -> {
            Display display = Display.getCurrent();
            AnnotationCanvas canvas = openJob(display, "Task 1", "Job 1");
            assertEquals(768, canvas.frameImage().width(), "vtest.avi is 768 pixels wide");
            Button trackMode = (Button) Widgets.find(display, EditorIds.TRACK_MODE).orElseThrow();
            assertTrue(trackMode.getSelection(), "a video task draws tracks by default");
            ViewTransform view = canvas.view();

            // frame 0: a box as a track
            tool(display, "rectangle");
            click(canvas, view, 100, 100);
            click(canvas, view, 200, 300);
            Job job = canvas.session().job();
            Track track = (Track) job.getAnnotations().stream().filter(Track.class::isInstance).findFirst()
                    .orElseThrow(() -> new AssertionError("drawing in track mode adds a track"));
            assertEquals(track, canvas.session().trackOf(canvas.session().primarySelection()), "the new track is selected");
            assertBox(canvas, view, 100, 100, 200, 300);

            // frame 10 (V: the player step): the box is held after the last keyframe; moving it makes a keyframe
            goForward(display, canvas, 10);
            assertBox(canvas, view, 100, 100, 200, 300);
            drag(canvas, view, 150, 200, 250, 200);
            assertEquals(List.of(0, 10), keyframes(track));
            goForward(display, canvas, 20);
            drag(canvas, view, 250, 200, 250, 300);
            assertEquals(List.of(0, 10, 20), keyframes(track));

            // frame 15, between the keyframes of 10 and 20: halfway, computed and not stored
            goTo(display, canvas, 15);
            assertBox(canvas, view, 200, 150, 300, 350);
            Shape middle = canvas.frameShapes().get(0);
            assertFalse(middle.isKeyframe(), "frame 15 is interpolated");
            goTo(display, canvas, 5);
            assertBox(canvas, view, 150, 100, 250, 300);

            // the objects view lists the keyframes; the timeline is there
            org.eclipse.swt.widgets.List list = (org.eclipse.swt.widgets.List) Widgets.find(display, EditorIds.KEYFRAME_LIST).orElseThrow();
            click(canvas, view, 200, 200); // select the track on this frame
            Spin.until(display, () -> list.getItemCount() == 3, Duration.ofSeconds(3), "the keyframe list to show 3 keyframes");
            assertTrue(Widgets.find(display, EditorIds.TIMELINE).isPresent(), "a timeline under the frame bar");

            // R and E walk the keyframes of the selected track
            OsEvents.character(display, 'r');
            Spin.until(display, () -> canvas.session().frame() == 10, Duration.ofSeconds(3), "R to reach keyframe 10");
            OsEvents.character(display, 'r');
            Spin.until(display, () -> canvas.session().frame() == 20, Duration.ofSeconds(3), "R to reach keyframe 20");
            OsEvents.character(display, 'e');
            Spin.until(display, () -> canvas.session().frame() == 10, Duration.ofSeconds(3), "E to go back to keyframe 10");

            // frame 30: O ends the track; after it the object is gone
            goTo(display, canvas, 30);
            click(canvas, view, 250, 300);
            assertEquals(track, canvas.session().trackOf(canvas.session().primarySelection()), "clicking the held box selects the track");
            OsEvents.character(display, 'o');
            assertEquals(List.of(0, 10, 20, 30), keyframes(track));
            assertTrue(track.getShapes().get(3).isOutside(), "O makes an outside keyframe");
            assertTrue(canvas.frameShapes().isEmpty(), "an outside track is not drawn");
            goTo(display, canvas, 35);
            assertTrue(canvas.session().annotationsOn(35).isEmpty(), "the track ended at its outside keyframe");

            // Space plays from frame 0 and pauses
            goTo(display, canvas, 0);
            OsEvents.character(display, ' ');
            Spin.until(display, () -> canvas.session().frame() >= 5, Duration.ofSeconds(10), "playing to reach frame 5");
            OsEvents.character(display, ' ');
            int paused = canvas.session().frame();
            Spin.pause(display, 300);
            assertEquals(paused, canvas.session().frame(), "Space pauses");

            // Alt+M splits the track at frame 15; M, a click on each part, M joins them again
            goTo(display, canvas, 15);
            click(canvas, view, 250, 250);
            OsEvents.character(display, 'm', SWT.ALT);
            assertEquals(2, tracks(job).size(), "Alt+M split the track in two");
            assertEquals(List.of(0, 10, 15), keyframes(track), "the first part ends at the split");
            assertTrue(track.getShapes().get(2).isOutside());
            Track second = canvas.session().trackOf(canvas.session().primarySelection());
            assertEquals(List.of(15, 20, 30), keyframes(second), "the second part starts there");
            OsEvents.character(display, 'm');
            goTo(display, canvas, 5);
            click(canvas, view, 200, 200);
            OsEvents.character(display, 'm');
            assertEquals(1, tracks(job).size(), "M joined the two parts");
            goTo(display, canvas, 15);
            assertBox(canvas, view, 200, 150, 300, 350);

            click(canvas, view, 250, 250);
            screenshot(canvas.getShell(), Path.of("target", "editor-track.png"));
            OsEvents.character(display, 's', SWT.CTRL);
            Spin.until(display, () -> !canvas.session().isDirty(), Duration.ofSeconds(10), "Ctrl+S to save");
        });

        // the saved project holds keyframes only; CVAT for video gets every frame of the track, keyframes marked
        try (var store = ProjectStore.open(folder)) {
            List<Track> saved = tracks(store.project().getTasks().get(0).getJobs().get(0));
            assertEquals(1, saved.size(), "the saved job has the track");
            // the split left a keyframe at 15 (its interpolated box), which the merge kept
            assertEquals(List.of(0, 10, 15, 20, 30), keyframes(saved.get(0)));
            assertNear(new float[] { 200, 200, 300, 400 }, saved.get(0).getShapes().get(3).getPoints().toArray(), 3);
            Path out = temp.resolve("cvat-video");
            ExportReport report = new ExportReport();
            DatasetSource source = ProjectDatasets.export(store.project(), folder, List.of(store.project().getTasks().get(0)), report);
            new Conversion().exporter("cvat_video").export(source, out, FormatOptions.NONE, report, new NullProgressMonitor());
            String xml = Files.readString(Files.list(out).filter(p -> p.toString().endsWith(".xml")).findFirst().orElseThrow());
            assertEquals(1, count(xml, "<track "), xml);
            assertEquals(31, count(xml, "<box "), "frames 0 to 30 of the track");
            assertEquals(5, count(xml, "keyframe=\"1\""), "its five keyframes");
            var frame5 = java.util.regex.Pattern.compile("<box frame=\"5\" keyframe=\"0\" outside=\"0\" occluded=\"0\" xtl=\"([0-9.]+)\"").matcher(xml);
            assertTrue(frame5.find(), "frame 5 is written as an interpolated box: " + xml);
            assertEquals(150, Double.parseDouble(frame5.group(1)), 1.0, "halfway between x 100 and 200");
        }
    }

    private static List<Track> tracks(Job job) {
        return job.getAnnotations().stream().filter(Track.class::isInstance).map(Track.class::cast).toList();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void theDemoVideoPlaysWithItsTracks() throws Exception {
        Path folder = temp.resolve("demo");
        io.annolab.demo.DemoProject.create(folder);
        WorkbenchRun.run(new String[] { "-project", folder.toString() }, PRODUCT, LIMIT, workbench -> {
            Display display = Display.getCurrent();
            AnnotationCanvas canvas = openJob(display, "Task 2", "Job");
            int tracks = tracks(canvas.session().job()).size();
            assertTrue(tracks > 0, "the demo's video job has tracks");
            assertEquals(tracks, canvas.frameShapes().size(), "every track is in the first frame");
            float[] first = canvas.frameShapes().get(0).getPoints().toArray();

            OsEvents.character(display, ' ');
            Spin.until(display, () -> canvas.session().frame() >= 5, Duration.ofSeconds(10), "playing to reach frame 5");
            OsEvents.character(display, ' ');
            Spin.until(display, canvas::frameShown, Duration.ofSeconds(10), "the paused frame to show");
            float[] later = canvas.frameShapes().get(0).getPoints().toArray();
            assertFalse(Arrays.equals(first, later), "the interpolated box moved with the video");
            click(canvas, canvas.view(), (later[0] + later[2]) / 2, (later[1] + later[3]) / 2);
            screenshot(canvas.getShell(), Path.of("target", "editor-demo-video.png"));
        });
    }

    private static Path vtest() {
        String shared = System.getProperty("annolab.shared");
        assumeTrue(shared != null, "System property annolab.shared is not set; the video track test needs ../shared/fixtures");
        Path video = Path.of(shared, "fixtures", "debian-opencv-doc", "vtest.avi");
        assumeTrue(Files.isRegularFile(video), video + " is absent; the video track test is skipped");
        return video.toAbsolutePath();
    }

    /** A project with one label and one video task: the first 40 frames of the video, one job. */
    private static Project videoProject(Path video) {
        ModelFactory model = ModelFactory.eINSTANCE;
        Project project = model.createProject();
        project.setName("Pedestrians");
        Label person = model.createLabel();
        person.setId(1);
        person.setName("person");
        person.setColor("#33cc33");
        person.setType(LabelType.RECTANGLE);
        project.getLabels().add(person);
        Task task = model.createTask();
        task.setId(1);
        task.setName("vtest");
        task.setMode(TaskMode.INTERPOLATION);
        for (int i = 0; i < FRAMES; i++) {
            Media frame = model.createMedia();
            frame.setType(MediaType.VIDEO_FRAME);
            frame.setPath(video.toString());
            frame.setFrame(i);
            frame.setWidth(768);
            frame.setHeight(576);
            task.getMedia().add(frame);
        }
        Job job = model.createJob();
        job.setId(1);
        job.setStartFrame(0);
        job.setStopFrame(FRAMES - 1);
        task.getJobs().add(job);
        project.getTasks().add(task);
        return project;
    }

    private static void goForward(Display display, AnnotationCanvas canvas, int expected) {
        OsEvents.character(display, 'v');
        Spin.until(display, () -> canvas.session().frame() == expected, Duration.ofSeconds(3), "V to go to frame " + expected);
        Spin.until(display, canvas::frameShown, Duration.ofSeconds(10), "frame " + expected + " to decode");
    }

    /** Clicks into the frame box, types the frame number over it and presses Enter. */
    private static void goTo(Display display, AnnotationCanvas canvas, int frame) {
        org.eclipse.swt.widgets.Text input = (org.eclipse.swt.widgets.Text) Widgets.find(display, EditorIds.FRAME_INPUT).orElseThrow();
        EditorDriver.clickMiddle(input);
        input.selectAll();
        for (char digit : Integer.toString(frame).toCharArray()) {
            OsEvents.character(display, digit);
        }
        OsEvents.key(display, SWT.CR);
        Spin.until(display, () -> canvas.session().frame() == frame, Duration.ofSeconds(3),
                "the frame box to go to " + frame + " (it shows \"" + input.getText() + "\", focus on " + display.getFocusControl() + ")");
        Spin.until(display, canvas::frameShown, Duration.ofSeconds(10), "frame " + frame + " to decode");
    }

    private static List<Integer> keyframes(Track track) {
        return track.getShapes().stream().map(Shape::getFrame).toList();
    }

    private static void assertBox(AnnotationCanvas canvas, ViewTransform view, float x1, float y1, float x2, float y2) {
        List<Shape> shapes = canvas.frameShapes();
        assertEquals(1, shapes.size(), "one box on frame " + canvas.session().frame());
        assertNear(new float[] { x1, y1, x2, y2 }, shapes.get(0).getPoints().toArray(), 2 / view.scale() + 0.01);
    }

    private static void assertNear(float[] expected, float[] actual, double tolerance) {
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Math.abs(expected[i] - actual[i]) <= tolerance,
                    "expected " + Arrays.toString(expected) + " but was " + Arrays.toString(actual));
        }
    }
}
