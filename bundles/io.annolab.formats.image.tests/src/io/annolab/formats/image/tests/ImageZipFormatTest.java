package io.annolab.formats.image.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.ModelFactory;

class ImageZipFormatTest {

    private final Conversion conversion = new Conversion();

    @Test
    void importsEntriesWithIdsFromTheirPathsAndSizesFromTheirHeaders(@TempDir Path root) throws Exception {
        Path zip = sampleZip(root.resolve("images.zip"));
        Dataset dataset = load(zip);
        assertEquals(List.of("a", "nested/b", "nested/deeper/c"), dataset.getItems().stream().map(DatasetItem::getId).toList());
        DatasetItem b = dataset.getItems().get(1);
        assertEquals(30, b.getMedia().getWidth());
        assertEquals(20, b.getMedia().getHeight());
        assertEquals(zip.toAbsolutePath() + "!/nested/b.jpg", b.getMedia().getPath());
        assertEquals("images", dataset.getName());
    }

    @Test
    void aFolderOfZipsIsReadAndDuplicateIdsAcrossThemAreRefused(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectories(root.resolve("zips/sub"));
        sampleZip(folder.resolve("one.zip"));
        assertEquals(3, load(root.resolve("zips")).getItems().size());
        sampleZip(root.resolve("zips/two.zip"));
        AnnolabException twice = assertThrows(AnnolabException.class, () -> load(root.resolve("zips")));
        assertTrue(twice.getMessage().contains("two images have the item id 'a'"), twice.getMessage());
    }

    @Test
    void detectionPicksImageZipForAZipOfImages(@TempDir Path root) throws Exception {
        Path zip = sampleZip(root.resolve("images.zip"));
        assertEquals("image_zip", new FormatDetection().detect(zip));
        Path folder = Files.createDirectories(root.resolve("only-zips"));
        sampleZip(folder.resolve("x.zip"));
        assertEquals("image_zip", new FormatDetection().detect(folder));
        Path text = Files.writeString(root.resolve("notes.zip"), "not a zip");
        assertThrows(AnnolabException.class, () -> new FormatDetection().detect(text));
    }

    @Test
    void exportImportExportGivesTheSameItemsAndBytes(@TempDir Path root) throws Exception {
        Path zip = sampleZip(root.resolve("images.zip"));
        Path first = root.resolve("first.zip"), second = root.resolve("second.zip");
        ExportReport report = conversion.convert("image_zip", zip, FormatOptions.NONE, "image_zip", first, FormatOptions.NONE,
                new NullProgressMonitor());
        assertEquals("3 items; written: no annotations", report.summaryLine());
        conversion.convert("image_zip", first, FormatOptions.NONE, "image_zip", second, FormatOptions.NONE, new NullProgressMonitor());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertEquals(ids(load(zip)), ids(load(second)));
        assertEquals(load(zip).getItems().get(2).getMedia().getWidth(), load(second).getItems().get(2).getMedia().getWidth());
    }

    @Test
    void aFolderTargetGetsDefaultZipAndImageDirReadsStraightFromTheZip(@TempDir Path root) throws Exception {
        Path images = root.resolve("images");
        Files.createDirectories(images);
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", images.resolve("p.png").toFile());
        conversion.convert("image_dir", images, FormatOptions.NONE, "image_zip", root.resolve("out"), FormatOptions.NONE,
                new NullProgressMonitor());
        Path zip = root.resolve("out/default.zip");
        assertTrue(Files.isRegularFile(zip));
        conversion.convert("image_zip", zip, FormatOptions.NONE, "image_dir", root.resolve("dir"), FormatOptions.NONE,
                new NullProgressMonitor());
        assertArrayEquals(Files.readAllBytes(images.resolve("p.png")), Files.readAllBytes(root.resolve("dir/p.png")));
    }

    @Test
    void zipSlipIsRefusedWithAClearError(@TempDir Path root) throws Exception {
        Path zip = root.resolve("evil.zip");
        writeZip(zip, Map.of("../../evil.png", png(2, 2)));
        AnnolabException error = assertThrows(AnnolabException.class, () -> load(zip));
        assertTrue(error.getMessage().contains("zip-slip") && error.getMessage().contains("evil.zip"), error.getMessage());
    }

    @Test
    void aTruncatedZipIsReportedNotCrashedOn(@TempDir Path root) throws Exception {
        Path zip = sampleZip(root.resolve("images.zip"));
        byte[] bytes = Files.readAllBytes(zip);
        Path truncated = Files.write(root.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        AnnolabException error = assertThrows(AnnolabException.class, () -> load(truncated));
        assertTrue(error.getMessage().contains("truncated.zip") && error.getMessage().contains("damaged or truncated"), error.getMessage());
    }

    @Test
    void anAbsurdHeaderInsideTheZipNamesTheEntry(@TempDir Path root) throws Exception {
        Path zip = root.resolve("absurd.zip");
        writeZip(zip, Map.of("huge.png", png(500_000, 2)));
        AnnolabException error = assertThrows(AnnolabException.class, () -> load(zip));
        assertTrue(error.getMessage().contains("absurd.zip!/huge.png") && error.getMessage().contains("impossible size"), error.getMessage());
    }

    @Test
    void aFailedExportLeavesNoArchiveAndNoFolder(@TempDir Path root) throws Exception {
        Dataset dataset = load(sampleZip(root.resolve("images.zip")));
        dataset.getItems().get(1).getMedia().setPath(root.resolve("gone.png").toString());
        ExportReport report = new ExportReport();
        assertThrows(AnnolabException.class, () -> conversion.exporter("image_zip").export(Datasets.of(dataset), root.resolve("out"),
                FormatOptions.NONE, report, new NullProgressMonitor()));
        assertThrows(AnnolabException.class, () -> conversion.exporter("image_zip").export(Datasets.of(dataset), root.resolve("x.zip"),
                FormatOptions.NONE, report, new NullProgressMonitor()));
        try (Stream<Path> files = Files.list(root)) {
            assertEquals(List.of("images.zip"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void annotationsAreReportedAsLeftOut(@TempDir Path root) throws Exception {
        Dataset dataset = load(sampleZip(root.resolve("images.zip")));
        dataset.getItems().get(0).getAnnotations().add(ModelFactory.eINSTANCE.createTag());
        ExportReport report = new ExportReport();
        conversion.exporter("image_zip").export(Datasets.of(dataset), root.resolve("out.zip"), FormatOptions.NONE, report,
                new NullProgressMonitor());
        assertEquals(Map.of("tag (image_zip holds no annotations)", 1L), report.leftOutCounts());
        assertFalse(Files.exists(root.resolve("out")));
    }

    private Dataset load(Path path) throws IOException {
        try (DatasetSource source = conversion.importer("image_zip").open(path, FormatOptions.NONE)) {
            return Datasets.load(source);
        }
    }

    private static List<String> ids(Dataset dataset) {
        return dataset.getItems().stream().map(DatasetItem::getId).toList();
    }

    private static Path sampleZip(Path zip) throws IOException {
        writeZip(zip, new java.util.LinkedHashMap<>(Map.of("a.png", encode(40, 10, "png"), "nested/b.jpg", encode(30, 20, "jpg"),
                "nested/deeper/c.BMP", encode(5, 7, "bmp"), "notes.txt", "not an image".getBytes())));
        return zip;
    }

    private static void writeZip(Path zip, Map<String, byte[]> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : new java.util.TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
    }

    private static byte[] encode(int width, int height, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, bytes);
        return bytes.toByteArray();
    }

    /** A PNG header claiming the given size (enough for header reading). */
    private static byte[] png(int width, int height) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(33);
        buffer.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R' });
        buffer.putInt(width).putInt(height);
        return buffer.array();
    }
}
