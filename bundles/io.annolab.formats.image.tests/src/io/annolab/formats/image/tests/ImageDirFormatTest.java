package io.annolab.formats.image.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
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
import io.annolab.model.Tag;

class ImageDirFormatTest {

    private final Conversion conversion = new Conversion();

    @Test
    void importsImagesRecursivelyWithRelativeIdsAndHeaderSizes(@TempDir Path root) throws Exception {
        Path folder = sampleFolder(root);
        Dataset dataset = load(folder);
        assertEquals(List.of("a", "nested/b", "nested/deeper/c"), dataset.getItems().stream().map(DatasetItem::getId).toList());
        DatasetItem b = dataset.getItems().get(1);
        assertEquals(30, b.getMedia().getWidth());
        assertEquals(20, b.getMedia().getHeight());
        assertEquals(folder.resolve("nested/b.jpg").toAbsolutePath().toString(), b.getMedia().getPath());
    }

    @Test
    void detectionPicksImageDirForAFolderOfImagesAndNothingForAnEmptyOne(@TempDir Path root) throws Exception {
        assertEquals("image_dir", new FormatDetection().detect(sampleFolder(root)));
        Path empty = Files.createDirectories(root.resolve("empty"));
        AnnolabException none = assertThrows(AnnolabException.class, () -> new FormatDetection().detect(empty));
        assertTrue(none.getMessage().contains("no installed format recognises this dataset"), none.getMessage());
    }

    @Test
    void exportThenImportGivesTheSameItemsAndTheSameBytes(@TempDir Path root) throws Exception {
        Path folder = sampleFolder(root);
        Path out = root.resolve("out");
        ExportReport report = conversion.convert("image_dir", folder, FormatOptions.NONE, "image_dir", out, FormatOptions.NONE,
                new NullProgressMonitor());
        assertEquals("3 items; written: no annotations", report.summaryLine());
        assertArrayEquals(Files.readAllBytes(folder.resolve("nested/b.jpg")), Files.readAllBytes(out.resolve("nested/b.jpg")));
        Dataset again = load(out);
        assertEquals(load(folder).getItems().stream().map(i -> i.getId() + i.getMedia().getWidth()).toList(),
                again.getItems().stream().map(i -> i.getId() + i.getMedia().getWidth()).toList());
        assertNoPartialFolders(root);
    }

    @Test
    void annotationsThatCannotBeWrittenAreReportedNotDropped(@TempDir Path root) throws Exception {
        Dataset dataset = load(sampleFolder(root));
        Tag tag = ModelFactory.eINSTANCE.createTag();
        dataset.getItems().get(0).getAnnotations().add(tag);
        ExportReport report = new ExportReport();
        conversion.exporter("image_dir").export(Datasets.of(dataset), root.resolve("out"), FormatOptions.NONE, report,
                new NullProgressMonitor());
        assertEquals("3 items; written: no annotations; left out: 1 tag (image_dir holds no annotations)", report.summaryLine());
    }

    @Test
    void anAbsurdImageSizeIsRefusedNamingTheFile(@TempDir Path root) throws Exception {
        Path folder = sampleFolder(root);
        Path bomb = folder.resolve("bomb.png");
        byte[] png = Files.readAllBytes(folder.resolve("a.png"));
        ByteBuffer.wrap(png).putInt(16, Integer.MAX_VALUE); // IHDR width
        Files.write(bomb, png);
        AnnolabException error = assertThrows(AnnolabException.class, () -> load(folder));
        assertEquals(bomb, error.file());
        assertTrue(error.getMessage().contains("impossible size 2147483647x"), error.getMessage());
    }

    @Test
    void idsThatClimbOutOfTheTargetAreRefusedAndNothingIsLeftBehind(@TempDir Path root) throws Exception {
        Dataset dataset = load(sampleFolder(root));
        dataset.getItems().get(1).setId("../../escaped");
        Path out = root.resolve("out");
        AnnolabException error = assertThrows(AnnolabException.class, () -> conversion.exporter("image_dir")
                .export(Datasets.of(dataset), out, FormatOptions.NONE, new ExportReport(), new NullProgressMonitor()));
        assertTrue(error.getMessage().contains("would be written outside the output folder"), error.getMessage());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(root.resolve("escaped.png")));
        assertNoPartialFolders(root);
    }

    @Test
    void cancellingLeavesNoOutputAndANonEmptyTargetIsRefused(@TempDir Path root) throws Exception {
        Path folder = sampleFolder(root);
        Path out = root.resolve("out");
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> conversion.convert("image_dir", folder, FormatOptions.NONE,
                "image_dir", out, FormatOptions.NONE, cancelled));
        assertFalse(Files.exists(out));
        assertNoPartialFolders(root);
        AnnolabException occupied = assertThrows(AnnolabException.class, () -> conversion.convert("image_dir", folder,
                FormatOptions.NONE, "image_dir", folder, FormatOptions.NONE, new NullProgressMonitor()));
        assertTrue(occupied.getMessage().contains("already exists"), occupied.getMessage());
    }

    @Test
    void readsTheSizesOfRealPhotosWithoutDecodingThem() throws Exception {
        Path darknet = Path.of(System.getProperty("annolab.shared", "../shared")).resolve("fixtures/debian-darknet");
        assumeTrue(Files.isDirectory(darknet), "skipped: " + darknet + " (the shared fixtures) is absent");
        Dataset dataset = load(darknet);
        DatasetItem dog = dataset.getItems().stream().filter(i -> i.getId().equals("dog")).findFirst().orElseThrow();
        assertEquals(768, dog.getMedia().getWidth());
        assertEquals(576, dog.getMedia().getHeight());
        DatasetItem kite = dataset.getItems().stream().filter(i -> i.getId().equals("kite")).findFirst().orElseThrow();
        assertEquals(1352, kite.getMedia().getWidth());
        assertEquals(7, dataset.getItems().size(), "the seven demo photos; .names files are not images");
    }

    private Dataset load(Path folder) throws IOException {
        try (DatasetSource source = conversion.importer("image_dir").open(folder, FormatOptions.NONE)) {
            return Datasets.load(source);
        }
    }

    private static Path sampleFolder(Path root) throws IOException {
        Path folder = root.resolve("images");
        Files.createDirectories(folder.resolve("nested/deeper"));
        ImageIO.write(new BufferedImage(40, 10, BufferedImage.TYPE_INT_RGB), "png", folder.resolve("a.png").toFile());
        ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "jpg", folder.resolve("nested/b.jpg").toFile());
        ImageIO.write(new BufferedImage(5, 7, BufferedImage.TYPE_BYTE_GRAY), "bmp", folder.resolve("nested/deeper/c.BMP").toFile());
        Files.writeString(folder.resolve("notes.txt"), "not an image");
        Files.writeString(folder.resolve(".png"), "a dotfile, not an image");
        return folder;
    }

    private static void assertNoPartialFolders(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "no staging folder left");
        }
    }
}
