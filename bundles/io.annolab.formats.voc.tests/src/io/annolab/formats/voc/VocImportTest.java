package io.annolab.formats.voc;

import static io.annolab.formats.voc.VocSamples.annotation;
import static io.annolab.formats.voc.VocSamples.load;
import static io.annolab.formats.voc.VocSamples.object;
import static io.annolab.formats.voc.VocSamples.vocFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.format.FormatDetection;
import io.annolab.formats.testing.ConformanceCase;
import io.annolab.model.AttributeInputType;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Shape;
import io.annolab.model.values.MaskRle;

class VocImportTest {

    @Test
    void detectionPrefersVocForAFolderAndTheTaskForItsListFile() throws IOException {
        Path voc1 = ConformanceCase.named("voc1").dataset();
        FormatDetection detection = new FormatDetection();
        assertEquals("voc", detection.detect(voc1));
        assertEquals("voc", detection.detect(voc1.getParent())); // the dataset one level down
        assertEquals("voc_detection", detection.detect(voc1.resolve("ImageSets/Main/train.txt")));
        assertEquals("voc_segmentation", detection.detect(voc1.resolve("ImageSets/Segmentation/train.txt")));
        assertEquals("voc_layout", detection.detect(voc1.resolve("ImageSets/Layout/test.txt")));
    }

    @Test
    void aListFileImportsOneTaskAndOneSubset() throws IOException {
        Path voc1 = ConformanceCase.named("voc1").dataset();
        Dataset layout = load("voc_layout", voc1.resolve("ImageSets/Layout/train.txt"));
        assertEquals(1, layout.getItems().size());
        List<String> described = layout.getItems().get(0).getAnnotations().stream().map(VocExportTest::describe).toList();
        assertEquals(List.of("bbox person 2/2", "bbox head 0/2"), described);
    }

    @Test
    void labelMapDefinesLabelsColoursPartsAndActions(@TempDir Path temp) throws IOException {
        Path root = vocFolder(temp.resolve("voc"), List.of("a"), Map.of("a", annotation("""
                  <object>
                    <name>rider</name>
                    <bndbox><xmin>1</xmin><ymin>1</ymin><xmax>9</xmax><ymax>9</ymax></bndbox>
                    <part><name>helmet</name><bndbox><xmin>2</xmin><ymin>2</ymin><xmax>3</xmax><ymax>3</ymax></bndbox></part>
                    <actions><racing>1</racing></actions>
                    <attributes><attribute><name>team</name><value>red</value></attribute></attributes>
                  </object>
                """)));
        Files.writeString(root.resolve("labelmap.txt"), """
                # label:color_rgb:parts:actions
                background:0,0,0::
                rider:10,20,30:helmet:racing,waving
                """);
        Files.createDirectories(root.resolve("ImageSets/Layout"));
        Files.writeString(root.resolve("ImageSets/Layout/train.txt"), "a\n");
        Dataset dataset = load("voc", root);
        assertEquals(List.of("background", "rider", "helmet"), dataset.getLabels().stream().map(Label::getName).toList());
        Label rider = dataset.getLabels().get(1);
        assertEquals("#0a141e", rider.getColor());
        assertEquals(List.of("racing", "waving"), rider.getAttributes().stream().map(a -> a.getName()).toList());
        assertEquals(AttributeInputType.CHECKBOX, rider.getAttributes().get(0).getInputType());
        DatasetItem item = dataset.getItems().get(0);
        Shape box = (Shape) item.getAnnotations().get(0);
        assertEquals("{difficult=false, truncated=false, racing=true, waving=false, team=red}", attributes(box));
        assertEquals("bbox helmet 0/1", VocExportTest.describe(item.getAnnotations().get(1)));
    }

    @Test
    void palettedAndGreyMasksAreRead(@TempDir Path temp) throws IOException {
        Path root = vocFolder(temp.resolve("voc"), List.of("a"), Map.of());
        Files.createDirectories(root.resolve("ImageSets/Segmentation"));
        Files.writeString(root.resolve("ImageSets/Segmentation/train.txt"), "a\n");
        Files.createDirectories(root.resolve("SegmentationClass"));
        Files.createDirectories(root.resolve("SegmentationObject"));
        // class mask: a grey (index) PNG; instance mask: a VOC-palette PNG, instances 1 and 2 (and 255, as in real VOC borders)
        BufferedImage classes = new BufferedImage(4, 2, BufferedImage.TYPE_BYTE_GRAY);
        classes.getRaster().setSamples(0, 0, 4, 2, 0, new int[] { 8, 8, 15, 0, 8, 8, 15, 0 });
        ImageIO.write(classes, "png", root.resolve("SegmentationClass/a.png").toFile());
        byte[] r = new byte[256], g = new byte[256], b = new byte[256];
        for (int i = 0; i < 256; i++) {
            r[i] = (byte) (VocPalette.color(i) >> 16);
            g[i] = (byte) (VocPalette.color(i) >> 8);
            b[i] = (byte) VocPalette.color(i);
        }
        BufferedImage instances = new BufferedImage(4, 2, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(8, 256, r, g, b));
        instances.getRaster().setSamples(0, 0, 4, 2, 0, new int[] { 1, 1, 2, 0, 1, 0, 2, 0 });
        ImageIO.write(instances, "png", root.resolve("SegmentationObject/a.png").toFile());
        Dataset dataset = load("voc_segmentation", root);
        List<Shape> masks = dataset.getItems().get(0).getAnnotations().stream().map(Shape.class::cast).toList();
        assertEquals(List.of("mask cat 0/1", "mask person 0/2"), masks.stream().map(VocExportTest::describe).toList());
        assertEquals(MaskRle.of(2, 2, 0, 3, 1), masks.get(0).getMask());
        assertEquals(MaskRle.of(1, 2, 0, 2), masks.get(1).getMask());
        assertEquals(2f, masks.get(1).getPoints().get(0));

        Files.delete(root.resolve("SegmentationObject/a.png"));
        List<String> byClass = load("voc_segmentation", root).getItems().get(0).getAnnotations().stream()
                .map(VocExportTest::describe).toList();
        assertEquals(List.of("mask background 0/0", "mask cat 0/0", "mask person 0/0"), byClass);
    }

    @Test
    void anItemWithoutAnnotationFileOrImageHasNoMedia(@TempDir Path temp) throws IOException {
        Path root = vocFolder(temp.resolve("voc"), List.of("lonely", "lonely", "# a comment", ""), Map.of());
        Dataset dataset = load("voc", root);
        assertEquals(1, dataset.getItems().size()); // a repeated id is one item
        assertNull(dataset.getItems().get(0).getMedia());
        assertEquals("train", dataset.getItems().get(0).getSubset());
    }

    @Test
    void detectionIgnoresObjectsWithoutBoxAsDatumaroDoes(@TempDir Path temp) throws IOException {
        Path root = vocFolder(temp.resolve("voc"), List.of("a"), Map.of("a", annotation(
                "  <object><name>cat</name></object>\n" + object("dog", 1, 2, 3, 4))));
        DatasetItem item = load("voc_detection", root).getItems().get(0);
        assertEquals(List.of("bbox dog 2/2"), item.getAnnotations().stream().map(VocExportTest::describe).toList());
        assertEquals(20, item.getMedia().getWidth());
        assertTrue(item.getMedia().getPath().endsWith("JPEGImages/a.jpg"));
    }

    private static String attributes(Shape shape) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        shape.getAttributes().forEach(a -> values.put(a.getName(), a.getValue()));
        return values.toString();
    }
}
