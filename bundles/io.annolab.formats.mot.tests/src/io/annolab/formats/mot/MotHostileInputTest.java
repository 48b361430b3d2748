package io.annolab.formats.mot;

import static io.annolab.formats.mot.MotSamples.dataset;
import static io.annolab.formats.mot.MotSamples.export;
import static io.annolab.formats.mot.MotSamples.item;
import static io.annolab.formats.mot.MotSamples.load;
import static io.annolab.formats.mot.MotSamples.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.AnnolabException;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;

/** Damaged and hostile MOT / MOTS input fails naming the file and place; failed exports leave nothing behind. */
class MotHostileInputTest {

    private static final List<String> LABELS = List.of("person", "car");

    private static AnnolabException failsToLoad(String format, Path root) {
        return assertThrows(AnnolabException.class, () -> load(format, root));
    }

    private static void assertPlace(AnnolabException error, Path file, int line, int column, String text) {
        assertEquals(file.toAbsolutePath().normalize(), error.file().toAbsolutePath().normalize(), error.getMessage());
        assertEquals(line, error.line(), error.getMessage());
        assertEquals(column, error.column(), error.getMessage());
        assertTrue(error.getMessage().contains(text), error.getMessage());
    }

    @Test
    void shortRowNamesFileAndLine(@TempDir Path temp) throws IOException {
        Path root = sequence(temp.resolve("seq"), "1,1,0,0,1,1,1,1,1\n1,2,3\n", LABELS);
        assertPlace(failsToLoad("mot_seq", root), root.resolve("gt/gt.txt"), 2, 1, "the row has 3 fields");
    }

    @Test
    void nonNumericFieldNamesItsColumn(@TempDir Path temp) throws IOException {
        Path root = sequence(temp.resolve("seq"), "1,1,0,zero,1,1,1,1,1\n", LABELS);
        assertPlace(failsToLoad("mot_seq", root), root.resolve("gt/gt.txt"), 1, 7, "y is 'zero', not a number");
        Path frame = sequence(temp.resolve("frame"), "1.5,1,0,0,1,1,1,1,1\n", LABELS);
        assertPlace(failsToLoad("mot_seq", frame), frame.resolve("gt/gt.txt"), 1, 1, "frame is '1.5', not a whole number");
        Path nan = sequence(temp.resolve("nan"), "1,1,0,0,NaN,1,1,1,1\n", LABELS);
        assertPlace(failsToLoad("mot_seq", nan), nan.resolve("gt/gt.txt"), 1, 9, "not a finite number");
    }

    @Test
    void negativeAndAbsurdSizesAreRefused(@TempDir Path temp) throws IOException {
        Path negative = sequence(temp.resolve("negative"), "1,1,0,0,-4,1,1,1,1\n", LABELS);
        assertPlace(failsToLoad("mot_seq", negative), negative.resolve("gt/gt.txt"), 1, 9, "negative width");
        Path huge = sequence(temp.resolve("huge"), "1,1,0,0,1,1e12,1,1,1\n", LABELS);
        assertPlace(failsToLoad("mot_seq", huge), huge.resolve("gt/gt.txt"), 1, 11, "absurd coordinate");
    }

    @Test
    void framesOutOfRangeAreRefused(@TempDir Path temp) throws IOException {
        Path zero = sequence(temp.resolve("zero"), "0,1,0,0,1,1,1,1,1\n", LABELS);
        assertPlace(failsToLoad("mot_seq", zero), zero.resolve("gt/gt.txt"), 1, 1, "frame 0 is out of range");
        Path beyond = sequence(temp.resolve("beyond"), "1,1,0,0,1,1,1,1,1\n4,1,0,0,1,1,1,1,1\n", LABELS);
        Files.writeString(beyond.resolve("seqinfo.ini"), "[Sequence]\nseqLength=3\nimWidth=10\nimHeight=10\n");
        assertPlace(failsToLoad("mot_seq", beyond), beyond.resolve("gt/gt.txt"), 2, 1, "frame 4 is out of range: frames are 1..3");
        Path absurd = sequence(temp.resolve("absurd"), "1,1,0,0,1,1,1,1,1\n", LABELS);
        Files.writeString(absurd.resolve("seqinfo.ini"), "[Sequence]\nseqLength=999999999999\nimWidth=10\nimHeight=-10\n");
        assertPlace(failsToLoad("mot_seq", absurd), absurd.resolve("seqinfo.ini"), 2, 1, "seqlength is 999999999999, outside");
    }

    @Test
    void classesNotDeclaredInLabelsTxtAreRefused(@TempDir Path temp) throws IOException {
        Path root = sequence(temp.resolve("seq"), "1,1,0,0,1,1,1,3,1\n", LABELS);
        assertPlace(failsToLoad("mot_seq", root), root.resolve("gt/gt.txt"), 1, 15, "class 3 is not declared");
        // without labels.txt the 12 MOT Challenge classes apply (Datumaro's rule), and class 13 is still undeclared
        Path missing = sequence(temp.resolve("missing"), "1,1,0,0,1,1,1,13,1\n", null);
        AnnolabException error = failsToLoad("mot_seq", missing);
        assertTrue(error.getMessage().contains("labels.txt is absent) has 12 labels"), error.getMessage());
    }

    @Test
    void duplicateLabelsAndDuplicateFramesAreRefused(@TempDir Path temp) throws IOException {
        Path labels = sequence(temp.resolve("labels"), "1,1,0,0,1,1,1,1,1\n", List.of("person", "car", "person"));
        assertPlace(failsToLoad("mot_seq", labels), labels.resolve("gt/labels.txt"), 3, 1, "listed twice");
        Path frames = sequence(temp.resolve("frames"), "1,1,0,0,1,1,1,1,1\n", LABELS, 1);
        MotSamples.image(frames.resolve("img1/1.png"), 5, 5);
        AnnolabException error = failsToLoad("mot_seq", frames);
        assertTrue(error.getMessage().contains("two images are frame 1"), error.getMessage());
    }

    @Test
    void severalSequencesAtOnceAreRefusedByName(@TempDir Path temp) throws IOException {
        sequence(temp.resolve("a"), "1,1,0,0,1,1,1,1,1\n", LABELS);
        sequence(temp.resolve("b"), "1,1,0,0,1,1,1,1,1\n", LABELS);
        AnnolabException error = failsToLoad("mot_seq", temp);
        assertTrue(error.getMessage().contains("2 MOT sequences"), error.getMessage());
    }

    @Test
    void seqinfoImageFolderMayNotClimbOut(@TempDir Path temp) throws IOException {
        Path root = sequence(temp.resolve("seq"), "1,1,0,0,1,1,1,1,1\n", LABELS);
        Files.writeString(root.resolve("seqinfo.ini"), "[Sequence]\nimDir=../../etc\nseqLength=1\nimWidth=10\nimHeight=10\n");
        assertPlace(failsToLoad("mot_seq", root), root.resolve("seqinfo.ini"), 2, 1, "leads outside the sequence folder");
    }

    @Test
    void motsPngWithAbsurdDimensionsIsRefusedBeforeDecoding(@TempDir Path temp) throws IOException {
        Path png = temp.resolve("mots/instances/a.png");
        Files.createDirectories(png.getParent());
        Files.write(png, pngHeaderOnly(50_000, 50_000));
        AnnolabException error = failsToLoad("mots", temp.resolve("mots"));
        assertEquals(png.toAbsolutePath(), error.file().toAbsolutePath());
        assertTrue(error.getMessage().contains("50000x50000 pixels"), error.getMessage());
    }

    @Test
    void truncatedMotsPngIsAnError(@TempDir Path temp) throws IOException {
        Path png = MotSamples.instancePng(temp.resolve("mots/instances/a.png"), 64, 64, new int[64 * 64]);
        byte[] bytes = Files.readAllBytes(png);
        Files.write(png, java.util.Arrays.copyOf(bytes, 40));
        AnnolabException error = failsToLoad("mots", temp.resolve("mots"));
        assertEquals(png.toAbsolutePath(), error.file().toAbsolutePath());
    }

    @Test
    void motsClassBeyondTheLabelsIsRefused(@TempDir Path temp) throws IOException {
        Path root = temp.resolve("mots");
        Files.createDirectories(root.resolve("instances"));
        Files.writeString(root.resolve("instances/labels.txt"), "car\n");
        MotSamples.instancePng(root.resolve("instances/a.png"), 1, 1, 3001);
        AnnolabException error = failsToLoad("mots", root);
        assertTrue(error.getMessage().contains("pixel value 3001 is class 3, but labels.txt declares 1 labels"), error.getMessage());
    }

    @Test
    void motsSubsetsWithDifferentLabelsAreRefused(@TempDir Path temp) throws IOException {
        Path root = temp.resolve("mots");
        Files.createDirectories(root.resolve("a/instances"));
        Files.createDirectories(root.resolve("b/instances"));
        Files.writeString(root.resolve("a/instances/labels.txt"), "car\nperson");
        Files.writeString(root.resolve("b/instances/labels.txt"), "person\ncar");
        AnnolabException error = failsToLoad("mots", root);
        assertTrue(error.getMessage().contains("the labels differ"), error.getMessage());
    }

    @Test
    void itemIdsThatClimbOutOfTheExportAreRefusedAndNothingIsLeft(@TempDir Path temp) throws IOException {
        Dataset dataset = dataset("car");
        DatasetItem item = item(dataset, "default", "../../escape", 2, 2);
        MotSamples.mask(item, dataset.getLabels().get(0), 0, 0, 1, 1, 1L, true);
        Path out = temp.resolve("out");
        assertThrows(AnnolabException.class, () -> export("mots", dataset, out));
        assertEquals(List.of(), MotSamples.files(temp));
    }

    @Test
    void anAbsurdInstanceImageFailsTheExportAndLeavesNothing(@TempDir Path temp) throws IOException {
        Dataset dataset = dataset("car");
        item(dataset, "default", "ok", 2, 2);
        DatasetItem huge = item(dataset, "default", "huge", 90_000, 90_000);
        MotSamples.mask(huge, dataset.getLabels().get(0), 0, 0, 1, 1, 1L, true);
        AnnolabException error = assertThrows(AnnolabException.class, () -> export("mots", dataset, temp.resolve("out")));
        assertTrue(error.getMessage().contains("90000x90000"), error.getMessage());
        assertEquals(List.of(), MotSamples.files(temp));
    }

    @Test
    void exportIntoAFilledFolderIsRefused(@TempDir Path temp) throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        assertThrows(AnnolabException.class, () -> export("mot_seq", dataset("car"), out));
        assertEquals(List.of("keep.txt"), MotSamples.files(out));
    }

    /** A PNG signature and IHDR claiming the size, then nothing: decoding it would need gigabytes. */
    private static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(chunk);
        data.writeBytes("IHDR");
        data.writeInt(width);
        data.writeInt(height);
        data.write(new byte[] { 16, 0, 0, 0, 0 });
        out.writeInt(13);
        out.write(chunk.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(chunk.toByteArray());
        out.writeInt((int) crc.getValue());
        return bytes.toByteArray();
    }
}
