package io.annolab.formats.mot;

import static io.annolab.formats.mot.MotSamples.attribute;
import static io.annolab.formats.mot.MotSamples.dataset;
import static io.annolab.formats.mot.MotSamples.export;
import static io.annolab.formats.mot.MotSamples.instancePng;
import static io.annolab.formats.mot.MotSamples.item;
import static io.annolab.formats.mot.MotSamples.load;
import static io.annolab.formats.mot.MotSamples.mask;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.format.DatasetImporter;
import io.annolab.core.api.format.ExportReport;
import io.annolab.formats.testing.DatumaroView;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;

/** Detection, reading, writing and round trips of MOTS PNG. */
class MotsTest {

    @Test
    void detectsInstancesFolderOrSubsetFolders(@TempDir Path temp) throws IOException {
        instancePng(temp.resolve("flat/instances/a.png"), 2, 1, 0, 1001);
        instancePng(temp.resolve("split/train/instances/a.png"), 2, 1, 0, 1001);
        DatasetImporter importer = new MotsImporter();
        assertEquals(DatasetImporter.MEDIUM, importer.detect(temp.resolve("flat")));
        assertEquals(DatasetImporter.MEDIUM, importer.detect(temp.resolve("split")));
        assertEquals(DatasetImporter.NONE, importer.detect(temp.resolve("flat/instances/a.png")));
        Files.createDirectories(temp.resolve("empty"));
        assertEquals(DatasetImporter.NONE, importer.detect(temp.resolve("empty")));
    }

    @Test
    void readsEachPixelValueAsAMaskWithItsTrack(@TempDir Path temp) throws IOException {
        Path root = temp.resolve("mots");
        Files.createDirectories(root.resolve("instances"));
        Files.writeString(root.resolve("instances/labels.txt"), "car\nperson\n");
        instancePng(root.resolve("instances/f1.png"), 3, 2, 1005, 1005, 0, 0, 2007, 0);
        MotSamples.image(root.resolve("images/f1.jpg"), 3, 2);
        Dataset dataset = load("mots", root);
        DatasetItem item = dataset.getItems().get(0);
        assertEquals("f1", item.getId());
        assertEquals("default", item.getSubset());
        assertEquals(3, item.getMedia().getWidth());
        assertEquals(2, item.getAnnotations().size());
        Shape car = (Shape) item.getAnnotations().get(0);
        assertEquals(ShapeType.MASK, car.getType());
        assertEquals("car", car.getLabel().getName());
        assertEquals(5L, attribute(car, "track_id"));
        assertEquals(2, car.getMask().area());
        Shape person = (Shape) item.getAnnotations().get(1);
        assertEquals("person", person.getLabel().getName());
        assertEquals(1f, person.getPoints().get(0));
        assertEquals(1f, person.getPoints().get(1));
    }

    @Test
    void class10IsIgnoredWithFewerThanTenLabels(@TempDir Path temp) throws IOException {
        Path root = temp.resolve("mots");
        instancePng(root.resolve("instances/a.png"), 2, 1, 10000, 1002); // no labels.txt: Datumaro's defaults
        Dataset dataset = load("mots", root);
        List<String> labels = dataset.getItems().get(0).getAnnotations().stream().map(a -> a.getLabel().getName()).toList();
        assertEquals(List.of("background", "ignored"), labels);
        assertEquals(1, ((Shape) dataset.getItems().get(0).getAnnotations().get(1)).getZOrder());
    }

    @Test
    void writesSixteenBitPngsBySubset(@TempDir Path temp) throws IOException {
        Dataset dataset = dataset("car", "person");
        DatasetItem item = item(dataset, "train", "seq/f1", 3, 2);
        mask(item, dataset.getLabels().get(1), 1, 0, 2, 2, 7L, true, false, false, true);
        mask(item, dataset.getLabels().get(0), 0, 0, 1, 1, null, true);
        item(dataset, "val", "f2", 2, 2); // no masks: an empty PNG keeps the item
        Path out = temp.resolve("out");
        ExportReport report = export("mots", dataset, out);
        assertTrue(report.leftOutCounts().isEmpty(), report.leftOutCounts().toString());
        Raster raster = ImageIO.read(out.resolve("train/instances/seq/f1.png").toFile()).getRaster();
        assertArrayEquals(new int[] { 1008, 2007, 0, 0, 0, 2007 }, raster.getSamples(0, 0, 3, 2, 0, new int[6]));
        assertEquals("car\nperson", Files.readString(out.resolve("train/instances/labels.txt")));
        assertTrue(Files.isRegularFile(out.resolve("val/instances/f2.png")));
        assertEquals(List.of("seq/f1", "f2"), load("mots", out).getItems().stream().map(DatasetItem::getId).toList());
    }

    @Test
    void importExportImportKeepsTheConformanceSample(@TempDir Path temp) throws IOException {
        Path root = temp.resolve("mots");
        Files.createDirectories(root.resolve("a/instances"));
        Files.writeString(root.resolve("a/instances/labels.txt"), "x\ny\nz");
        instancePng(root.resolve("a/instances/1.png"), 4, 2, 1001, 1001, 3002, 0, 0, 2003, 2003, 3002);
        MotSamples.image(root.resolve("a/images/1.jpg"), 4, 2);
        Dataset first = load("mots", root);
        export("mots", first, temp.resolve("out"), "--save-media");
        Dataset again = load("mots", temp.resolve("out"));
        assertEquals(DatumaroView.of(first, root).toString(), DatumaroView.of(again, temp.resolve("out")).toString());
    }

    @Test
    void exportImportExportGivesTheSameBytes(@TempDir Path temp) throws IOException {
        Dataset dataset = dataset("car", "person");
        DatasetItem item = item(dataset, "default", "f1", 4, 3);
        mask(item, dataset.getLabels().get(1), 1, 1, 2, 2, 7L, true, true, false, true);
        mask(item, dataset.getLabels().get(0), 0, 0, 1, 1, 3L, true);
        export("mots", dataset, temp.resolve("a"));
        export("mots", load("mots", temp.resolve("a")), temp.resolve("b"));
        assertEquals(MotSamples.files(temp.resolve("a")), MotSamples.files(temp.resolve("b")));
        for (String file : MotSamples.files(temp.resolve("a"))) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("a").resolve(file)), Files.readAllBytes(temp.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void boxesAreWrittenAsTheMasksTheyCover(@TempDir Path temp) throws IOException {
        Dataset dataset = dataset("car");
        DatasetItem item = item(dataset, "default", "f1", 4, 3);
        MotSamples.box(item, dataset.getLabels().get(0), 1, 1, 3, 3, 2L);
        ExportReport report = export("mots", dataset, temp.resolve("out"));
        assertEquals(1, report.writtenCounts().get("mask (from a rectangle)"));
        Raster raster = ImageIO.read(temp.resolve("out/default/instances/f1.png").toFile()).getRaster();
        assertArrayEquals(new int[] { 0, 0, 0, 0, 0, 1002, 1002, 0, 0, 1002, 1002, 0 }, raster.getSamples(0, 0, 4, 3, 0, new int[12]));
        Shape mask = (Shape) load("mots", temp.resolve("out")).getItems().get(0).getAnnotations().get(0);
        assertEquals(4, mask.getMask().area());
        assertEquals(2L, attribute(mask, "track_id"));
    }

    @Test
    void freshInstanceIdsStayClearOfTheBoxesTracks(@TempDir Path temp) throws IOException {
        Dataset dataset = dataset("car");
        mask(item(dataset, "default", "f1", 2, 1), dataset.getLabels().get(0), 0, 0, 1, 1, null, true);
        MotSamples.box(item(dataset, "default", "f2", 2, 1), dataset.getLabels().get(0), 0, 0, 1, 1, 5L);
        export("mots", dataset, temp.resolve("out"));
        Shape fresh = (Shape) load("mots", temp.resolve("out")).getItems().get(0).getAnnotations().get(0);
        assertEquals(6L, attribute(fresh, "track_id"));
    }

    @Test
    void whatMotsCannotHoldIsReported(@TempDir Path temp) throws IOException {
        Dataset dataset = dataset("car");
        DatasetItem item = item(dataset, "default", "f1", 2, 2);
        MotSamples.box(item, dataset.getLabels().get(0), 0, 0, 1, 1, 1L).setRotation(30);
        mask(item, null, 0, 0, 1, 1, 1L, true);
        mask(item, dataset.getLabels().get(0), 0, 0, 2, 1, 1L, true, true);
        mask(item, dataset.getLabels().get(0), 0, 0, 1, 1, 2L, true);
        ExportReport report = export("mots", dataset, temp.resolve("out"));
        assertEquals(1, report.leftOutCounts().get("rectangle (MOTS holds masks only)"), "a rotated box covers no whole pixels");
        assertEquals(1, report.leftOutCounts().get("mask without a label (a MOTS pixel value is class * 1000 + instance)"));
        assertEquals(1, report.leftOutCounts().get("mask pixels under a later mask (a MOTS PNG holds one object per pixel)"));
    }
}
