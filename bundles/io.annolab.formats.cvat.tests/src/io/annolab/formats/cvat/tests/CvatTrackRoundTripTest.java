package io.annolab.formats.cvat.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.formats.testing.CvatSamples;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ProjectDatasets;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.track.Keyframes;
import io.annolab.core.api.track.TrackInterpolation;
import io.annolab.formats.testing.SharedData;
import io.annolab.model.ModelFactory;
import io.annolab.model.Project;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Task;
import io.annolab.model.TaskMode;
import io.annolab.model.Track;

/**
 * CVAT for video through a project: import rebuilds tracks from keyframes (the interpolated
 * frames CVAT wrote are dropped and recomputed), export writes every frame again, and a second
 * import gives the same tracks.
 */
class CvatTrackRoundTripTest {

    private final Conversion conversion = new Conversion();

    @Test
    void theConformanceVideoSurvivesProjectImportExportAndImport(@TempDir Path root) throws Exception {
        Path video = SharedData.require("conformance/assets/cvat_dataset/for_video");
        Project project = ModelFactory.eINSTANCE.createProject();
        project.setName("video");
        Task task = importTask(project, video);
        assertEquals(TaskMode.INTERPOLATION, task.getMode());
        List<Track> tracks = tracks(task);
        assertEquals(4, tracks.size());
        assertEquals(0, task.getJobs().get(0).getAnnotations().stream().filter(a -> !(a instanceof Track)).count(),
                "every shape belonged to a track");

        Track box = tracks.get(0);
        assertEquals(ShapeType.RECTANGLE, box.getType());
        assertEquals(0L, box.getId());
        assertArrayEquals(new int[] { 0, 1, 2 }, Keyframes.frames(box), "frames 10, 13 and 16 are the task's frames 0, 1 and 2");
        assertFalse(box.getShapes().get(0).isOutside());
        assertTrue(box.getShapes().get(1).isOutside());
        assertTrue(box.getShapes().get(0).isOccluded());
        assertTrue(box.getShapes().stream().allMatch(s -> s.getAttributes().stream().noneMatch(a -> a.getName().equals("track_id"))),
                "track_id is structure, not an attribute");

        Track skeleton = tracks.get(3);
        assertEquals(ShapeType.SKELETON, skeleton.getType());
        assertArrayEquals(new int[] { 0 }, Keyframes.frames(skeleton), "CVAT's interpolated skeleton frames are dropped");
        assertEquals(List.of("1", "2", "3", "4"), skeleton.getElements().stream().map(e -> e.getLabel().getName()).toList());
        Track third = skeleton.getElements().get(2);
        assertArrayEquals(new int[] { 0, 1 }, Keyframes.frames(third));
        assertTrue(third.getShapes().get(1).isOutside());
        assertArrayEquals(new int[] { 0 }, Keyframes.frames(skeleton.getElements().get(0)));
        Shape at2 = TrackInterpolation.shapeAt(skeleton, 2).orElseThrow();
        assertTrue(at2.getElements().get(2).isOutside());
        assertFalse(at2.getElements().get(3).isOutside());

        // export as CVAT for video and import again: the same tracks
        Path out = root.resolve("out");
        ExportReport report = new ExportReport();
        DatasetSource exported = ProjectDatasets.export(project, null, List.of(task), report);
        conversion.exporter("cvat_video").export(exported, out, FormatOptions.NONE, report, new NullProgressMonitor());
        assertFalse(report.summaryLine().contains("between keyframes"), report.summaryLine());
        String xml = Files.readString(out.resolve("annotations.xml"));
        assertTrue(xml.contains("<track id=\"0\""), xml);

        Project again = ModelFactory.eINSTANCE.createProject();
        again.setName("again");
        Task reimported = importTask(again, out);
        List<Track> tracksAgain = tracks(reimported);
        assertEquals(tracks.size(), tracksAgain.size());
        for (int i = 0; i < tracks.size(); i++) {
            assertSameTrack(tracks.get(i), tracksAgain.get(i), task.getMedia().size());
            for (int e = 0; e < tracks.get(i).getElements().size(); e++) {
                assertSameTrack(tracks.get(i).getElements().get(e), tracksAgain.get(i).getElements().get(e), task.getMedia().size());
            }
        }
    }

    @Test
    void interpolatedFramesAreRecomputedAndWrittenOnEveryFrame(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectories(root.resolve("in"));
        Files.writeString(folder.resolve("annotations.xml"), CvatSamples.movingBoxVideo());
        Project project = ModelFactory.eINSTANCE.createProject();
        project.setName("moving");
        Task task = importTask(project, folder);
        Track box = tracks(task).get(0);
        assertArrayEquals(new int[] { 0, 4, 6 }, Keyframes.frames(box), "CVAT's frames 1-3 and 5 are interpolated, dropped");
        assertArrayEquals(new float[] { 20, 0, 30, 10 }, TrackInterpolation.shapeAt(box, 2).orElseThrow().getPoints().toArray(), 1e-4f,
                "recomputed, not the file's wrong values");
        assertTrue(TrackInterpolation.shapeAt(box, 6).isEmpty());

        Path out = root.resolve("out");
        ExportReport report = new ExportReport();
        conversion.exporter("cvat_video").export(ProjectDatasets.export(project, null, List.of(task), report), out, FormatOptions.NONE, report,
                new NullProgressMonitor());
        String xml = Files.readString(out.resolve("annotations.xml"));
        assertTrue(xml.contains("frame=\"2\" keyframe=\"0\"") || xml.matches("(?s).*<box frame=\"2\"[^>]*keyframe=\"0\".*"), xml);
        assertTrue(xml.matches("(?s).*<box frame=\"2\"[^>]*xtl=\"20\\.00\"[^>]*xbr=\"30\\.00\".*"), xml);
        assertTrue(xml.matches("(?s).*<box frame=\"6\"[^>]*outside=\"1\".*"), "the outside keyframe ends the track: " + xml);
    }

    private static void assertSameTrack(Track expected, Track actual, int frames) {
        assertEquals(expected.getLabel().getName(), actual.getLabel().getName());
        assertEquals(expected.getType(), actual.getType());
        assertArrayEquals(Keyframes.frames(expected), Keyframes.frames(actual), expected.getLabel().getName());
        for (int frame : Keyframes.frames(expected)) {
            assertEquals(Keyframes.at(expected, frame).orElseThrow().isOutside(), Keyframes.at(actual, frame).orElseThrow().isOutside());
        }
        for (int frame = 0; frame < frames + 2; frame++) {
            Optional<Shape> a = TrackInterpolation.stateAt(expected, frame);
            Optional<Shape> b = TrackInterpolation.stateAt(actual, frame);
            assertEquals(a.isPresent(), b.isPresent(), "frame " + frame);
            if (a.isPresent()) {
                assertEquals(a.get().isOutside(), b.get().isOutside(), "frame " + frame);
                assertArrayEquals(a.get().getPoints().toArray(), b.get().getPoints().toArray(), 0.01f, "frame " + frame);
            }
        }
    }

    private Task importTask(Project project, Path path) throws IOException {
        try (DatasetSource source = conversion.importer("cvat").open(path, FormatOptions.NONE)) {
            return ProjectDatasets.importAsTask(project, source, "video");
        }
    }

    private static List<Track> tracks(Task task) {
        return task.getJobs().get(0).getAnnotations().stream().filter(Track.class::isInstance).map(Track.class::cast).toList();
    }
}
