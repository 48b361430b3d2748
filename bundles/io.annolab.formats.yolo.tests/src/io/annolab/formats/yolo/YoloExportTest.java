package io.annolab.formats.yolo;

import static io.annolab.formats.yolo.YoloTestSupport.assertOnly;
import static io.annolab.formats.yolo.YoloTestSupport.export;
import static io.annolab.formats.yolo.YoloTestSupport.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Track;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;
import io.annolab.model.values.PointVisibility;

/** Writing: exact file contents, what each format cannot hold is reported, failures leave nothing behind. */
class YoloExportTest {

    private static final ModelFactory MODEL = ModelFactory.eINSTANCE;

    @TempDir
    Path temp;

    private static Dataset dataset(String... labels) {
        Dataset dataset = MODEL.createDataset();
        for (String name : labels) {
            Label label = MODEL.createLabel();
            label.setName(name);
            dataset.getLabels().add(label);
        }
        return dataset;
    }

    private static DatasetItem item(Dataset dataset, String id, String subset, int width, int height) {
        DatasetItem item = MODEL.createDatasetItem();
        item.setId(id);
        item.setSubset(subset);
        Media media = MODEL.createMedia();
        media.setType(MediaType.IMAGE);
        media.setPath("/nowhere/" + id + ".png");
        media.setWidth(width);
        media.setHeight(height);
        item.setMedia(media);
        dataset.getItems().add(item);
        return item;
    }

    private static Shape shape(DatasetItem item, Label label, ShapeType type, float... points) {
        Shape shape = MODEL.createShape();
        shape.setType(type);
        shape.setLabel(label);
        shape.setPoints(Coordinates.of(points));
        item.getAnnotations().add(shape);
        return shape;
    }

    @Test
    void darknetWritesBoxesAndReportsEverythingElse() throws IOException {
        Dataset dataset = dataset("cat", "dog");
        DatasetItem a = item(dataset, "a/1", "default", 200, 100);
        shape(a, dataset.getLabels().get(1), ShapeType.RECTANGLE, 10, 20, 50, 60);
        shape(a, dataset.getLabels().get(0), ShapeType.POLYGON, 1, 1, 5, 1, 5, 5);
        shape(a, dataset.getLabels().get(0), ShapeType.RECTANGLE, 10, 20, 50, 60).setRotation(30);
        Shape mask = shape(a, dataset.getLabels().get(0), ShapeType.MASK, 0, 0, 1, 0);
        mask.setMask(MaskRle.of(2, 1, 0, 2));
        Track track = MODEL.createTrack();
        track.setLabel(dataset.getLabels().get(0));
        a.getAnnotations().add(track);
        item(dataset, "empty", "valid", 10, 10);

        Path out = temp.resolve("out");
        ExportReport report = export("yolo", dataset, out, FormatOptions.NONE);

        assertEquals("1 0.150000 0.400000 0.200000 0.400000\n", Files.readString(out.resolve("obj_train_data/a/1.txt")));
        assertEquals("", Files.readString(out.resolve("obj_valid_data/empty.txt")));
        assertEquals("cat\ndog\n", Files.readString(out.resolve("obj.names")));
        assertEquals("classes = 2\ntrain = data/train.txt\nvalid = data/valid.txt\nnames = data/obj.names\nbackup = backup/\n",
                Files.readString(out.resolve("obj.data")));
        assertEquals("data/obj_train_data/a/1.png\n", Files.readString(out.resolve("train.txt")));
        assertEquals(Map.of("rectangle", 1L), report.writtenCounts());
        assertEquals(4, report.leftOutCounts().size(), report.summaryLine());
        assertTrue(report.summaryLine().contains("1 mask (this YOLO format holds axis-aligned boxes only)"), report.summaryLine());
        assertTrue(report.summaryLine().contains("1 track"), report.summaryLine());
        assertTrue(report.summaryLine().contains("1 rotated rectangle"), report.summaryLine());
    }

    @Test
    void detectionReportsMasksAndTracks() throws IOException {
        Dataset dataset = dataset("cat");
        DatasetItem a = item(dataset, "1", "train", 10, 10);
        shape(a, dataset.getLabels().get(0), ShapeType.MASK, 0, 0, 1, 0).setMask(MaskRle.of(2, 1, 0, 2));
        a.getAnnotations().add(MODEL.createTrack());
        ExportReport report = export("yolov8_detection", dataset, temp.resolve("out"), FormatOptions.NONE);
        assertEquals(2, report.leftOutCounts().values().stream().mapToLong(Long::longValue).sum(), report.summaryLine());
        assertEquals("", Files.readString(temp.resolve("out/labels/train/1.txt")));
    }

    @Test
    void poseWritesEveryPointWithVisibilityAndItsBox() throws IOException {
        Dataset dataset = dataset("person");
        Label person = dataset.getLabels().get(0);
        for (String name : new String[] { "head", "hand", "foot" }) {
            Label point = MODEL.createLabel();
            point.setName(name);
            person.getSublabels().add(point);
        }
        DatasetItem a = item(dataset, "1", "train", 100, 50);
        Shape skeleton = shape(a, person, ShapeType.SKELETON);
        for (int i = 0; i < 3; i++) {
            Shape point = MODEL.createShape();
            point.setType(ShapeType.POINTS);
            point.setLabel(person.getSublabels().get(i));
            point.setPoints(Coordinates.of(10f + 20 * i, 10f + 10 * i));
            point.setVisibility(PointVisibility.of(i == 2 ? PointVisibility.ABSENT : i == 1 ? PointVisibility.HIDDEN : PointVisibility.VISIBLE));
            skeleton.getElements().add(point);
        }
        Path out = temp.resolve("out");
        export("yolov8_pose", dataset, out, FormatOptions.NONE);
        assertEquals("0 0.200000 0.300000 0.200000 0.200000 0.100000 0.200000 2 0.300000 0.400000 1 0.500000 0.600000 0\n",
                Files.readString(out.resolve("labels/train/1.txt")));
        assertEquals("path: .\ntrain: train.txt\n\nkpt_shape: [3, 3]\n\nnames:\n  0: person\n", Files.readString(out.resolve("data.yaml")));
    }

    @Test
    void orientedBoxesWriteTheFourCornersThatReadBackAsTheSameBox() throws IOException {
        Dataset dataset = dataset("car");
        DatasetItem a = item(dataset, "1", "train", 15, 10);
        shape(a, dataset.getLabels().get(0), ShapeType.RECTANGLE, 1, 2, 4, 6).setRotation(30);
        Path out = temp.resolve("out");
        export("yolov8_oriented_boxes", dataset, out, FormatOptions.NONE);
        assertEquals("0 0.146731 0.151795 0.319936 0.301795 0.186603 0.648205 0.013397 0.498205\n",
                Files.readString(out.resolve("labels/train/1.txt")));
    }

    @Test
    void aFailingExportLeavesNothingBehind() throws IOException {
        Dataset dataset = dataset("cat");
        item(dataset, "1", "train", 10, 10);
        item(dataset, "2", "names", 10, 10);
        Path out = temp.resolve("out");
        AnnolabException e = assertThrows(AnnolabException.class, () -> export("yolov8_detection", dataset, out, FormatOptions.NONE));
        assertTrue(e.getMessage().contains("'names' cannot be written"), e.getMessage());
        assertFalse(Files.exists(out));
        assertOnly(temp);

        Dataset climbing = dataset("cat");
        item(climbing, "../../escape", "train", 10, 10);
        assertThrows(AnnolabException.class, () -> export("yolo", climbing, out, FormatOptions.NONE));
        assertOnly(temp);
    }

    @Test
    void saveMediaCopiesImagesAndImportingTheResultGivesTheSameSizes() throws IOException {
        Dataset dataset = dataset("cat");
        DatasetItem a = item(dataset, "1", "train", 3, 2);
        Path image = temp.resolve("img.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", image.toFile());
        a.getMedia().setPath(image.toString());
        shape(a, dataset.getLabels().get(0), ShapeType.RECTANGLE, 0, 0, 3, 2);
        Path out = temp.resolve("out");
        export("yolov8_detection", dataset, out, YoloTestSupport.SAVE_MEDIA);
        assertTrue(Files.isRegularFile(out.resolve("images/train/1.png")));
        Dataset again = load("yolov8_detection", out);
        assertEquals(3, again.getItems().get(0).getMedia().getWidth());
        Shape box = (Shape) again.getItems().get(0).getAnnotations().get(0);
        assertEquals(Coordinates.of(0f, 0f, 3f, 2f), box.getPoints());
    }

    @Test
    void manyItemsStreamQuickly() throws IOException {
        Dataset dataset = dataset("a", "b", "c");
        for (int i = 0; i < 20_000; i++) {
            DatasetItem item = item(dataset, "img" + i, "train", 640, 480);
            for (int k = 0; k < 7; k++) {
                shape(item, dataset.getLabels().get(k % 3), ShapeType.RECTANGLE, k, k, 100 + k, 50 + k);
            }
        }
        long start = System.nanoTime();
        ExportReport report = export("yolo", dataset, temp.resolve("out"), FormatOptions.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(140_000L, report.writtenCounts().get("rectangle"));
        // a guard against gross regressions only (per-annotation I/O, decoding images): the build machine is shared,
        // so the real measure is the benchmark (releng/benchmarks), where 118,000 items must stay under 9.5 s
        assertTrue(seconds < 15, "20,000 items took " + seconds + " s");
    }
}
