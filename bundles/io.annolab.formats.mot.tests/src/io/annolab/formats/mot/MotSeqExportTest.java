package io.annolab.formats.mot;

import static io.annolab.formats.mot.MotSamples.attribute;
import static io.annolab.formats.mot.MotSamples.box;
import static io.annolab.formats.mot.MotSamples.dataset;
import static io.annolab.formats.mot.MotSamples.export;
import static io.annolab.formats.mot.MotSamples.item;
import static io.annolab.formats.mot.MotSamples.load;
import static io.annolab.formats.mot.MotSamples.sequence;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.format.ExportReport;
import io.annolab.formats.testing.DatumaroView;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Shape;

/** Writing MOT sequences, and the round trips through them. */
class MotSeqExportTest {

    @Test
    void writesGtRowsLabelsAndSeqinfoForFramesOneToN(@TempDir Path temp) throws IOException {
        Dataset dataset = dataset("person", "car");
        DatasetItem first = item(dataset, "default", "1", 64, 48);
        box(first, dataset.getLabels().get(1), 10, 20, 40, 60, 5L);
        Shape untracked = box(first, null, 1.5f, 2, 3, 4, null);
        AnnotationAttributes.put(untracked, "ignored", true);
        AnnotationAttributes.put(untracked, "visibility", 0.25);
        DatasetItem second = item(dataset, "default", "2", 64, 48);
        box(second, dataset.getLabels().get(0), 0, 0, 1, 1, 5L).setOccluded(true);

        Path out = temp.resolve("out");
        ExportReport report = export("mot_seq", dataset, out);
        assertEquals("1,5,10,20,30,40,1,2,1\n1,6,1.5,2,1.5,2,0,-1,0.25\n2,5,0,0,1,1,1,1,0\n", Files.readString(out.resolve("gt/gt.txt")));
        assertEquals("person\ncar", Files.readString(out.resolve("gt/labels.txt")));
        assertEquals("[Sequence]\nname=sample\nimDir=img1\nseqLength=2\nimWidth=64\nimHeight=48\nimExt=.jpg\n",
                Files.readString(out.resolve("seqinfo.ini")));
        assertTrue(Files.isDirectory(out.resolve("img1")));
        assertEquals(3, report.writtenCounts().get("rectangle"));
        assertTrue(report.leftOutCounts().isEmpty(), report.leftOutCounts().toString());
    }

    @Test
    void noSeqinfoWhenItWouldMisdescribeTheItems(@TempDir Path temp) throws IOException {
        Dataset dataset = dataset("person");
        item(dataset, "default", "1", 64, 48);
        item(dataset, "default", "3", 64, 48); // frame 2 missing
        export("mot_seq", dataset, temp.resolve("gap"));
        assertFalse(Files.exists(temp.resolve("gap/seqinfo.ini")));

        Dataset sizes = dataset("person");
        item(sizes, "default", "1", 64, 48);
        item(sizes, "default", "2", 32, 48);
        export("mot_seq", sizes, temp.resolve("sizes"));
        assertFalse(Files.exists(temp.resolve("sizes/seqinfo.ini")));
    }

    @Test
    void whatMotCannotHoldIsReported(@TempDir Path temp) throws IOException {
        Dataset dataset = dataset("person");
        DatasetItem item = item(dataset, "train", "frame-a", 0, 0);
        MotSamples.mask(item, dataset.getLabels().get(0), 0, 0, 1, 1, 1L, true);
        box(item, dataset.getLabels().get(0), 0, 0, 2, 2, 0L);
        ExportReport report = export("mot_seq", dataset, temp.resolve("out"));
        assertEquals(1, report.leftOutCounts().get("mask (MOT holds boxes only)"));
        assertEquals(1, report.leftOutCounts().get("subset name (a MOT sequence has no subsets)"));
        assertEquals(1, report.leftOutCounts().get("item id that is no frame number (MOT names frames by number; numbered by position)"));
        assertTrue(report.leftOutCounts().keySet().stream().anyMatch(k -> k.startsWith("track id outside")), report.leftOutCounts().toString());
        assertEquals("1,1,0,0,2,2,1,1,1\n", Files.readString(temp.resolve("out/gt/gt.txt")));
    }

    @Test
    void perFrameShapesOfTracksOutsideTheFrameAreNotBoxes(@TempDir Path temp) throws IOException {
        Dataset dataset = dataset("person");
        DatasetItem item = item(dataset, "default", "1", 0, 0);
        box(item, dataset.getLabels().get(0), 0, 0, 1, 1, 4L);
        box(item, dataset.getLabels().get(0), 5, 5, 6, 6, 8L).setOutside(true);
        ExportReport report = export("mot_seq", dataset, temp.resolve("out"));
        assertEquals("1,4,0,0,1,1,1,1,1\n", Files.readString(temp.resolve("out/gt/gt.txt")));
        assertEquals(1, report.leftOutCounts().get("rectangle of a track outside the frame (MOT lists visible boxes only)"));
    }

    @Test
    void freshIdsNeverCollideWithTracksSeenLater(@TempDir Path temp) throws IOException {
        Dataset dataset = dataset("person");
        box(item(dataset, "default", "1", 0, 0), null, 0, 0, 1, 1, null);
        box(item(dataset, "default", "2", 0, 0), null, 0, 0, 1, 1, 9L);
        export("mot_seq", dataset, temp.resolve("out"));
        assertEquals("1,10,0,0,1,1,1,-1,1\n2,9,0,0,1,1,1,-1,1\n", Files.readString(temp.resolve("out/gt/gt.txt")));
    }

    @Test
    void importExportImportKeepsTheDataset(@TempDir Path temp) throws IOException {
        Path root = sequence(temp.resolve("seq"), "1,3,10,20,30,40,1,2,0.5\n2,3,11,21,30,40,0,1,0\n2,4,1.5,2.5,3,4,1,-1,1\n",
                List.of("person", "car"), 1, 2);
        Dataset first = load("mot_seq", root);
        export("mot_seq", first, temp.resolve("out"), "--save-media");
        Dataset again = load("mot_seq", temp.resolve("out"));
        assertEquals(DatumaroView.of(first, root).toString(), DatumaroView.of(again, temp.resolve("out")).toString());
        assertTrue(Files.isRegularFile(temp.resolve("out/img1/000002.png")));
    }

    @Test
    void exportImportExportGivesTheSameBytes(@TempDir Path temp) throws IOException {
        Dataset dataset = dataset("person", "car");
        DatasetItem first = item(dataset, "default", "1", 64, 48);
        box(first, dataset.getLabels().get(1), 10.25f, 20, 40, 60.5f, 5L);
        box(first, null, 1, 2, 3, 4, null);
        box(item(dataset, "default", "2", 64, 48), dataset.getLabels().get(0), 0, 0, 1, 1, 5L);
        export("mot_seq", dataset, temp.resolve("a"));
        export("mot_seq", load("mot_seq", temp.resolve("a")), temp.resolve("b"));
        for (String file : List.of("gt/gt.txt", "gt/labels.txt", "seqinfo.ini")) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("a").resolve(file)), Files.readAllBytes(temp.resolve("b").resolve(file)), file);
        }
        assertEquals(MotSamples.files(temp.resolve("a")), MotSamples.files(temp.resolve("b")));
        Shape reread = (Shape) load("mot_seq", temp.resolve("b")).getItems().get(0).getAnnotations().get(0);
        assertEquals(5L, attribute(reread, "track_id"));
    }
}
