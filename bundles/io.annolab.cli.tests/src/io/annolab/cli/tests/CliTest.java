package io.annolab.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.formats.testing.CvatSamples;
import io.annolab.cli.Cli;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.dataset.ProjectDatasets;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.store.ProjectSession;
import io.annolab.core.api.store.ProjectStore;
import io.annolab.core.api.track.TrackInterpolation;
import io.annolab.media.api.DemoMedia;
import io.annolab.media.api.ShapeTrack;
import io.annolab.model.DatasetItem;
import io.annolab.model.Job;
import io.annolab.model.Shape;
import io.annolab.model.Task;
import io.annolab.model.Track;

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
    void aCvatVideoImportedAndExportedAsCocoHasTheInterpolatedBoxOnEveryFrame(@TempDir Path root) throws IOException {
        Path video = Files.createDirectories(root.resolve("video"));
        Files.writeString(video.resolve("annotations.xml"), CvatSamples.movingBoxVideo());
        Path project = root.resolve("project");
        assertEquals(0, run("create", "-o", project.toString(), "-n", "Tracks"), err());
        assertEquals(0, run("import", "-p", project.toString(), "-if", "cvat", "-i", video.toString(), "-n", "moving"), err());
        assertEquals(0, run("info", project.toString()), err());
        assertTrue(out().contains("task 1 'moving': interpolation, 7 frames"), out());
        Path coco = root.resolve("coco");
        assertEquals(0, run("export", "-p", project.toString(), "-f", "coco_instances", "-o", coco.toString()), err());
        assertTrue(out().contains("outside track frame"), "the outside keyframe is reported, not drawn: " + out());
        String json;
        try (var files = Files.walk(coco)) {
            json = Files.readString(files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow());
        }
        List<String> boxes = new ArrayList<>();
        Matcher bbox = Pattern.compile("\"bbox\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(json);
        while (bbox.find()) {
            boxes.add(bbox.group(1).replace(" ", "").replace(".0,", ",").replaceAll("\\.0$", ""));
        }
        // frames 0-4 move 10 px a frame (1-3 interpolated), 5 holds frame 4's box, 6 is outside
        assertEquals(List.of("0,0,10,10", "10,0,10,10", "20,0,10,10", "30,0,10,10", "40,0,10,10", "40,0,10,10"), boxes, json);
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
        // the video's tracks: keyframes every 10 frames, interpolated within a pixel of the ground truth
        List<ShapeTrack> truth = DemoMedia.generate(root.resolve("truth")).tracks();
        try (ProjectSession session = ProjectStore.open(demo)) {
            Task video = session.project().getTasks().get(1);
            for (Job job : video.getJobs()) {
                List<Track> tracks = job.getAnnotations().stream().filter(Track.class::isInstance).map(Track.class::cast).toList();
                assertEquals(truth.size(), tracks.size());
                for (int i = 0; i < tracks.size(); i++) {
                    Track track = tracks.get(i);
                    assertTrue(track.getShapes().size() <= 5, "sparse keyframes: " + track.getShapes().size());
                    for (int frame = job.getStartFrame(); frame <= job.getStopFrame(); frame++) {
                        ShapeTrack.Box box = truth.get(i).boxAt(frame);
                        float[] points = TrackInterpolation.shapeAt(track, frame).orElseThrow().getPoints().toArray();
                        assertArrayEquals(new float[] { box.x(), box.y(), box.x() + box.width(), box.y() + box.height() }, points, 1f,
                                track.getLabel().getName() + " on frame " + frame);
                    }
                }
            }
            // exported, the two jobs' parts of one object are one track: one box per object on every frame
            ExportReport report = new ExportReport();
            try (DatasetSource source = ProjectDatasets.export(session.project(), demo, List.of(video), report);
                    ItemCursor items = source.items()) {
                int frames = 0;
                for (DatasetItem item = items.next(); item != null; item = items.next(), frames++) {
                    assertEquals(truth.size(), item.getAnnotations().size(), "frame " + frames);
                    assertEquals(truth.size(), item.getAnnotations().stream().map(a -> a.getAttributes().get(0).getValue()).distinct().count());
                    assertTrue(item.getAnnotations().stream().noneMatch(a -> ((Shape) a).isOutside()), "frame " + frames);
                }
                assertEquals(60, frames);
            }
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
