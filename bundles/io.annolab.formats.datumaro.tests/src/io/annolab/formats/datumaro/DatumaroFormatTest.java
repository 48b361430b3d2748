package io.annolab.formats.datumaro;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.Datasets;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatDetection;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.formats.testing.ConformanceComparator;
import io.annolab.formats.testing.DatumaroView;
import io.annolab.model.AttributeValue;
import io.annolab.model.Caption;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.SkeletonEdge;
import io.annolab.model.Tag;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;
import io.annolab.model.values.PointVisibility;

/** Import, export and round trips of the datumaro format on files written here; hostile input. */
class DatumaroFormatTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;
    private final Conversion conversion = new Conversion();

    static Dataset load(Path path, FormatOptions options) throws IOException {
        try (DatasetSource source = new Conversion().importer("datumaro").open(path, options)) {
            return Datasets.load(source);
        }
    }

    static ExportReport export(Dataset dataset, Path target, FormatOptions options) throws IOException {
        ExportReport report = new ExportReport();
        new Conversion().exporter("datumaro").export(Datasets.of(dataset), target, options, report, new NullProgressMonitor());
        return report;
    }

    /** A dataset with every annotation type the format holds. */
    static Dataset everyKind(Path imageFolder) throws IOException {
        Dataset dataset = F.createDataset();
        dataset.setName("every-kind");
        Label car = label("car", "#ff8000");
        car.setParent("vehicle");
        car.getAttributes().add(spec("make"));
        Label person = label("person", null);
        Label skeleton = label("body", null);
        skeleton.setType(LabelType.SKELETON);
        Label head = label("head", null), hand = label("hand", null);
        head.setType(LabelType.POINTS);
        hand.setType(LabelType.POINTS);
        skeleton.getSublabels().addAll(List.of(head, hand));
        SkeletonEdge edge = F.createSkeletonEdge();
        edge.setFrom(head);
        edge.setTo(hand);
        skeleton.getEdges().add(edge);
        dataset.getLabels().addAll(List.of(car, person, skeleton));
        AttributeValue info = F.createAttributeValue();
        info.setName("author");
        info.setValue("tests");
        dataset.getAttributes().add(info);

        Files.createDirectories(imageFolder);
        Path image = imageFolder.resolve("street.png");
        Files.write(image, png(8, 6));
        DatasetItem item = F.createDatasetItem();
        item.setId("city/street");
        item.setSubset("train");
        Media media = F.createMedia();
        media.setType(MediaType.IMAGE);
        media.setPath(image.toString());
        media.setWidth(8);
        media.setHeight(6);
        item.setMedia(media);
        item.getAttributes().add(value("weather", "rain"));
        item.getAttributes().add(value("frame", 3L));
        Tag tag = F.createTag();
        tag.setLabel(person);
        tag.setId(1);
        tag.getAttributes().add(value("make", true));
        item.getAnnotations().add(tag);
        Caption caption = F.createCaption();
        caption.setText("a rainy street");
        caption.setId(2);
        item.getAnnotations().add(caption);
        Shape box = shape(ShapeType.RECTANGLE, car, 1.5f, 2f, 4.5f, 5f);
        box.setRotation(30);
        box.setOccluded(true);
        box.setScore(0.75f);
        box.setGroup(4);
        box.setZOrder(2);
        box.getAttributes().add(value("make", "volvo"));
        item.getAnnotations().add(box);
        item.getAnnotations().add(shape(ShapeType.POLYGON, car, 0, 0, 4, 0, 4, 3));
        item.getAnnotations().add(shape(ShapeType.POLYLINE, null, 1, 1, 2, 2.25f));
        Shape points = shape(ShapeType.POINTS, person, 1, 1, 2, 2, 3, 3);
        points.setVisibility(PointVisibility.of((byte) 2, (byte) 1, (byte) 0));
        item.getAnnotations().add(points);
        item.getAnnotations().add(shape(ShapeType.ELLIPSE, person, 4, 3, 2, 1));
        item.getAnnotations().add(shape(ShapeType.CUBOID, car, 0, 0, 1, 0, 1, 1, 0, 1, 2, 2, 3, 2, 3, 3, 2, 3));
        Shape mask = shape(ShapeType.MASK, car, 0, 0, 7, 5);
        boolean[] pixels = new boolean[48];
        pixels[9] = pixels[10] = pixels[17] = pixels[47] = true;
        mask.setMask(MaskRle.encode(8, 6, pixels));
        item.getAnnotations().add(mask);
        Shape body = shape(ShapeType.SKELETON, skeleton);
        Shape headPoint = shape(ShapeType.POINTS, head, 2, 1);
        headPoint.setVisibility(PointVisibility.of((byte) 2));
        headPoint.getAttributes().add(value("tilt", 5.5));
        Shape handPoint = shape(ShapeType.POINTS, hand, 3, 4);
        handPoint.setVisibility(PointVisibility.of((byte) 1));
        body.getElements().addAll(List.of(headPoint, handPoint));
        item.getAnnotations().add(body);
        dataset.getItems().add(item);

        DatasetItem cloud = F.createDatasetItem();
        cloud.setId("scan");
        cloud.setSubset("test");
        Media pcd = F.createMedia();
        pcd.setType(MediaType.POINT_CLOUD);
        pcd.setPath(imageFolder.resolve("scan.pcd").toString());
        pcd.getRelatedImages().add(image.toString());
        cloud.setMedia(pcd);
        cloud.getAnnotations().add(shape(ShapeType.CUBOID3D, car, 1, 2, 3, 0, 0, 0.5f, 2, 2, 1));
        dataset.getItems().add(cloud);
        return dataset;
    }

    @Test
    void everyAnnotationKindSurvivesExportAndImport(@TempDir Path root) throws Exception {
        Dataset original = everyKind(root.resolve("media"));
        Path out = root.resolve("out");
        ExportReport report = export(original, out, FormatOptions.NONE);
        assertEquals(Map.of(), report.leftOutCounts());
        assertTrue(Files.isRegularFile(out.resolve("annotations/train.json")));
        assertTrue(Files.isRegularFile(out.resolve("annotations/test.json")));
        Dataset again = load(out, FormatOptions.NONE);

        assertEquals(List.of(), ConformanceComparator.compare(withoutMediaPaths(DatumaroView.of(original, out)),
                withoutMediaPaths(DatumaroView.of(again, out))));
        Label body = again.getLabels().get(2);
        assertEquals(LabelType.SKELETON, body.getType());
        assertEquals(List.of("head", "hand"), body.getSublabels().stream().map(Label::getName).toList());
        assertEquals("hand", body.getEdges().get(0).getTo().getName());
        assertEquals("#ff8000", again.getLabels().get(0).getColor());
        assertEquals("vehicle", again.getLabels().get(0).getParent());
        DatasetItem street = again.getItems().stream().filter(i -> i.getId().equals("city/street")).findFirst().orElseThrow();
        assertEquals(out.resolve("images/train/city/street.png").toString(), street.getMedia().getPath());
        assertEquals(3L, street.getAttributes().get(1).getValue());
        Shape box = (Shape) street.getAnnotations().get(2);
        assertEquals(30f, box.getRotation());
        assertTrue(box.isOccluded());
        assertEquals(0.75f, box.getScore());
        assertEquals("make", box.getAttributes().get(0).getSpec().getName());
        Shape ellipse = (Shape) street.getAnnotations().get(6);
        assertEquals(Coordinates.of(4f, 3f, 2f, 1f), ellipse.getPoints());
        Shape mask = (Shape) street.getAnnotations().get(8);
        assertArrayEquals(((Shape) original.getItems().get(0).getAnnotations().get(8)).getMask().decode(), mask.getMask().decode());
        Shape skeleton = (Shape) street.getAnnotations().get(9);
        assertEquals(5.5, skeleton.getElements().get(0).getAttributes().get(0).getValue());
        assertEquals(PointVisibility.HIDDEN, skeleton.getElements().get(1).getVisibility().get(0));
        DatasetItem scan = again.getItems().stream().filter(i -> i.getId().equals("scan")).findFirst().orElseThrow();
        assertEquals(MediaType.POINT_CLOUD, scan.getMedia().getType());
        assertEquals(out.resolve("point_clouds/test/scan.pcd").toString(), scan.getMedia().getPath());
        assertEquals(out.resolve("related_images/test/scan/image_0.png").toString(), scan.getMedia().getRelatedImages().get(0));
        assertEquals(Coordinates.of(1f, 2f, 3f, 0f, 0f, 0.5f, 2f, 2f, 1f), ((Shape) scan.getAnnotations().get(0)).getPoints());
    }

    @Test
    void exportImportExportGivesTheSameBytes(@TempDir Path root) throws Exception {
        Path first = root.resolve("first"), second = root.resolve("second");
        export(everyKind(root.resolve("media")), first, FormatOptions.NONE);
        conversion.convert("datumaro", first, FormatOptions.NONE, "datumaro", second, FormatOptions.NONE, new NullProgressMonitor());
        for (String subset : List.of("train", "test")) {
            assertEquals(Files.readString(first.resolve("annotations/" + subset + ".json")),
                    Files.readString(second.resolve("annotations/" + subset + ".json")));
        }
    }

    @Test
    void saveMediaCopiesImagesPointCloudsAndRelatedImages(@TempDir Path root) throws Exception {
        Dataset dataset = everyKind(root.resolve("media"));
        Files.writeString(root.resolve("media/scan.pcd"), "VERSION .7\n");
        Path out = root.resolve("out");
        export(dataset, out, FormatOptions.parse(List.of("--save-media"), new DatumaroExporter().options()));
        assertArrayEquals(Files.readAllBytes(root.resolve("media/street.png")), Files.readAllBytes(out.resolve("images/train/city/street.png")));
        assertTrue(Files.isRegularFile(out.resolve("point_clouds/test/scan.pcd")));
        assertTrue(Files.isRegularFile(out.resolve("related_images/test/scan/image_0.png")));
        Dataset again = load(out, FormatOptions.NONE);
        assertEquals(8, again.getItems().stream().filter(i -> i.getId().equals("city/street")).findFirst().orElseThrow().getMedia().getWidth());
    }

    @Test
    void missingMediaIsReportedWhenSaving(@TempDir Path root) throws Exception {
        Dataset dataset = everyKind(root.resolve("media"));
        ExportReport report = export(dataset, root.resolve("out"), FormatOptions.parse(List.of("--save-media"), new DatumaroExporter().options()));
        assertTrue(report.summaryLine().contains("media file (missing at its source"), report.summaryLine());
    }

    @Test
    void detectionAnswersForDatumaroAndNotForCocoJson(@TempDir Path root) throws Exception {
        Path out = root.resolve("out");
        export(everyKind(root.resolve("media")), out, FormatOptions.NONE);
        assertEquals(DatumaroImporter.MEDIUM, new DatumaroImporter().detect(out));
        assertEquals("datumaro", new FormatDetection().detect(out));
        Path coco = Files.createDirectories(root.resolve("coco/annotations"));
        Files.writeString(coco.resolve("instances_train.json"), "{\"info\": {}, \"licenses\": [], \"images\": [], \"categories\": []}");
        assertEquals(DatumaroImporter.NONE, new DatumaroImporter().detect(root.resolve("coco")));
        assertEquals(DatumaroImporter.NONE, new DatumaroImporter().detect(root.resolve("media")));
    }

    @Test
    void itemsStreamInFileOrderAcrossSubsets(@TempDir Path root) throws Exception {
        Path out = root.resolve("out");
        export(everyKind(root.resolve("media")), out, FormatOptions.NONE);
        try (DatasetSource source = conversion.importer("datumaro").open(out, FormatOptions.NONE);
                var items = source.items()) {
            List<String> seen = new ArrayList<>();
            for (DatasetItem item = items.next(); item != null; item = items.next()) {
                seen.add(item.getSubset() + "/" + item.getId());
            }
            assertEquals(List.of("test/scan", "train/city/street"), seen);
        }
    }

    // ---- hostile input ----

    private static Path dataset(Path root, String subsetJson) throws IOException {
        Path annotations = Files.createDirectories(root.resolve("ds/annotations"));
        Files.writeString(annotations.resolve("default.json"), subsetJson);
        return root.resolve("ds");
    }

    private static final String CATEGORIES = "{\"info\": {}, \"categories\": {\"label\": {\"labels\": [{\"name\": \"a\", \"parent\": \"\", "
            + "\"attributes\": []}], \"attributes\": []}},\n";

    private static AnnolabException importFails(Path path) {
        return assertThrows(AnnolabException.class, () -> load(path, FormatOptions.NONE));
    }

    @Test
    void malformedJsonNamesFileLineAndColumn(@TempDir Path root) throws Exception {
        Path path = dataset(root, CATEGORIES + "\"items\": [\n  {\"id\": \"1\", \"annotations\": [}]}");
        AnnolabException error = importFails(path);
        assertTrue(error.file().endsWith("default.json"), error.getMessage());
        assertEquals(3, error.line(), error.getMessage());
        assertTrue(error.column() > 0, error.getMessage());
        assertTrue(error.getMessage().contains("not valid JSON"), error.getMessage());
    }

    @Test
    void truncatedFileIsReported(@TempDir Path root) throws Exception {
        AnnolabException error = importFails(dataset(root, CATEGORIES + "\"items\": [{\"id\": \"1\", \"annotations\": ["));
        assertTrue(error.getMessage().contains("default.json"), error.getMessage());
    }

    @Test
    void undeclaredLabelIsAnErrorUnlessKept(@TempDir Path root) throws Exception {
        Path path = dataset(root, CATEGORIES + "\"items\": [{\"id\": \"1\", \"annotations\": [\n"
                + "{\"id\": 0, \"type\": \"label\", \"attributes\": {}, \"group\": 0, \"label_id\": 3}]}]}");
        AnnolabException error = importFails(path);
        assertEquals(3, error.line(), error.getMessage());
        assertTrue(error.getMessage().contains("label_id 3 is not declared"), error.getMessage());
        Dataset kept = load(path, FormatOptions.parse(List.of("--keep-undeclared-labels"), new DatumaroImporter().options()));
        assertEquals(List.of("a", "3"), kept.getLabels().stream().map(Label::getName).toList());
        assertEquals("3", kept.getItems().get(0).getAnnotations().get(0).getLabel().getName());
    }

    @Test
    void duplicateItemIdsAreRefused(@TempDir Path root) throws Exception {
        AnnolabException error = importFails(dataset(root, CATEGORIES
                + "\"items\": [{\"id\": \"1\", \"annotations\": []},\n{\"id\": \"1\", \"annotations\": []}]}"));
        assertEquals(3, error.line(), error.getMessage());
        assertTrue(error.getMessage().contains("appears twice"), error.getMessage());
    }

    @Test
    void absurdSizesAndDamagedMasksAreRefused(@TempDir Path root) throws Exception {
        AnnolabException size = importFails(dataset(root.resolve("a"), CATEGORIES
                + "\"items\": [{\"id\": \"1\", \"annotations\": [], \"image\": {\"path\": \"1.jpg\", \"size\": [2000000, 3]}}]}"));
        assertTrue(size.getMessage().contains("impossible"), size.getMessage());
        AnnolabException rle = importFails(dataset(root.resolve("b"), CATEGORIES
                + "\"items\": [{\"id\": \"1\", \"annotations\": [{\"id\": 0, \"type\": \"mask\", \"label_id\": 0, "
                + "\"rle\": {\"counts\": \"07\", \"size\": [2, 3]}}]}]}"));
        assertTrue(rle.getMessage().contains("RLE is damaged"), rle.getMessage());
        AnnolabException huge = importFails(dataset(root.resolve("c"), CATEGORIES
                + "\"items\": [{\"id\": \"1\", \"annotations\": [{\"id\": 0, \"type\": \"mask\", \"label_id\": 0, "
                + "\"rle\": {\"counts\": \"0\", \"size\": [900000, 900000]}}]}]}"));
        assertTrue(huge.getMessage().contains("impossible"), huge.getMessage());
    }

    @Test
    void wrongTypesAndUnknownAnnotationsSayWhatIsExpected(@TempDir Path root) throws Exception {
        AnnolabException bbox = importFails(dataset(root.resolve("a"), CATEGORIES
                + "\"items\": [{\"id\": \"1\", \"annotations\": [{\"id\": 0, \"type\": \"bbox\", \"bbox\": [1, 2, 3]}]}]}"));
        assertTrue(bbox.getMessage().contains("a bbox needs 4 numbers"), bbox.getMessage());
        AnnolabException type = importFails(dataset(root.resolve("b"), CATEGORIES
                + "\"items\": [{\"id\": \"1\", \"annotations\": [{\"id\": 0, \"type\": \"blob\"}]}]}"));
        assertTrue(type.getMessage().contains("unknown annotation type 'blob'"), type.getMessage());
        AnnolabException text = importFails(dataset(root.resolve("c"), CATEGORIES
                + "\"items\": [{\"id\": \"1\", \"annotations\": [{\"id\": \"x\", \"type\": \"label\"}]}]}"));
        assertTrue(text.getMessage().contains("must be a whole number"), text.getMessage());
    }

    @Test
    void subsetFilesWithDifferentCategoriesAreRefused(@TempDir Path root) throws Exception {
        Path path = dataset(root, CATEGORIES + "\"items\": []}");
        Files.writeString(path.resolve("annotations/val.json"), CATEGORIES.replace("\"a\"", "\"b\"") + "\"items\": []}");
        AnnolabException error = importFails(path);
        assertTrue(error.getMessage().contains("other categories"), error.getMessage());
    }

    @Test
    void aFailedExportLeavesNothingBehind(@TempDir Path root) throws Exception {
        Dataset dataset = everyKind(root.resolve("media"));
        dataset.getItems().get(0).setId("../../../../escape");
        Path out = root.resolve("out");
        assertThrows(AnnolabException.class, () -> export(dataset, out, FormatOptions.parse(List.of("--save-media"),
                new DatumaroExporter().options())));
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(root)) {
            assertEquals(List.of("media"), left.map(p -> p.getFileName().toString()).toList());
        }
        dataset.getItems().get(0).setId("ok");
        dataset.getItems().get(0).setSubset("a/b");
        assertThrows(AnnolabException.class, () -> export(dataset, out, FormatOptions.NONE));
        assertFalse(Files.exists(out));
    }

    @Test
    void anEmptyDatasetStillWritesItsCategories(@TempDir Path root) throws Exception {
        Dataset dataset = F.createDataset();
        dataset.getLabels().add(label("only", null));
        export(dataset, root.resolve("out"), FormatOptions.NONE);
        Dataset again = load(root.resolve("out"), FormatOptions.NONE);
        assertEquals("only", again.getLabels().get(0).getName());
        assertNull(again.getLabels().get(0).getColor());
        assertTrue(again.getItems().isEmpty());
        assertTrue(Files.readString(root.resolve("out/annotations/default.json"), StandardCharsets.UTF_8).contains("\"items\":[]"));
    }

    // ---- helpers ----

    /** Media move on export (images/<subset>/<id><ext>), so views are compared without their paths. */
    static com.fasterxml.jackson.databind.node.ObjectNode withoutMediaPaths(com.fasterxml.jackson.databind.node.ObjectNode view) {
        view.path("items").forEach(item -> {
            if (item.path("media") instanceof com.fasterxml.jackson.databind.node.ObjectNode media) {
                media.remove("path");
            }
        });
        return view;
    }

    static Label label(String name, String color) {
        Label label = F.createLabel();
        label.setName(name);
        label.setColor(color);
        return label;
    }

    static io.annolab.model.AttributeSpec spec(String name) {
        io.annolab.model.AttributeSpec spec = F.createAttributeSpec();
        spec.setName(name);
        return spec;
    }

    static AttributeValue value(String name, Object value) {
        AttributeValue attribute = F.createAttributeValue();
        attribute.setName(name);
        attribute.setValue(value);
        return attribute;
    }

    static Shape shape(ShapeType type, Label label, float... points) {
        Shape shape = F.createShape();
        shape.setType(type);
        shape.setLabel(label);
        shape.setPoints(Coordinates.of(points));
        return shape;
    }

    /** A valid PNG header (enough for size reading), no pixels. */
    static byte[] png(int width, int height) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(33);
        buffer.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R' });
        buffer.putInt(width).putInt(height);
        return buffer.array();
    }
}
