package io.annolab.formats.coco.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.Datasets;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatDetection;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.model.Annotation;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Track;
import io.annolab.model.values.Coordinates;

/** Detection, import details, export details and hostile input, on files written here. */
class CocoFormatTest {

    private static final String HEADER = "{\"categories\":[{\"id\":3,\"name\":\"cat\"},{\"id\":7,\"name\":\"dog\",\"supercategory\":\"animal\"}],"
            + "\"images\":[{\"id\":10,\"file_name\":\"x.jpg\",\"width\":8,\"height\":6}],";

    @Test
    void theFamilyWinsAFolderAndTheTaskSubFormatWinsASingleFile(@TempDir Path root) throws Exception {
        Path dataset = write(root, "instances_train.json", HEADER + "\"annotations\":[]}");
        write(root, "captions_train.json", "{\"images\":[],\"annotations\":[]}");
        assertEquals("coco", new FormatDetection().detect(dataset));
        assertEquals("coco_instances", new FormatDetection().detect(dataset.resolve("annotations/instances_train.json")));
        assertEquals("coco_captions", new FormatDetection().detect(dataset.resolve("annotations/captions_train.json")));
        Files.writeString(root.resolve("not_coco.json"), "[1,2]");
        assertTrue(new FormatDetection().candidates(root.resolve("not_coco.json")).stream().noneMatch(c -> c.formatId().startsWith("coco")));
    }

    @Test
    void categoryIdsWithGapsKeepTheirLabelsAndTheirIdsThroughExport(@TempDir Path root) throws Exception {
        Path dataset = write(root, "instances_val.json", HEADER + "\"annotations\":["
                + "{\"id\":5,\"image_id\":10,\"category_id\":7,\"bbox\":[1,2,3,2],\"iscrowd\":0,\"score\":0.5},"
                + "{\"id\":6,\"image_id\":10,\"category_id\":3,\"segmentation\":{\"counts\":\"0d0n0\",\"size\":[10,5]},\"iscrowd\":1}]}");
        // the compressed RLE is 10x5 but the image is 6x8: a mismatch is an error naming the annotation
        AnnolabException mismatch = assertThrows(AnnolabException.class, () -> CocoConformanceTest.load("coco_instances", dataset));
        assertTrue(mismatch.getMessage().contains("annotation 6"), mismatch.getMessage());

        Files.writeString(dataset.resolve("annotations/instances_val.json"), HEADER.replace("\"width\":8,\"height\":6", "\"width\":5,\"height\":10")
                + "\"annotations\":[{\"id\":5,\"image_id\":10,\"category_id\":7,\"bbox\":[1,2,3,2],\"iscrowd\":0,\"score\":0.5},"
                + "{\"id\":6,\"image_id\":10,\"category_id\":3,\"segmentation\":{\"counts\":\"0d0n0\",\"size\":[10,5]},\"iscrowd\":1}]}");
        Dataset loaded = CocoConformanceTest.load("coco_instances", dataset);
        assertEquals(List.of("cat", "dog"), loaded.getLabels().stream().map(Label::getName).toList());
        assertEquals("animal", loaded.getLabels().get(1).getParent());
        DatasetItem item = loaded.getItems().get(0);
        assertEquals("x", item.getId());
        assertEquals("val", item.getSubset());
        Shape box = (Shape) item.getAnnotations().get(0);
        assertEquals("dog", box.getLabel().getName());
        assertEquals(Coordinates.of(1f, 2f, 4f, 4f), box.getPoints());
        assertEquals(0.5f, box.getScore());
        Shape mask = (Shape) item.getAnnotations().get(1);
        assertEquals(ShapeType.MASK, mask.getType());
        assertEquals(20, mask.getMask().area());

        Path out = root.resolve("out");
        new Conversion().exporter("coco_instances").export(Datasets.of(loaded), out, FormatOptions.NONE, new ExportReport(),
                new NullProgressMonitor());
        String json = Files.readString(out.resolve("annotations/instances_val.json"));
        assertTrue(json.contains("{\"id\":3,\"name\":\"cat\""), json);
        assertTrue(json.contains("{\"id\":7,\"name\":\"dog\",\"supercategory\":\"animal\"}"), json);
        assertTrue(json.contains("\"counts\":[0,20,30],\"size\":[10,5]"), json);
        assertTrue(json.contains("\"score\":0.5"), json);
    }

    @Test
    void whatCocoCannotHoldIsReportedAndRotatedBoxesBecomePolygons(@TempDir Path root) throws Exception {
        Dataset dataset = ModelFactory.eINSTANCE.createDataset();
        Label label = ModelFactory.eINSTANCE.createLabel();
        label.setName("car");
        dataset.getLabels().add(label);
        DatasetItem item = ModelFactory.eINSTANCE.createDatasetItem();
        item.setId("frame_1");
        item.setSubset("default");
        dataset.getItems().add(item);
        item.getAnnotations().add(shape(ShapeType.POLYLINE, label, 0, 0, 5, 5));
        item.getAnnotations().add(shape(ShapeType.ELLIPSE, label, 5, 5, 2, 2));
        Shape rotated = shape(ShapeType.RECTANGLE, label, 0, 0, 4, 2);
        rotated.setRotation(90);
        item.getAnnotations().add(rotated);
        Track track = ModelFactory.eINSTANCE.createTrack();
        track.setType(ShapeType.RECTANGLE);
        item.getAnnotations().add(track);
        ExportReport report = new ExportReport();
        Path out = root.resolve("out");
        new Conversion().exporter("coco").export(Datasets.of(dataset), out, FormatOptions.NONE, report, new NullProgressMonitor());
        Map<String, Long> leftOut = report.leftOutCounts();
        assertEquals(4L, leftOut.values().stream().mapToLong(Long::longValue).sum() + 1, leftOut.toString()); // 3 left out + 1
        assertTrue(leftOut.keySet().stream().anyMatch(k -> k.startsWith("polyline")), leftOut.toString());
        assertTrue(leftOut.keySet().stream().anyMatch(k -> k.startsWith("ellipse")), leftOut.toString());
        assertTrue(leftOut.keySet().stream().anyMatch(k -> k.contains("track")), leftOut.toString());
        Dataset back = CocoConformanceTest.load("coco", out);
        Shape polygon = (Shape) back.getItems().get(0).getAnnotations().get(0);
        assertEquals(ShapeType.POLYGON, polygon.getType());
        float[] b = polygon.getPoints().bounds();
        assertEquals(1f, b[0], 1e-4);
        assertEquals(-1f, b[1], 1e-4);
        assertEquals(3f, b[2], 1e-4);
        assertEquals(3f, b[3], 1e-4);
        assertTrue(Files.isRegularFile(out.resolve("annotations/image_info_default.json")));
        assertFalse(Files.exists(out.resolve("annotations/captions_default.json")), "empty task files are not written");
    }

    @Test
    void malformedJsonNamesFileLineAndColumnAndLeavesNoOutput(@TempDir Path root) throws Exception {
        Path dataset = write(root, "instances_train.json", "{\"images\":[\n{\"id\":1,\"file_name\":\"a.jpg\"},\n{\"id\": ]}");
        AnnolabException error = assertThrows(AnnolabException.class, () -> new Conversion().convert("coco", dataset, FormatOptions.NONE,
                "coco", root.resolve("out"), FormatOptions.NONE, new NullProgressMonitor()));
        assertTrue(error.getMessage().contains("instances_train.json"), error.getMessage());
        assertEquals(3, error.line());
        assertTrue(error.column() > 0);
        assertNoOutput(root);

        Files.writeString(dataset.resolve("annotations/instances_train.json"), HEADER + "\"annotations\":[{\"id\":1,\"image_id\":10,\"bb");
        error = assertThrows(AnnolabException.class, () -> CocoConformanceTest.load("coco", dataset));
        assertTrue(error.getMessage().contains("malformed JSON"), error.getMessage());
    }

    @Test
    void undeclaredCategoriesUnknownImagesDuplicatesAndAbsurdSizesAreErrors(@TempDir Path root) throws Exception {
        assertRefused(root, HEADER + "\"annotations\":[{\"id\":4,\"image_id\":10,\"category_id\":99,\"bbox\":[0,0,1,1]}]}",
                "refers to category 99");
        assertRefused(root, HEADER + "\"annotations\":[{\"id\":4,\"image_id\":11,\"category_id\":3,\"bbox\":[0,0,1,1]}]}",
                "refers to image 11");
        assertRefused(root, HEADER.replace("\"height\":6}],", "\"height\":6},{\"id\":10,\"file_name\":\"y.jpg\"}],") + "\"annotations\":[]}", "declared twice");
        assertRefused(root, HEADER.replace("\"height\":6}],", "\"height\":6},{\"id\":11,\"file_name\":\"x.jpg\"}],") + "\"annotations\":[]}", "two images");
        assertRefused(root, HEADER.replace("\"width\":8", "\"width\":1000000000") + "\"annotations\":[]}", "out of range");
        assertRefused(root, HEADER + "\"annotations\":[{\"id\":4,\"image_id\":10,\"segmentation\":{\"counts\":[1,2],\"size\":[6,8]}}]}",
                "do not cover");
        assertRefused(root, HEADER.replace("x.jpg", "../../../etc/passwd") + "\"annotations\":[]}", "outside the images folder");
    }

    private static void assertRefused(Path root, String json, String message) throws IOException {
        Path dataset = write(root.resolve(Integer.toHexString(json.hashCode())), "instances_train.json", json);
        AnnolabException error = assertThrows(AnnolabException.class, () -> CocoConformanceTest.load("coco", dataset));
        assertTrue(error.getMessage().contains(message), error.getMessage());
        assertTrue(error.getMessage().contains("instances_train.json"), error.getMessage());
    }

    @Test
    void anExportThatFailsLeavesNothingBehind(@TempDir Path root) throws Exception {
        Dataset dataset = ModelFactory.eINSTANCE.createDataset();
        Label undeclared = ModelFactory.eINSTANCE.createLabel();
        undeclared.setName("ghost");
        DatasetItem item = ModelFactory.eINSTANCE.createDatasetItem();
        item.setId("a");
        item.getAnnotations().add(shape(ShapeType.RECTANGLE, undeclared, 0, 0, 1, 1));
        dataset.getItems().add(item);
        AnnolabException error = assertThrows(AnnolabException.class, () -> new Conversion().exporter("coco_instances")
                .export(Datasets.of(dataset), root.resolve("out"), FormatOptions.NONE, new ExportReport(), new NullProgressMonitor()));
        assertTrue(error.getMessage().contains("ghost"), error.getMessage());
        assertNoOutput(root);
    }

    @Test
    void twentyThousandAnnotationsImportCompletely(@TempDir Path root) throws Exception {
        StringBuilder json = new StringBuilder("{\"categories\":[");
        for (int c = 1; c <= 80; c++) {
            json.append(c > 1 ? "," : "").append("{\"id\":").append(c * 2).append(",\"name\":\"c").append(c).append("\"}");
        }
        json.append("],\"images\":[");
        int images = 2_000;
        for (int i = 0; i < images; i++) {
            json.append(i > 0 ? "," : "").append("{\"id\":").append(i + 100).append(",\"file_name\":\"img").append(i)
                    .append(".jpg\",\"width\":640,\"height\":480}");
        }
        json.append("],\"annotations\":[");
        int annotations = 20_000;
        for (int a = 0; a < annotations; a++) {
            json.append(a > 0 ? "," : "").append("{\"id\":").append(a + 1).append(",\"image_id\":").append(100 + (a * 7) % images)
                    .append(",\"category_id\":").append(2 * (1 + a % 80)).append(",\"iscrowd\":0,\"bbox\":[1,2,30,40]");
            if (a % 10 == 0) {
                json.append(",\"segmentation\":[]");
            } else if (a % 20 == 1) {
                json.append(",\"iscrowd\":1,\"segmentation\":{\"counts\":[").append(640 * 480 - 100).append(",100],\"size\":[480,640]}");
            } else {
                json.append(",\"segmentation\":[[10,10,50,10,50,60,").append(a % 100).append(",60]]");
            }
            json.append('}');
        }
        json.append("]}");
        Path dataset = write(root, "instances_train.json", json.toString());
        Dataset loaded = CocoConformanceTest.load("coco_instances", dataset);
        assertEquals(images, loaded.getItems().size());
        assertEquals(annotations, loaded.getItems().stream().mapToInt(i -> i.getAnnotations().size()).sum());
        Annotation first = loaded.getItems().get(0).getAnnotations().get(0);
        assertEquals(1, first.getId());
        assertEquals("c1", first.getLabel().getName());
        long masks = loaded.getItems().stream().flatMap(i -> i.getAnnotations().stream())
                .filter(a -> ((Shape) a).getType() == ShapeType.MASK).count();
        assertEquals(1000, masks);
    }

    private static Shape shape(ShapeType type, Label label, float... points) {
        Shape shape = ModelFactory.eINSTANCE.createShape();
        shape.setType(type);
        shape.setLabel(label);
        shape.setPoints(Coordinates.of(points));
        return shape;
    }

    private static Path write(Path root, String name, String json) throws IOException {
        Path dataset = root.resolve("dataset");
        Files.createDirectories(dataset.resolve("annotations"));
        Files.writeString(dataset.resolve("annotations").resolve(name), json);
        return dataset;
    }

    private static void assertNoOutput(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            assertFalse(names.contains("out"), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.contains("partial")), names.toString());
        }
        assertNull(null);
    }
}
