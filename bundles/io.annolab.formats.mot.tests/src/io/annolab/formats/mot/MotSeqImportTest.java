package io.annolab.formats.mot;

import static io.annolab.formats.mot.MotSamples.attribute;
import static io.annolab.formats.mot.MotSamples.load;
import static io.annolab.formats.mot.MotSamples.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.format.DatasetImporter;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;

/** Detection and reading of MOT sequences, with and without seqinfo.ini. */
class MotSeqImportTest {

    private static final List<String> LABELS = List.of("person", "car");

    @Test
    void detectsASequenceFolderItsParentAndTheGtFile(@TempDir Path temp) throws IOException {
        Path root = sequence(temp.resolve("MOT17-02/seq"), "1,1,0,0,1,1,1,1,1\n", LABELS);
        DatasetImporter importer = new MotSeqImporter();
        assertEquals(DatasetImporter.MEDIUM, importer.detect(root));
        assertEquals(DatasetImporter.MEDIUM, importer.detect(temp));
        assertEquals(DatasetImporter.MEDIUM, importer.detect(root.resolve("gt/gt.txt")));
        assertEquals(DatasetImporter.NONE, importer.detect(root.resolve("gt/labels.txt")));
        Path other = Files.createDirectories(temp.resolve("other/gt"));
        Files.writeString(other.resolve("notes.txt"), "x");
        assertEquals(DatasetImporter.NONE, importer.detect(temp.resolve("other")));
    }

    @Test
    void readsRowsAsBoxesWithTrackVisibilityAndIgnored(@TempDir Path temp) throws IOException {
        Path root = sequence(temp.resolve("seq"), """
                1,3,10,20,30,40,1,2,0.5
                2,3,11,21,30,40,0,1,0
                1,-1,1.5,2.5,3,4,1,-1,1
                """, LABELS, 1, 2);
        Dataset dataset = load("mot_seq", root);
        assertEquals(List.of("person", "car"), dataset.getLabels().stream().map(l -> l.getName()).toList());
        assertEquals(2, dataset.getItems().size());
        DatasetItem first = dataset.getItems().get(0);
        assertEquals("000001", first.getId());
        assertEquals("default", first.getSubset());
        assertEquals(root.resolve("img1/000001.png").toAbsolutePath().toString(), first.getMedia().getPath());
        assertEquals(20, first.getMedia().getWidth());
        assertEquals(2, first.getAnnotations().size());
        Shape tracked = (Shape) first.getAnnotations().get(0);
        assertEquals(ShapeType.RECTANGLE, tracked.getType());
        assertEquals("car", tracked.getLabel().getName());
        assertEquals(List.of(10f, 20f, 40f, 60f), List.of(tracked.getPoints().get(0), tracked.getPoints().get(1), tracked.getPoints().get(2),
                tracked.getPoints().get(3)));
        assertEquals(3L, attribute(tracked, "track_id"));
        assertEquals(0.5, attribute(tracked, "visibility"));
        assertEquals(false, attribute(tracked, "ignored"));
        assertFalse(tracked.isOccluded());
        Shape detection = (Shape) first.getAnnotations().get(1);
        assertNull(detection.getLabel());
        assertNull(attribute(detection, "track_id"), "-1 is no track");
        Shape second = (Shape) dataset.getItems().get(1).getAnnotations().get(0);
        assertEquals(true, attribute(second, "ignored"));
        assertTrue(second.isOccluded(), "visibility 0 is at most the default threshold 0");
    }

    @Test
    void occlusionThresholdIsAnOption(@TempDir Path temp) throws IOException {
        Path root = sequence(temp.resolve("seq"), "1,1,0,0,1,1,1,1,0.4\n", LABELS);
        Shape box = (Shape) load("mot_seq", root, new FormatOptions(Map.of(MotSeqImporter.OCCLUSION_THRESHOLD, "0.5"))).getItems().get(0)
                .getAnnotations().get(0);
        assertTrue(box.isOccluded());
    }

    @Test
    void seqinfoDefinesTheFramesAndTheirSize(@TempDir Path temp) throws IOException {
        Path root = sequence(temp.resolve("seq"), "2,7,0,0,1,1,1,1,1\n", LABELS);
        Files.writeString(root.resolve("seqinfo.ini"), """
                [Sequence]
                name=MOT-Test
                imDir=frames
                frameRate=25
                seqLength=3
                imWidth=64
                imHeight=48
                imExt=.png
                """);
        Dataset dataset = load("mot_seq", root);
        assertEquals("MOT-Test", dataset.getName());
        assertEquals(List.of("1", "2", "3"), dataset.getItems().stream().map(DatasetItem::getId).toList());
        DatasetItem second = dataset.getItems().get(1);
        assertEquals(root.resolve("frames/000002.png").toAbsolutePath().toString(), second.getMedia().getPath());
        assertEquals(64, second.getMedia().getWidth());
        assertEquals(48, second.getMedia().getHeight());
        assertEquals(1, second.getAnnotations().size());
        assertEquals(25.0, dataset.getAttributes().get(0).getValue());
    }

    @Test
    void rowsSortedByObjectAreGroupedByFrame(@TempDir Path temp) throws IOException {
        Path root = sequence(temp.resolve("seq"), "3,1,0,0,1,1,1,1,1\n1,1,0,0,1,1,1,1,1\n3,2,0,0,1,1,1,1,1\n1,2,0,0,1,1,1,1,1\n", LABELS);
        Dataset dataset = load("mot_seq", root);
        assertEquals(List.of("1", "3"), dataset.getItems().stream().map(DatasetItem::getId).toList());
        assertEquals(List.of(1L, 2L), dataset.getItems().get(1).getAnnotations().stream().map(a -> attribute(a, "track_id")).toList());
    }

    @Test
    void withoutLabelsTxtTheMotChallengeClassesApply(@TempDir Path temp) throws IOException {
        Path root = sequence(temp.resolve("seq"), "1,1,0,0,1,1,1,3,1\n", null);
        Dataset dataset = load("mot_seq", root);
        assertEquals(12, dataset.getLabels().size());
        assertEquals("car", ((Shape) dataset.getItems().get(0).getAnnotations().get(0)).getLabel().getName());
    }

    @Test
    void detectionFilesGiveScores(@TempDir Path temp) throws IOException {
        Path root = temp.resolve("seq");
        Files.createDirectories(root.resolve("det"));
        Files.writeString(root.resolve("det/det.txt"), "1,-1,5,5,10,10,0.75,-1,-1,-1\n");
        Shape box = (Shape) load("mot_seq", root).getItems().get(0).getAnnotations().get(0);
        assertEquals(0.75f, box.getScore());
        assertNull(attribute(box, "visibility"));
    }
}
