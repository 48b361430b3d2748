package io.annolab.formats.mot;

import static io.annolab.formats.mot.MotSamples.load;
import static io.annolab.formats.mot.MotSamples.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.format.DatasetImporter;
import io.annolab.model.Dataset;

/** MOT and MOTS zips, as CVAT exports them: read like their folders, hostile ones refused. */
class MotZipTest {

    /** Zips every file below {@code folder}, entries relative to it. */
    private static Path zip(Path folder, Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void aZippedSequenceIsDetectedAndRead(@TempDir Path temp) throws IOException {
        Path root = sequence(temp.resolve("seq"), "1,2,0,0,3,4,1,1,1\n", List.of("person"), 1);
        Path zip = zip(root, temp.resolve("seq.zip"));
        assertEquals(DatasetImporter.MEDIUM, new MotSeqImporter().detect(zip));
        assertEquals(DatasetImporter.NONE, new MotsImporter().detect(zip));
        Dataset dataset = load("mot_seq", zip);
        assertEquals("seq", dataset.getName());
        assertEquals("000001", dataset.getItems().get(0).getId());
        assertEquals(20, dataset.getItems().get(0).getMedia().getWidth());
        assertEquals(1, dataset.getItems().get(0).getAnnotations().size());
    }

    @Test
    void aZippedMotsDatasetIsDetectedAndRead(@TempDir Path temp) throws IOException {
        Path root = temp.resolve("mots");
        MotSamples.instancePng(root.resolve("train/instances/a.png"), 2, 1, 1001, 0);
        Files.writeString(root.resolve("train/instances/labels.txt"), "car");
        Path zip = zip(root, temp.resolve("mots.zip"));
        assertEquals(DatasetImporter.MEDIUM, new MotsImporter().detect(zip));
        Dataset dataset = load("mots", zip);
        assertEquals("train", dataset.getItems().get(0).getSubset());
        assertEquals(1, dataset.getItems().get(0).getAnnotations().size());
    }

    @Test
    void errorsInsideAZipNameTheEntry(@TempDir Path temp) throws IOException {
        Path root = sequence(temp.resolve("seq"), "1,2,0,0,3,4,1,9,1\n", List.of("person"));
        Path zip = zip(root, temp.resolve("seq.zip"));
        AnnolabException error = assertThrows(AnnolabException.class, () -> load("mot_seq", zip));
        assertEquals(Path.of(zip + "!/gt/gt.txt"), error.file());
        assertEquals(1, error.line());
    }

    @Test
    void entriesClimbingOutAreRefusedAndNothingIsWrittenOutside(@TempDir Path temp) throws IOException {
        Path zip = temp.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("gt/gt.txt"));
            out.write("1,1,0,0,1,1,1,1,1\n".getBytes());
            out.putNextEntry(new ZipEntry("../../evil.txt"));
            out.write("pwned".getBytes());
        }
        assertThrows(AnnolabException.class, () -> load("mot_seq", zip));
        assertFalse(Files.exists(temp.resolve("evil.txt")));
        assertFalse(Files.exists(Path.of(System.getProperty("java.io.tmpdir")).resolve("evil.txt")));
    }

    @Test
    void aTruncatedZipIsAnErrorNamingIt(@TempDir Path temp) throws IOException {
        Path root = sequence(temp.resolve("seq"), "1,2,0,0,3,4,1,1,1\n".repeat(2000), List.of("person"), 1);
        Path zip = zip(root, temp.resolve("seq.zip"));
        byte[] bytes = Files.readAllBytes(zip);
        try (OutputStream out = Files.newOutputStream(zip)) {
            out.write(Arrays.copyOf(bytes, bytes.length / 2));
        }
        AnnolabException error = assertThrows(AnnolabException.class, () -> load("mot_seq", zip));
        assertTrue(error.getMessage().contains("seq.zip"), error.getMessage());
    }
}
