package io.annolab.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.cli.Cli;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void formatsListsWhatTheInstalledBundlesProvide() {
        assertEquals(0, run("formats"));
        assertTrue(out().lines().anyMatch(l -> l.matches("image_dir\\s+yes\\s+yes\\s+io.annolab.formats.image")), out());
    }

    @Test
    void convertRunsEndToEndThroughTheRegistryAndDetectsTheInputFormat(@TempDir Path root) throws IOException {
        Path images = images(root);
        Path output = root.resolve("copy");
        assertEquals(0, run("convert", "-i", images.toString(), "-f", "image_dir", "-o", output.toString()), err());
        assertEquals("converted image_dir -> image_dir: 2 items; written: no annotations", out().trim());
        assertTrue(err().contains("detected input format: image_dir"), err());
        assertTrue(Files.isRegularFile(output.resolve("sub/two.png")));
    }

    @Test
    void detectPrintsConfidences(@TempDir Path root) throws IOException {
        assertEquals(0, run("detect", images(root).toString()));
        assertTrue(out().contains("image_dir") && out().contains("detected: image_dir"), out());
    }

    @Test
    void aProjectIsCreatedFilledByImportDescribedByInfoAndExported(@TempDir Path root) throws IOException {
        Path project = root.resolve("project");
        assertEquals(0, run("create", "-o", project.toString(), "-n", "Lab"), err());
        assertEquals(0, run("import", "-p", project.toString(), "-i", images(root).toString(), "-n", "photos"), err());
        assertTrue(out().contains("as task 1 'photos': 2 frames, 0 annotations"), out());
        assertTrue(Files.isRegularFile(project.resolve("media/photos/sub/two.png")), "the project keeps its own copy of the media");
        assertEquals(0, run("info", project.toString()), err());
        assertTrue(out().contains("project: Lab"), out());
        assertTrue(out().contains("task 1 'photos': annotation, 2 frames"), out());
        assertTrue(out().contains("job 1: frames 0-1, annotation, new, 0 annotations"), out());
        Path exported = root.resolve("exported");
        assertEquals(0, run("export", "-p", project.toString(), "-f", "image_dir", "-o", exported.toString()), err());
        assertTrue(Files.isRegularFile(exported.resolve("two.png")), "exported items are named after their frames");
        assertEquals(0, run("info", exported.toString()));
        assertTrue(out().contains("items: 2"), out());
    }

    @Test
    void imagesImportedFromAZipStayAvailableInTheProject(@TempDir Path root) throws IOException {
        Path zip = root.resolve("images.zip");
        assertEquals(0, run("convert", "-i", images(root).toString(), "-f", "image_zip", "-o", zip.toString()), err());
        Path project = root.resolve("project");
        assertEquals(0, run("create", "-o", project.toString()));
        assertEquals(0, run("import", "-p", project.toString(), "-f", "image_zip", "-i", zip.toString(), "-n", "zipped"), err());
        Files.delete(zip);
        Path exported = root.resolve("exported");
        assertEquals(0, run("export", "-p", project.toString(), "-f", "image_dir", "-o", exported.toString()), err());
        assertTrue(Files.isRegularFile(exported.resolve("one.png")), "images came out of the project, not the deleted zip");
    }

    @Test
    void failuresExitNonZeroWithOneLineThatSaysWhy(@TempDir Path root) throws IOException {
        assertEquals(Cli.USAGE, run("convert", "-i", "x"));
        assertEquals(1, err().lines().count());
        assertTrue(err().startsWith("annolab convert: missing the output folder (-o PATH)"), err());

        assertEquals(Cli.FAILED, run("convert", "-if", "image_dir", "-i", images(root).toString(), "-f", "nonsense", "-o", root.resolve("o").toString()));
        assertTrue(err().startsWith("annolab convert: unknown format 'nonsense'"), err());
        assertEquals(1, err().lines().count());
        assertFalse(Files.exists(root.resolve("o")));

        assertEquals(Cli.USAGE, run("convert", "-if", "image_dir", "-i", images(root).toString(), "-f", "image_dir", "-o", root.resolve("o").toString(),
                "--", "--no-such-option"));
        assertTrue(err().startsWith("annolab convert: unknown format option '--no-such-option'"), err());

        assertEquals(Cli.FAILED, run("info", root.resolve("missing").toString()));
        assertTrue(err().contains("no such file or folder"), err());
        assertEquals(Cli.USAGE, run("frobnicate"));
    }

    @Test
    void theDemoProjectIsGeneratedWithRealMediaAndDescribed(@TempDir Path root) throws IOException {
        Path demo = root.resolve("demo");
        assertEquals(0, run("demo", "create", demo.toString()), err());
        assertTrue(out().startsWith("created the demo project 'Annolab demo'"), out());
        assertEquals(0, run("info", demo.toString()), err());
        assertTrue(out().contains("task 1 'Street images': annotation, 4 frames, subset train"), out());
        assertTrue(out().contains("task 2 'Moving shapes (video)': interpolation, 60 frames"), out());
        assertTrue(out().contains("job 1: frames 0-1, annotation, in progress, 4 annotations"), out());
        assertTrue(out().lines().anyMatch(l -> l.matches("\\s+job 3: frames 0-29, validation, completed, [1-9] annotations")), out());
        try (var files = Files.list(demo.resolve("media"))) {
            assertTrue(files.anyMatch(p -> p.toString().endsWith(".mp4")), "a generated video");
        }
    }

    @Test
    void everyVerbHasHelp() {
        for (String verb : new String[] { "convert", "detect", "formats", "info", "create", "import", "export", "demo" }) {
            assertEquals(0, run(verb, "--help"), verb);
            assertTrue(out().startsWith("Usage: annolab " + verb), verb + ": " + out());
        }
        assertEquals(0, run("--help"));
        assertTrue(out().contains("convert") && out().contains("detect"), out());
    }

    private static Path images(Path root) throws IOException {
        Path folder = root.resolve("images");
        Files.createDirectories(folder.resolve("sub"));
        ImageIO.write(new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB), "png", folder.resolve("one.png").toFile());
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", folder.resolve("sub/two.png").toFile());
        return folder;
    }
}
