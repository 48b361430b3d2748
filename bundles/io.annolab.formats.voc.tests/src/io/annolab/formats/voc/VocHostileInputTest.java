package io.annolab.formats.voc;

import static io.annolab.formats.voc.VocSamples.annotation;
import static io.annolab.formats.voc.VocSamples.dataset;
import static io.annolab.formats.voc.VocSamples.export;
import static io.annolab.formats.voc.VocSamples.item;
import static io.annolab.formats.voc.VocSamples.load;
import static io.annolab.formats.voc.VocSamples.object;
import static io.annolab.formats.voc.VocSamples.vocFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.AnnolabException;
import io.annolab.model.Dataset;

/** Damaged and hostile datasets fail with a message naming the file (and place), and exports leave nothing behind. */
class VocHostileInputTest {

    @Test
    void externalEntitiesAreRefused(@TempDir Path temp) throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "top secret");
        Path root = vocFolder(temp.resolve("voc"), List.of("a"), Map.of("a", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE annotation [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<annotation><object><name>&xxe;</name></object></annotation>"));
        AnnolabException error = assertThrows(AnnolabException.class, () -> load("voc", root));
        assertTrue(error.getMessage().contains("a.xml"), error.getMessage());
        assertFalse(error.getMessage().contains("top secret"), error.getMessage());
    }

    @Test
    void malformedXmlNamesFileLineAndColumn(@TempDir Path temp) throws IOException {
        Path root = vocFolder(temp.resolve("voc"), List.of("a"), Map.of("a", "<annotation>\n  <object>\n    <name>cat</nam>\n"));
        AnnolabException error = assertThrows(AnnolabException.class, () -> load("voc", root));
        assertEquals(root.resolve("Annotations/a.xml").toAbsolutePath().normalize(), error.file().toAbsolutePath().normalize());
        assertEquals(3, error.line());
        assertTrue(error.column() > 0, error.getMessage());
    }

    @Test
    void aCoordinateThatIsNoNumberIsPlacedExactly(@TempDir Path temp) throws IOException {
        Path root = vocFolder(temp.resolve("voc"), List.of("a"), Map.of("a", annotation(object("cat", 1, 2, 3, 4).replace(
                "<xmax>3</xmax>", "<xmax>three</xmax>"))));
        AnnolabException error = assertThrows(AnnolabException.class, () -> load("voc_detection", root));
        assertTrue(error.getMessage().contains("<xmax> is 'three', not a number"), error.getMessage());
        assertEquals(6, error.line());
    }

    @Test
    void undeclaredLabelIsAnErrorWithItsPlace(@TempDir Path temp) throws IOException {
        Path root = vocFolder(temp.resolve("voc"), List.of("a"), Map.of("a", annotation(object("unicorn", 1, 2, 3, 4))));
        AnnolabException error = assertThrows(AnnolabException.class, () -> load("voc", root));
        assertTrue(error.getMessage().contains("label 'unicorn' is not declared"), error.getMessage());
        assertEquals(5, error.line());
    }

    @Test
    void absurdImageSizeIsRefused(@TempDir Path temp) throws IOException {
        Path root = vocFolder(temp.resolve("voc"), List.of("a"), Map.of("a", annotation("").replace("<width>20</width>",
                "<width>2000000000</width>")));
        AnnolabException error = assertThrows(AnnolabException.class, () -> load("voc", root));
        assertTrue(error.getMessage().contains("claims 2000000000 pixels"), error.getMessage());
    }

    @Test
    void listEntriesThatClimbOutOfTheDatasetAreRefused(@TempDir Path temp) throws IOException {
        for (String id : List.of("../../etc/passwd", "/etc/passwd", "a/../../b")) {
            Path root = vocFolder(temp.resolve("voc" + Math.abs(id.hashCode())), List.of("ok", id), Map.of());
            AnnolabException error = assertThrows(AnnolabException.class, () -> load("voc", root));
            assertTrue(error.getMessage().contains("would point outside the dataset folder"), error.getMessage());
            assertEquals(2, error.line());
        }
        Path root = vocFolder(temp.resolve("filename"), List.of("a"), Map.of("a", annotation("").replace("a.jpg", "../../x.jpg")));
        assertThrows(AnnolabException.class, () -> load("voc", root));
    }

    @Test
    void truncatedMaskPngIsReportedWithItsFile(@TempDir Path temp) throws IOException {
        Path root = vocFolder(temp.resolve("voc"), List.of("a"), Map.of("a", annotation("")));
        Files.createDirectories(root.resolve("ImageSets/Segmentation"));
        Files.writeString(root.resolve("ImageSets/Segmentation/train.txt"), "a\n");
        Files.createDirectories(root.resolve("SegmentationClass"));
        Path png = root.resolve("SegmentationClass/a.png");
        ImageIO.write(new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        byte[] bytes = Files.readAllBytes(png);
        Files.write(png, Arrays.copyOf(bytes, bytes.length / 2));
        AnnolabException error = assertThrows(AnnolabException.class, () -> load("voc_segmentation", root));
        assertEquals(png.toAbsolutePath().normalize(), error.file().toAbsolutePath().normalize());
    }

    @Test
    void maskPngClaimingAHugeSizeIsRefusedBeforeDecoding(@TempDir Path temp) throws IOException {
        Path root = vocFolder(temp.resolve("voc"), List.of("a"), Map.of());
        Files.createDirectories(root.resolve("ImageSets/Segmentation"));
        Files.writeString(root.resolve("ImageSets/Segmentation/train.txt"), "a\n");
        Files.createDirectories(root.resolve("SegmentationObject"));
        Path png = root.resolve("SegmentationObject/a.png");
        byte[] header = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, (byte) 0x9C, 0x40,
                0, 0, (byte) 0x9C, 0x40, 8, 3, 0, 0, 0 };
        Files.write(png, header); // 40000 x 40000
        AnnolabException error = assertThrows(AnnolabException.class, () -> load("voc_segmentation", root));
        assertTrue(error.getMessage().contains("more than a mask may have"), error.getMessage());
    }

    @Test
    void unknownMaskColourIsAnError(@TempDir Path temp) throws IOException {
        Path root = vocFolder(temp.resolve("voc"), List.of("a"), Map.of());
        Files.createDirectories(root.resolve("ImageSets/Segmentation"));
        Files.writeString(root.resolve("ImageSets/Segmentation/train.txt"), "a\n");
        Files.createDirectories(root.resolve("SegmentationClass"));
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 1, 0x123456);
        ImageIO.write(image, "png", root.resolve("SegmentationClass/a.png").toFile());
        AnnolabException error = assertThrows(AnnolabException.class, () -> load("voc_segmentation", root));
        assertTrue(error.getMessage().contains("pixel (2, 1) has colour 18,52,86"), error.getMessage());
    }

    @Test
    void duplicateLabelInTheLabelMapIsAnError(@TempDir Path temp) throws IOException {
        Path root = vocFolder(temp.resolve("voc"), List.of("a"), Map.of());
        Files.writeString(root.resolve("labelmap.txt"), "# label:color_rgb:parts:actions\nbackground:0,0,0::\ncat:1,2,3::\ncat:4,5,6::\n");
        AnnolabException error = assertThrows(AnnolabException.class, () -> load("voc", root));
        assertEquals(4, error.line());
        assertTrue(error.getMessage().contains("label 'cat' is defined twice"), error.getMessage());
    }

    @Test
    void exportOfAnItemIdClimbingOutFailsAndLeavesNothing(@TempDir Path temp) throws IOException {
        Dataset dataset = dataset("cat");
        item(dataset, "fine", "train", 10, 10);
        item(dataset, "../../escape", "train", 10, 10);
        Path out = temp.resolve("out");
        assertThrows(AnnolabException.class, () -> export("voc", dataset, out, Map.of()));
        assertFalse(Files.exists(out));
        try (var left = Files.list(temp)) {
            assertEquals(List.of(), left.toList());
        }
    }
    @Test
    void aSubsetVocCannotNameFailsTheExportAndLeavesNothing(@TempDir Path temp) throws IOException {
        Dataset dataset = dataset("cat");
        item(dataset, "a", "train", 10, 10);
        item(dataset, "b", "my_val", 10, 10);
        Path out = temp.resolve("out");
        AnnolabException error = assertThrows(AnnolabException.class, () -> export("voc", dataset, out, Map.of()));
        assertTrue(error.getMessage().contains("subset 'my_val' cannot be a VOC subset"), error.getMessage());
        assertFalse(Files.exists(out));
    }
}
