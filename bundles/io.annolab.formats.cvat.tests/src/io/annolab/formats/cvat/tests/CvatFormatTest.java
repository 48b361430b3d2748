package io.annolab.formats.cvat.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

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
import io.annolab.formats.testing.SharedData;
import io.annolab.model.Annotation;
import io.annolab.model.AnnotationSource;
import io.annolab.model.AttributeInputType;
import io.annolab.model.AttributeSpec;
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
import io.annolab.model.Tag;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;

class CvatFormatTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private final Conversion conversion = new Conversion();

    // ---- the spec's examples (read from ../shared, never copied) ----

    @Test
    void theSpecsImagesExampleNamesItsUndeclaredTagLabelWithTheLine(@TempDir Path root) throws Exception {
        String example = specExample("### 3.3");
        Path xml = Files.writeString(root.resolve("annotations.xml"), example);
        AnnolabException error = assertThrows(AnnolabException.class, () -> load(xml));
        assertTrue(error.getMessage().contains("the label 'good_frame' is not declared"), error.getMessage());
        assertEquals(lineOf(example, "<tag label=\"good_frame\""), error.line());
        assertEquals(xml, error.file());
    }

    @Test
    void theSpecsImagesExampleReadsEveryShapeOnceItsTagLabelIsDeclared(@TempDir Path root) throws Exception {
        String example = specExample("### 3.3").replace("      </labels>",
                "        <label>\n          <name>good_frame</name>\n          <attributes>\n          </attributes>\n        </label>\n      </labels>");
        Path xml = Files.writeString(root.resolve("annotations.xml"), example);
        Dataset dataset = load(xml);
        DatasetItem item = dataset.getItems().get(0);
        assertEquals("filename000", item.getId());
        assertEquals("annotations", item.getSubset());
        assertEquals(1600, item.getMedia().getWidth());
        List<Annotation> annotations = item.getAnnotations();
        assertEquals(List.of("RECTANGLE", "POLYGON", "POLYLINE", "POLYLINE", "POINTS", "Tag", "SKELETON", "MASK"),
                annotations.stream().map(a -> a instanceof Shape s ? s.getType().name() : a.eClass().getName()).toList());
        Shape box = (Shape) annotations.get(0);
        assertEquals(Coordinates.of(797.33f, 870.92f, 965.52f, 928.94f), box.getPoints());
        assertEquals(4, box.getZOrder());
        Shape skeleton = (Shape) annotations.get(6);
        assertEquals(List.of("1", "2", "3"), skeleton.getElements().stream().map(e -> e.getLabel().getName()).toList());
        Label s1 = dataset.getLabels().stream().filter(l -> l.getName().equals("s1")).findFirst().orElseThrow();
        assertEquals(3, s1.getSublabels().size());
        assertEquals(2, s1.getEdges().size(), "edges come from the SVG");
        Shape mask = (Shape) annotations.get(7);
        assertEquals(13, mask.getMask().width());
        assertEquals(15, mask.getMask().height());
        assertEquals(Coordinates.of(707f, 888f, 719f, 902f), mask.getPoints());
        // and it writes back with the spec's coordinates and escaping rules
        Path out = root.resolve("out");
        export("cvat", dataset, out);
        String written = Files.readString(out.resolve("annotations.xml"));
        assertTrue(written.contains(
                "<box label=\"plate\" source=\"manual\" occluded=\"0\" xtl=\"797.33\" ytl=\"870.92\" xbr=\"965.52\" ybr=\"928.94\" z_order=\"4\">\n    </box>"),
                written);
        assertTrue(written.contains("rle=\"3, 5, 7, 7, 5, 9, 3, 11, 2, 11, 2, 12, 1, 12, 1, 26, 1, 12, 1, 12, 2, 11, 3, 9, 5, 7, 7, 5, 3\" left=\"707\" top=\"888\" width=\"13\" height=\"15\""), written);
        assertTrue(written.contains("<svg>&lt;line x1=\"36.87290954589844\""), "svg text escapes < and > only");
    }

    @Test
    void theSpecsVideoExampleReadsAsPerFrameShapesAndWritesBackTheSameTracks(@TempDir Path root) throws Exception {
        Path xml = Files.writeString(root.resolve("annotations.xml"), specExample("### 3.5"));
        Dataset dataset = load(xml);
        assertEquals(List.of("frame_000000", "frame_000001", "frame_000006", "frame_000007", "frame_000013", "frame_000014"),
                dataset.getItems().stream().map(DatasetItem::getId).toList());
        DatasetItem frame13 = dataset.getItems().get(4);
        Shape skeleton = frame13.getAnnotations().stream().map(Shape.class::cast).filter(s -> s.getType() == ShapeType.SKELETON)
                .findFirst().orElseThrow();
        assertFalse(skeleton.isKeyframe());
        assertEquals(1L, skeleton.getId());
        assertEquals(1L, attribute(skeleton, "track_id"));
        assertEquals(640, frame13.getMedia().getWidth(), "frames without images take <original_size>");
        Path out = root.resolve("out");
        export("cvat_video", dataset, out);
        String written = Files.readString(out.resolve("annotations.xml"));
        assertTrue(written.contains("  <track id=\"0\" label=\"car\" source=\"manual\">\n    <polygon frame=\"0\" keyframe=\"1\" outside=\"0\" occluded=\"0\" points=\"324.79,213.16;323.74,227.90;347.42,237.37;371.11,217.37;350.05,190.00;318.47,191.58\" z_order=\"0\">\n    </polygon>"),
                written);
        assertTrue(written.contains("    <skeleton frame=\"6\" keyframe=\"1\" z_order=\"0\">\n      <points label=\"1\" keyframe=\"0\" outside=\"0\" occluded=\"0\" points=\"120.07,270.59\">\n      </points>"),
                written);
        Path again = root.resolve("again");
        conversion.convert("cvat", out, FormatOptions.NONE, "cvat_video", again, FormatOptions.NONE, new NullProgressMonitor());
        assertArrayEquals(Files.readAllBytes(out.resolve("annotations.xml")), Files.readAllBytes(again.resolve("annotations.xml")));
    }

    // ---- export rules and round trips ----

    @Test
    void imagesExportFollowsTheByteRulesAndReexportsTheSameBytesInAllLayouts(@TempDir Path root) throws Exception {
        Dataset dataset = everyKind(root);
        Path folder = root.resolve("folder");
        ExportReport report = export("cvat", dataset, folder);
        assertEquals(2, report.items());
        assertTrue(report.leftOutCounts().keySet().stream().anyMatch(k -> k.startsWith("caption")), report.summaryLine());
        byte[] first = Files.readAllBytes(folder.resolve("default.xml"));
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<annotations>\n  <version>1.1</version>\n  <meta>\n"), text);
        assertTrue(text.endsWith("</image>\n</annotations>\n"), text);
        assertTrue(text.contains("<image id=\"0\" name=\"a.png\" width=\"40\" height=\"30\">"), text);
        // 0.125 rounds to 0.12 as Python rounds (half to even on the exact binary value), not 0.13
        assertTrue(text.contains("<box label=\"car &amp; &lt;van&gt;\" source=\"manual\" occluded=\"1\" xtl=\"0.12\" ytl=\"2.00\" xbr=\"10.50\" ybr=\"20.00\" rotation=\"12.50\" z_order=\"0\" group_id=\"3\">"), text);
        assertTrue(text.contains("<attribute name=\"kind\">a &lt;b&gt; \"c\"</attribute>"), text);
        assertTrue(text.contains("<attribute name=\"note\">x\ny</attribute>"), text);
        assertTrue(text.contains("<values>one\ntwo</values>"), text);
        assertTrue(text.contains("<ellipse label=\"car &amp; &lt;van&gt;\" source=\"auto\" occluded=\"0\" cx=\"5.00\" cy=\"6.00\" rx=\"2.00\" ry=\"1.00\" z_order=\"1\">"), text);
        assertTrue(text.contains("<tag label=\"car &amp; &lt;van&gt;\" source=\"manual\">\n      <attribute name=\"kind\">x</attribute>\n    </tag>\n  </image>"), text);
        assertTrue(Files.isRegularFile(folder.resolve("images/a.png")));

        Dataset again = load(folder);
        Path second = root.resolve("second");
        export("cvat", again, second);
        assertArrayEquals(first, Files.readAllBytes(second.resolve("default.xml")));

        Path zip = root.resolve("out.zip");
        export("cvat", load(second), zip);
        assertEquals("cvat", new FormatDetection().detect(zip));
        Path fromZip = root.resolve("from-zip");
        conversion.convert("cvat", zip, FormatOptions.NONE, "cvat", fromZip, FormatOptions.NONE, new NullProgressMonitor());
        assertArrayEquals(first, Files.readAllBytes(fromZip.resolve("default.xml")));
        assertArrayEquals(Files.readAllBytes(folder.resolve("images/a.png")), Files.readAllBytes(fromZip.resolve("images/a.png")));

        Path xml = root.resolve("single.xml");
        export("cvat", again, xml);
        Dataset fromXml = load(xml);
        assertEquals("default", fromXml.getItems().get(0).getSubset(), "a subset attribute keeps the subset");
        assertNoPartialOutput(root);
    }

    @Test
    void videoExportRebuildsTracksAndWritesSingleShapesAsTwoFrameTracks(@TempDir Path root) throws Exception {
        Label car = label("car");
        Dataset dataset = F.createDataset();
        dataset.getLabels().add(car);
        for (int frame = 0; frame < 3; frame++) {
            DatasetItem item = item("frame_" + String.format("%06d", frame), null);
            item.getAnnotations().add(box(car, frame, frame + 1, 7L, frame == 2, frame != 1));
            if (frame == 0) {
                Shape single = box(car, 1, 1, null, false, false);
                single.setZOrder(2);
                item.getAnnotations().add(single);
                Tag tag = F.createTag();
                tag.setLabel(car);
                item.getAnnotations().add(tag);
            }
            dataset.getItems().add(item);
        }
        Path out = root.resolve("video.xml");
        ExportReport report = export("cvat_video", dataset, out);
        assertEquals(1, report.leftOutCounts().get("tag (CVAT for video has no tags)"), report.summaryLine());
        String text = Files.readString(out);
        assertTrue(text.contains("<track id=\"7\" label=\"car\" source=\"manual\" subset=\"default\">\n    <box frame=\"0\" keyframe=\"1\" outside=\"0\""), text);
        assertTrue(text.contains("<box frame=\"1\" keyframe=\"0\" outside=\"0\""), text);
        assertTrue(text.contains("<box frame=\"2\" keyframe=\"1\" outside=\"1\""), text);
        assertTrue(text.contains("<track id=\"8\" label=\"car\" source=\"manual\" subset=\"default\">\n    <box frame=\"0\" keyframe=\"1\" outside=\"0\" occluded=\"0\" xtl=\"1.00\" ytl=\"1.00\" xbr=\"11.00\" ybr=\"11.00\" z_order=\"2\">\n    </box>\n    <box frame=\"1\" keyframe=\"1\" outside=\"1\""), text);
        Dataset again = load(out);
        assertEquals(3, again.getItems().size());
        Path second = root.resolve("video2.xml");
        export("cvat_video", again, second);
        assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(second));
        // for images, tracks are split by frame and outside frames are not visible
        ExportReport images = export("cvat", again, root.resolve("images"));
        assertEquals(2L, images.leftOutCounts().get("outside track frame (not visible; CVAT for images lists visible shapes only)"),
                images.summaryLine());
    }

    // ---- detection ----

    @Test
    void detectsXmlFoldersAndZipsAndIgnoresOtherXml(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectories(root.resolve("cvat"));
        Files.writeString(folder.resolve("train.xml"), minimal("<image id=\"0\" name=\"a.jpg\"></image>"));
        assertEquals("cvat", new FormatDetection().detect(folder));
        assertEquals("cvat", new FormatDetection().detect(folder.resolve("train.xml")));
        Path voc = Files.createDirectories(root.resolve("voc"));
        Files.writeString(voc.resolve("a.xml"), "<annotation><filename>a.jpg</filename></annotation>");
        assertEquals(0, conversion.importer("cvat").detect(voc));
        assertEquals(0, conversion.importer("cvat_video").detect(folder), "only 'cvat' answers detection");
    }

    // ---- hostile input ----

    @Test
    void anExternalEntityIsRefused(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("secret.txt"), "secret");
        Path xml = Files.writeString(root.resolve("a.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE annotations [<!ENTITY x SYSTEM \"file://"
                + root.resolve("secret.txt") + "\">]>\n<annotations><version>&x;</version></annotations>");
        AnnolabException error = assertThrows(AnnolabException.class, () -> load(xml));
        assertTrue(error.getMessage().contains("DTD"), error.getMessage());
        assertFalse(error.getMessage().contains("secret\""), error.getMessage());
    }

    @Test
    void malformedXmlIsReportedWithLineAndColumn(@TempDir Path root) throws Exception {
        Path xml = Files.writeString(root.resolve("a.xml"), minimal("<image id=\"0\" name=\"a.jpg\">\n<box label=\"car\" xtl=\"1\"</image>"));
        AnnolabException error = assertThrows(AnnolabException.class, () -> load(xml));
        assertEquals(xml, error.file());
        assertTrue(error.line() > 1 && error.column() > 0, error.getMessage());
    }

    @Test
    void undeclaredLabelsDuplicateIdsAndAbsurdSizesAreRefused(@TempDir Path root) throws Exception {
        Path unknown = Files.writeString(root.resolve("u.xml"), minimal("<image id=\"0\" name=\"a.jpg\">\n<box label=\"truck\" xtl=\"1\" ytl=\"1\" xbr=\"2\" ybr=\"2\"></box></image>"));
        AnnolabException error = assertThrows(AnnolabException.class, () -> load(unknown));
        assertTrue(error.getMessage().contains("the label 'truck' is not declared"), error.getMessage());
        assertTrue(error.line() > 0);
        Path duplicate = Files.writeString(root.resolve("d.xml"), minimal("<image id=\"0\" name=\"a.jpg\"></image>\n<image id=\"0\" name=\"b.jpg\"></image>"));
        error = assertThrows(AnnolabException.class, () -> load(duplicate));
        assertTrue(error.getMessage().contains("the image id 0 is used twice"), error.getMessage());
        Path sameName = Files.writeString(root.resolve("n.xml"), minimal("<image id=\"0\" name=\"a.jpg\"></image>\n<image id=\"1\" name=\"a.png\"></image>"));
        error = assertThrows(AnnolabException.class, () -> load(sameName));
        assertTrue(error.getMessage().contains("are both named"), error.getMessage());
        Path huge = Files.writeString(root.resolve("h.xml"), minimal("<image id=\"0\" name=\"a.jpg\" width=\"2147483647\" height=\"10\"></image>"));
        error = assertThrows(AnnolabException.class, () -> load(huge));
        assertTrue(error.getMessage().contains("not a plausible image size"), error.getMessage());
        Path badMask = Files.writeString(root.resolve("m.xml"), minimal("<image id=\"0\" name=\"a.jpg\"><mask label=\"car\" rle=\"1, 2\" left=\"0\" top=\"0\" width=\"4\" height=\"4\"></mask></image>"));
        error = assertThrows(AnnolabException.class, () -> load(badMask));
        assertTrue(error.getMessage().contains("does not fit its box"), error.getMessage());
    }

    @Test
    void truncatedAndZipSlipArchivesAreRefusedAndLeaveNothingBehind(@TempDir Path root) throws Exception {
        Path zip = root.resolve("a.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("annotations.xml"));
            out.write(minimal("<image id=\"0\" name=\"a.jpg\"></image>").repeat(1).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(zip);
        Path truncated = Files.write(root.resolve("t.zip"), java.util.Arrays.copyOf(bytes, bytes.length - 30));
        AnnolabException error = assertThrows(AnnolabException.class, () -> load(truncated));
        assertTrue(error.getMessage().contains("damaged or truncated"), error.getMessage());
        Path slip = root.resolve("slip.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(slip))) {
            out.putNextEntry(new ZipEntry("../../evil.xml"));
            out.write("<annotations/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        error = assertThrows(AnnolabException.class, () -> load(slip));
        assertTrue(error.getMessage().contains("zip-slip"), error.getMessage());
        assertFalse(Files.exists(root.getParent().resolve("evil.xml")));
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            // the extraction folder of a refused archive is removed (others' folders may exist concurrently)
            assertTrue(temp.noneMatch(p -> p.getFileName().toString().startsWith("annolab-cvat-") && isEmptyDir(p)));
        }
    }

    @Test
    void aFailingExportLeavesNothingBehind(@TempDir Path root) throws Exception {
        Dataset dataset = everyKind(root);
        dataset.getItems().get(1).setSubset("other");
        Path xml = root.resolve("out.xml");
        AnnolabException error = assertThrows(AnnolabException.class, () -> export("cvat", dataset, xml));
        assertTrue(error.getMessage().contains("holds one subset"), error.getMessage());
        assertFalse(Files.exists(xml));
        dataset.getItems().get(1).setSubset("default");
        dataset.getItems().get(0).setId("../../escape");
        Path folder = root.resolve("out");
        assertThrows(AnnolabException.class, () -> export("cvat", dataset, folder));
        assertFalse(Files.exists(folder));
        assertNoPartialOutput(root);
    }

    // ---- helpers ----

    private static boolean isEmptyDir(Path path) {
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private Dataset everyKind(Path root) throws IOException {
        Path images = Files.createDirectories(root.resolve("source-images"));
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", images.resolve("a.png").toFile());
        Label car = label("car & <van>");
        AttributeSpec kind = F.createAttributeSpec();
        kind.setName("kind");
        kind.setInputType(AttributeInputType.SELECT);
        kind.getValues().addAll(List.of("one", "two"));
        kind.setDefaultValue("one");
        car.getAttributes().add(kind);
        Label skeleton = label("body");
        skeleton.setType(LabelType.SKELETON);
        skeleton.getSublabels().add(label("head"));
        skeleton.getSublabels().add(label("foot"));
        var edge = F.createSkeletonEdge();
        edge.setFrom(skeleton.getSublabels().get(0));
        edge.setTo(skeleton.getSublabels().get(1));
        skeleton.getEdges().add(edge);
        Dataset dataset = F.createDataset();
        dataset.getLabels().addAll(List.of(car, skeleton));
        DatasetItem a = item("a", images.resolve("a.png"));
        Shape box = shape(ShapeType.RECTANGLE, car, 0.125f, 2, 10.5f, 20);
        box.setOccluded(true);
        box.setRotation(12.5f);
        box.setGroup(3);
        box.getAttributes().add(value("kind", "a <b> \"c\""));
        box.getAttributes().add(value("note", "x\ny"));
        box.getAttributes().add(value("count", 2.0));
        box.getAttributes().add(value("flag", true));
        Shape ellipse = shape(ShapeType.ELLIPSE, car, 5, 6, 2, 1);
        ellipse.setZOrder(1);
        ellipse.setSource(AnnotationSource.AUTO);
        Shape polygon = shape(ShapeType.POLYGON, car, 1, 1, 5, 1, 3, 4);
        polygon.setZOrder(-1);
        Shape polyline = shape(ShapeType.POLYLINE, null, 1, 2, 3, 4);
        Shape points = shape(ShapeType.POINTS, car, 7, 8);
        float[] corners = new float[16];
        for (int i = 0; i < 16; i++) {
            corners[i] = i * 1.5f;
        }
        Shape cuboid = shape(ShapeType.CUBOID, car, corners);
        Shape mask = shape(ShapeType.MASK, car, 3, 4, 5, 5);
        mask.setMask(MaskRle.of(3, 2, 1, 4, 1));
        Shape body = shape(ShapeType.SKELETON, skeleton);
        Shape head = shape(ShapeType.POINTS, skeleton.getSublabels().get(0), 1, 1);
        Shape foot = shape(ShapeType.POINTS, skeleton.getSublabels().get(1), 2, 9);
        foot.setOutside(true);
        body.getElements().addAll(List.of(head, foot));
        Tag tag = F.createTag();
        tag.setLabel(car);
        tag.getAttributes().add(value("kind", "x"));
        Caption caption = F.createCaption();
        caption.setText("not in CVAT");
        a.getAnnotations().addAll(List.of(tag, box, ellipse, polygon, polyline, points, cuboid, mask, body, caption));
        DatasetItem b = item("nested/b", null);
        dataset.getItems().addAll(List.of(a, b));
        return dataset;
    }

    private static Label label(String name) {
        Label label = F.createLabel();
        label.setName(name);
        return label;
    }

    private static DatasetItem item(String id, Path image) {
        DatasetItem item = F.createDatasetItem();
        item.setId(id);
        item.setSubset("default");
        if (image != null) {
            Media media = F.createMedia();
            media.setType(MediaType.IMAGE);
            media.setPath(image.toAbsolutePath().toString());
            media.setWidth(40);
            media.setHeight(30);
            item.setMedia(media);
        }
        return item;
    }

    private static Shape shape(ShapeType type, Label label, float... points) {
        Shape shape = F.createShape();
        shape.setType(type);
        shape.setLabel(label);
        shape.setPoints(Coordinates.of(points));
        return shape;
    }

    private static Shape box(Label label, int frame, float x, Long trackId, boolean outside, boolean keyframe) {
        Shape shape = shape(ShapeType.RECTANGLE, label, x, x, x + 10, x + 10);
        shape.setFrame(frame);
        shape.setOutside(outside);
        shape.setKeyframe(keyframe);
        if (trackId != null) {
            shape.getAttributes().add(value("track_id", trackId));
        }
        return shape;
    }

    private static AttributeValue value(String name, Object value) {
        AttributeValue attribute = F.createAttributeValue();
        attribute.setName(name);
        attribute.setValue(value);
        return attribute;
    }

    private static Object attribute(Annotation annotation, String name) {
        return annotation.getAttributes().stream().filter(a -> a.getName().equals(name)).map(AttributeValue::getValue).findFirst()
                .orElse(null);
    }

    private static String minimal(String body) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<annotations>\n<version>1.1</version>\n<meta><task><labels>"
                + "<label><name>car</name></label></labels></task></meta>\n" + body + "\n</annotations>\n";
    }

    private Dataset load(Path path) throws IOException {
        try (DatasetSource source = conversion.importer("cvat").open(path, FormatOptions.NONE)) {
            return Datasets.load(source);
        }
    }

    private ExportReport export(String format, Dataset dataset, Path target) throws IOException {
        ExportReport report = new ExportReport();
        conversion.exporter(format).export(Datasets.of(dataset), target, FormatOptions.NONE, report, new NullProgressMonitor());
        return report;
    }

    /** The fenced xml block after a heading of the spec (skipped when the spec is absent). */
    private static String specExample(String heading) throws IOException {
        Path spec = SharedData.require("spec/CVAT-FEATURES.md");
        String text = Files.readString(spec);
        int start = text.indexOf(heading);
        Matcher block = Pattern.compile("```xml\n(.*?)```", Pattern.DOTALL).matcher(text);
        assertTrue(block.find(start), "no example after " + heading);
        return block.group(1);
    }

    private static int lineOf(String text, String needle) {
        int index = text.indexOf(needle);
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static void assertNoPartialOutput(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".partial-") || p.getFileName().toString().endsWith(".part")),
                    "no staging left");
        }
    }

}
