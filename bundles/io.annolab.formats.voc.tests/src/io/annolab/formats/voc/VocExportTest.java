package io.annolab.formats.voc;

import static io.annolab.formats.voc.VocSamples.attribute;
import static io.annolab.formats.voc.VocSamples.dataset;
import static io.annolab.formats.voc.VocSamples.export;
import static io.annolab.formats.voc.VocSamples.item;
import static io.annolab.formats.voc.VocSamples.label;
import static io.annolab.formats.voc.VocSamples.load;
import static io.annolab.formats.voc.VocSamples.mask;
import static io.annolab.formats.voc.VocSamples.shape;
import static io.annolab.formats.voc.VocSamples.tag;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.format.ExportReport;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Tag;
import io.annolab.model.values.MaskRle;

class VocExportTest {

    /** cat box, person with a head part and actions, a polygon, a mask and an image label. */
    static Dataset sample() {
        Dataset dataset = dataset("cat", "person", "head", "dog");
        DatasetItem item = item(dataset, "2007_000001", "train", 20, 10);
        Shape cat = shape(item, ShapeType.RECTANGLE, label(dataset, "cat"), 1, 2, 3, 4);
        cat.setGroup(1);
        attribute(cat, "truncated", true);
        attribute(cat, "pose", "Left");
        attribute(cat, "colour", "black & white");
        Shape person = shape(item, ShapeType.RECTANGLE, label(dataset, "person"), 4, 5, 6, 7);
        person.setGroup(2);
        person.setOccluded(true);
        Shape head = shape(item, ShapeType.RECTANGLE, label(dataset, "head"), 5.5f, 6, 7.5f, 8);
        head.setGroup(2);
        shape(item, ShapeType.POLYGON, label(dataset, "dog"), 10, 1, 15, 3, 12, 8);
        mask(item, label(dataset, "cat"), 2, 1, MaskRle.of(3, 2, 1, 4, 1));
        tag(item, label(dataset, "dog"));
        item(dataset, "2007_000002", "test", 20, 10);
        return dataset;
    }

    @Test
    void writesTheVocLayoutWithConversionsReported(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("voc");
        ExportReport report = export("voc", sample(), out, Map.of());
        assertEquals(List.of("Annotations/2007_000001.xml", "Annotations/2007_000002.xml", "ImageSets/Action/test.txt",
                "ImageSets/Action/train.txt", "ImageSets/Layout/test.txt", "ImageSets/Layout/train.txt",
                "ImageSets/Main/background_test.txt", "ImageSets/Main/background_train.txt", "ImageSets/Main/cat_test.txt",
                "ImageSets/Main/cat_train.txt", "ImageSets/Main/dog_test.txt", "ImageSets/Main/dog_train.txt",
                "ImageSets/Main/person_test.txt", "ImageSets/Main/person_train.txt", "ImageSets/Main/test.txt",
                "ImageSets/Main/train.txt", "ImageSets/Segmentation/test.txt", "ImageSets/Segmentation/train.txt",
                "SegmentationClass/2007_000001.png", "SegmentationObject/2007_000001.png", "labelmap.txt"), files(out));
        assertEquals("""
                # label:color_rgb:parts:actions
                background:0,0,0::
                cat:128,0,0::
                person:0,128,0:head:
                dog:128,128,0::
                """, Files.readString(out.resolve("labelmap.txt")));
        String xml = Files.readString(out.resolve("Annotations/2007_000001.xml"));
        assertTrue(xml.startsWith("<annotation>\n  <folder>2007</folder>\n  <filename>2007_000001.jpg</filename>"), xml);
        assertTrue(xml.contains("""
                  <object>
                    <name>cat</name>
                    <pose>Left</pose>
                    <truncated>1</truncated>
                    <occluded>0</occluded>
                    <bndbox>
                      <xmin>1.0</xmin>
                      <ymin>2.0</ymin>
                      <xmax>3.0</xmax>
                      <ymax>4.0</ymax>
                    </bndbox>
                    <attributes>
                      <attribute>
                        <name>colour</name>
                        <value>black &amp; white</value>
                      </attribute>
                    </attributes>
                  </object>""".indent(2)), xml);
        assertTrue(xml.contains("<part>\n      <name>head</name>"), xml);
        assertTrue(xml.contains("<segmented>1</segmented>"), xml);
        assertEquals("2007_000001 -1\n", Files.readString(out.resolve("ImageSets/Main/cat_train.txt")));
        assertEquals("2007_000001  1\n", Files.readString(out.resolve("ImageSets/Main/dog_train.txt")));
        Map<String, Long> written = report.writtenCounts();
        assertEquals(1L, written.get("polygon (as its bounding box)"));
        assertEquals(1L, written.get("mask"));
        assertEquals(1L, written.get("tag"));
        assertEquals(2L, written.get("rectangle"));
        assertEquals(1L, written.get("rectangle (person part)"));
        assertTrue(report.leftOutCounts().isEmpty(), report.summaryLine());
    }

    @Test
    void masksArePaintedIntoIndexedPngsWithTheLabelColoursAndInstanceNumbers(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("voc");
        export("voc", sample(), out, Map.of());
        BufferedImage classes = ImageIO.read(out.resolve("SegmentationClass/2007_000001.png").toFile());
        BufferedImage instances = ImageIO.read(out.resolve("SegmentationObject/2007_000001.png").toFile());
        assertTrue(classes.getColorModel() instanceof IndexColorModel);
        assertEquals(20, classes.getWidth());
        assertEquals(10, classes.getHeight());
        // the 3x2 mask at (2, 1): runs 1 off, 4 on, 1 off
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 20; x++) {
                int inMask = y == 1 && x >= 3 && x <= 4 || y == 2 && x >= 2 && x <= 3 ? 1 : 0;
                assertEquals(inMask, classes.getRaster().getSample(x, y, 0), "class at " + x + "," + y);
                assertEquals(inMask, instances.getRaster().getSample(x, y, 0), "instance at " + x + "," + y);
            }
        }
        assertEquals(0x800000, classes.getRGB(3, 1) & 0xFFFFFF); // cat's colour
        assertEquals(0x800000, instances.getRGB(3, 1) & 0xFFFFFF); // VOC palette 1
    }

    @Test
    void roundTripKeepsTheDatasetAndTheBytes(@TempDir Path temp) throws IOException {
        Path first = temp.resolve("first");
        export("voc", sample(), first, Map.of());
        Dataset read = load("voc", first);
        DatasetItem item = read.getItems().stream().filter(i -> i.getId().equals("2007_000001")).findFirst().orElseThrow();
        assertEquals(List.of("label dog", "bbox cat 1/1", "bbox person 2/2", "bbox head 0/2", "bbox dog 3/3", "mask cat 0/1"),
                item.getAnnotations().stream().map(VocExportTest::describe).toList());
        Shape mask = (Shape) item.getAnnotations().get(5);
        assertEquals(MaskRle.of(3, 2, 1, 4, 1), mask.getMask());
        assertEquals(2f, mask.getPoints().get(0));
        assertEquals(1f, mask.getPoints().get(1));
        Shape person = (Shape) item.getAnnotations().get(2);
        assertTrue(person.isOccluded());

        Path second = temp.resolve("second");
        export("voc", read, second, Map.of());
        Dataset again = load("voc", second);
        Path third = temp.resolve("third");
        export("voc", again, third, Map.of());
        assertEquals(contents(second), contents(third));
        assertEquals(files(first), files(second));
    }

    @Test
    void detectionAloneTurnsMasksIntoBoxesAndReportsImageLabels(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("det");
        ExportReport report = export("voc_detection", sample(), out, Map.of());
        assertFalse(Files.exists(out.resolve("SegmentationClass")));
        assertEquals(1L, report.writtenCounts().get("mask (as its bounding box)"));
        assertEquals(1L, report.leftOutCounts().get("tag (only VOC classification holds image labels)"));
        Dataset read = load("voc_detection", out);
        // parts belong to the layout task: detection reads the four objects only
        assertEquals(4, read.getItems().stream().filter(i -> i.getId().equals("2007_000001")).findFirst().orElseThrow()
                .getAnnotations().size());
    }

    @Test
    void vocLabelMapLeavesOutLabelsItLacksAndSaysSo(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("voc");
        Dataset dataset = dataset("cat", "unicorn");
        DatasetItem item = item(dataset, "a", "train", 20, 10);
        shape(item, ShapeType.RECTANGLE, label(dataset, "unicorn"), 1, 1, 2, 2);
        shape(item, ShapeType.POLYLINE, label(dataset, "cat"), 1, 1, 2, 2);
        ExportReport report = export("voc", dataset, out, Map.of("label-map", "voc"));
        assertEquals(1L, report.leftOutCounts().get("rectangle (its label is not in the VOC label map)"));
        assertEquals(1L, report.leftOutCounts().get("polyline (Pascal VOC holds boxes and masks only)"));
        assertTrue(Files.readString(out.resolve("labelmap.txt")).contains("tvmonitor:0,64,128::"));
    }

    @Test
    void savesMediaOnlyWhenAsked(@TempDir Path temp) throws IOException {
        Path image = temp.resolve("pic.png");
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
        Dataset dataset = dataset("cat");
        DatasetItem item = item(dataset, "nested/pic", "train", 0, 0);
        item.getMedia().setPath(image.toString());
        export("voc", dataset, temp.resolve("without"), Map.of());
        assertFalse(Files.exists(temp.resolve("without/JPEGImages")));
        export("voc", dataset, temp.resolve("with"), Map.of("save-media", "true"));
        assertArrayEquals(Files.readAllBytes(image), Files.readAllBytes(temp.resolve("with/JPEGImages/nested/pic.png")));
        assertTrue(Files.readString(temp.resolve("with/Annotations/nested/pic.xml")).contains("<width>4</width>"));
        Dataset read = load("voc", temp.resolve("with"));
        assertEquals(4, read.getItems().get(0).getMedia().getWidth());
    }

    @Test
    void idsWithSpacesAreQuotedInTheListsAndReadBack(@TempDir Path temp) throws IOException {
        Dataset dataset = dataset("cat");
        DatasetItem item = item(dataset, "my photo", "train", 20, 10);
        tag(item, label(dataset, "cat"));
        shape(item, ShapeType.RECTANGLE, label(dataset, "cat"), 1, 1, 5, 5);
        Path out = temp.resolve("voc");
        export("voc", dataset, out, Map.of());
        assertEquals("\"my photo\"\n", Files.readString(out.resolve("ImageSets/Main/train.txt")));
        DatasetItem read = load("voc", out).getItems().get(0);
        assertEquals("my photo", read.getId());
        assertEquals(List.of("label cat", "bbox cat 1/1"), read.getAnnotations().stream().map(VocExportTest::describe).toList());
    }

    @Test
    void aRepeatedIdIsWrittenOnceAndDifferingAnnotationsAreReported(@TempDir Path temp) throws IOException {
        Dataset dataset = dataset("cat");
        for (String subset : List.of("train", "trainval")) {
            shape(item(dataset, "same", subset, 20, 10), ShapeType.RECTANGLE, label(dataset, "cat"), 1, 1, 5, 5);
        }
        ExportReport report = export("voc", dataset, temp.resolve("voc"), Map.of());
        assertTrue(report.leftOutCounts().isEmpty(), report.summaryLine()); // as in real VOC: train and trainval share images
        assertEquals(2, load("voc", temp.resolve("voc")).getItems().size());

        shape(item(dataset, "same", "val", 20, 10), ShapeType.RECTANGLE, label(dataset, "cat"), 2, 2, 5, 5);
        report = export("voc", dataset, temp.resolve("voc2"), Map.of());
        assertEquals(1L, report.leftOutCounts()
                .get("shape (its item id appears twice with different annotations; VOC keeps one annotation file per id)"));
    }

    static String describe(io.annolab.model.Annotation annotation) {
        if (annotation instanceof Tag tag) {
            return "label " + tag.getLabel().getName();
        }
        Shape shape = (Shape) annotation;
        String type = shape.getType() == ShapeType.RECTANGLE ? "bbox" : shape.getType().getLiteral();
        return type + " " + shape.getLabel().getName() + " " + shape.getId() + "/" + shape.getGroup();
    }

    static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        for (String file : files(root)) {
            contents.put(file, java.util.HexFormat.of().formatHex(Files.readAllBytes(root.resolve(file))));
        }
        return contents;
    }
}
