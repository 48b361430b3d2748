package io.annolab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.store.ProjectSession;
import io.annolab.core.api.store.ProjectStore;
import io.annolab.model.AttributeInputType;
import io.annolab.model.AttributeSpec;
import io.annolab.model.AttributeValue;
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
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.editor.session.AnnotationEdits;
import io.annolab.ui.editor.session.EditorSession;

/**
 * What the editor does to tracks, through the same session and edits the canvas uses: a drawn
 * object becomes a track, edits on other frames become keyframes, attributes split into mutable
 * (per keyframe) and immutable (per track), skeleton points get element tracks, and every change
 * is one undoable command.
 */
class TrackEditsTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    @TempDir
    Path temp;

    private ProjectSession project;
    private EditorSession session;
    private AnnotationEdits edits;
    private Label car;
    private Label person;

    @BeforeEach
    void openVideoJob() throws Exception {
        Project model = F.createProject();
        model.setName("tracks");
        car = F.createLabel();
        car.setId(1);
        car.setName("car");
        car.setType(LabelType.RECTANGLE);
        car.getAttributes().add(attribute("moving", true, "true", "false"));
        car.getAttributes().add(attribute("make", false, "vw", "bmw"));
        person = F.createLabel();
        person.setId(2);
        person.setName("person");
        person.setType(LabelType.SKELETON);
        for (String point : List.of("head", "foot")) {
            Label sub = F.createLabel();
            sub.setName(point);
            sub.setType(LabelType.POINTS);
            person.getSublabels().add(sub);
        }
        model.getLabels().add(car);
        model.getLabels().add(person);
        Task task = F.createTask();
        task.setId(1);
        task.setName("video");
        task.setMode(TaskMode.INTERPOLATION);
        for (int i = 0; i < 50; i++) {
            Media frame = F.createMedia();
            frame.setType(MediaType.VIDEO_FRAME);
            frame.setPath("video.mp4");
            frame.setFrame(i);
            frame.setWidth(640);
            frame.setHeight(480);
            task.getMedia().add(frame);
        }
        Job job = F.createJob();
        job.setId(1);
        job.setStopFrame(49);
        task.getJobs().add(job);
        model.getTasks().add(task);
        project = ProjectStore.create(temp.resolve("p"), model);
        session = new EditorSession(project, job);
        edits = new AnnotationEdits(session);
    }

    @AfterEach
    void close() throws Exception {
        project.close();
    }

    private static AttributeSpec attribute(String name, boolean mutable, String... values) {
        AttributeSpec spec = F.createAttributeSpec();
        spec.setName(name);
        spec.setMutable(mutable);
        spec.setInputType(AttributeInputType.SELECT);
        spec.getValues().addAll(List.of(values));
        spec.setDefaultValue(values[0]);
        return spec;
    }

    private Track onlyTrack() {
        List<Track> tracks = session.job().getAnnotations().stream().filter(Track.class::isInstance).map(Track.class::cast).toList();
        assertEquals(1, tracks.size(), "one track in the job");
        return tracks.get(0);
    }

    private static List<Integer> keyframes(Track track) {
        return track.getShapes().stream().map(Shape::getFrame).toList();
    }

    @Test
    void aDrawnBoxBecomesATrackAndEditsElsewhereBecomeKeyframes() {
        assertTrue(session.drawsTracks(), "a video (interpolation) task draws tracks");
        Shape shown = edits.addShape(ShapeGeometry.of(ShapeType.RECTANGLE, Coordinates.of(10, 10, 50, 30)), car);
        Track track = onlyTrack();
        assertEquals(track, session.trackOf(shown));
        assertEquals(List.of(0), keyframes(track));
        assertEquals(List.of("make"), track.getAttributes().stream().map(AttributeValue::getName).toList(), "immutable on the track");
        assertEquals(List.of("moving"), track.getShapes().get(0).getAttributes().stream().map(AttributeValue::getName).toList(),
                "mutable on the keyframe");

        session.setFrame(20);
        Shape held = session.shapesOn(20).get(0);
        assertEquals(shown, held, "the same stand-in object on every frame");
        assertTrue(edits.setGeometry(held, ShapeGeometry.of(ShapeType.RECTANGLE, Coordinates.of(30, 10, 70, 30))));
        assertEquals(List.of(0, 20), keyframes(track));
        session.setFrame(10);
        assertEquals(Coordinates.of(20, 10, 60, 30), session.shapesOn(10).get(0).getPoints(), "halfway between the keyframes");
        assertFalse(session.shapesOn(10).get(0).isKeyframe());

        // a mutable attribute changed on frame 10 makes a keyframe there; an immutable one changes the track
        Shape here = session.shapesOn(10).get(0);
        edits.setAttribute(here, car.getAttributes().get(0), "false");
        assertEquals(List.of(0, 10, 20), keyframes(track));
        edits.setAttribute(here, car.getAttributes().get(1), "bmw");
        assertEquals("bmw", track.getAttributes().get(0).getValue());
        assertEquals(List.of(0, 10, 20), keyframes(track), "an immutable value adds no keyframe");

        session.commandStack().undo();
        session.commandStack().undo();
        assertEquals(List.of(0, 20), keyframes(track), "each change is one undo");
    }

    @Test
    void keyframeOutsideSplitMergeAndPropagate() {
        edits.addShape(ShapeGeometry.of(ShapeType.RECTANGLE, Coordinates.of(0, 0, 10, 10)), car);
        Track track = onlyTrack();
        session.setFrame(10);
        assertTrue(edits.tracks().switchKeyframe(List.of(track), 10));
        assertEquals(List.of(0, 10), keyframes(track));
        assertTrue(edits.tracks().switchKeyframe(List.of(track), 10), "K again removes the keyframe");
        assertEquals(List.of(0), keyframes(track));
        session.setFrame(0);
        assertFalse(edits.tracks().switchKeyframe(List.of(track), 0), "the only keyframe stays");

        session.setFrame(30);
        assertTrue(edits.tracks().setOutside(List.of(track), 30, true));
        assertTrue(session.shapesOn(30).isEmpty(), "outside: not drawn");
        assertEquals(1, session.annotationsOn(30).size(), "but listed on its outside keyframe, so O can be undone there");
        assertTrue(session.annotationsOn(31).isEmpty(), "and gone after it");

        session.setFrame(5);
        assertTrue(edits.propagate(List.of(session.shapesOn(5).get(0)), 3) > 0);
        assertEquals(List.of(0, 6, 7, 8, 30), keyframes(track), "propagating a track adds keyframes in frame order");

        session.setFrame(15);
        Track second = edits.tracks().split(track, 15);
        assertNotNull(second);
        assertEquals(2, session.job().getAnnotations().stream().filter(Track.class::isInstance).count());
        assertTrue(track.getShapes().get(track.getShapes().size() - 1).isOutside(), "the first part ends outside at the split");
        assertEquals(15, second.getShapes().get(0).getFrame());
        assertNull(edits.tracks().split(second, 15), "no split on a track's first frame");

        Track merged = edits.tracks().merge(List.of(track, second));
        assertNotNull(merged);
        assertEquals(1, session.job().getAnnotations().stream().filter(Track.class::isInstance).count(), "two tracks merged into one");
        session.commandStack().undo();
        assertEquals(2, session.job().getAnnotations().stream().filter(Track.class::isInstance).count(), "merge undone at once");
    }

    @Test
    void skeletonPointsBecomeElementTracks() {
        ShapeGeometry skeleton = new ShapeGeometry(ShapeType.SKELETON, Coordinates.EMPTY, 0, null,
                List.of(new ShapeGeometry.Element(person.getSublabels().get(0), 100, 50, false, false),
                        new ShapeGeometry.Element(person.getSublabels().get(1), 100, 150, false, false)));
        Shape shown = edits.addShape(skeleton, person);
        Track track = onlyTrack();
        assertEquals(2, track.getElements().size(), "one element track per skeleton point");
        assertEquals(2, shown.getElements().size(), "the stand-in shows both points");

        session.setFrame(10);
        ShapeGeometry moved = new ShapeGeometry(ShapeType.SKELETON, Coordinates.EMPTY, 0, null,
                List.of(new ShapeGeometry.Element(person.getSublabels().get(0), 120, 50, false, false),
                        new ShapeGeometry.Element(person.getSublabels().get(1), 100, 150, true, false)));
        assertTrue(edits.setGeometry(session.shapesOn(10).get(0), moved));
        assertEquals(List.of(0, 10), keyframes(track.getElements().get(0)));
        assertTrue(track.getElements().get(1).getShapes().get(1).isOutside(), "the foot left the frame at 10");
        session.setFrame(5);
        Shape middle = session.shapesOn(5).get(0);
        assertEquals(110, middle.getElements().get(0).getPoints().x(0), 0.01, "the head halfway");
    }
}
