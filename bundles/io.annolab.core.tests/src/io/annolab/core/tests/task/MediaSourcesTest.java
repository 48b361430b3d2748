package io.annolab.core.tests.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.task.MediaSource;
import io.annolab.core.api.task.MediaSources;

class MediaSourcesTest {

    @Test
    void foldersAreSearchedRecursivelyForImagesOnly(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("sub/deeper"));
        for (String name : List.of("b.png", "a.JPG", "notes.txt", "sub/c.bmp", "sub/deeper/d.webp", ".png")) {
            Files.write(folder.resolve(name), new byte[] { 1 });
        }
        List<MediaSource> found = MediaSources.scan(folder);
        assertEquals(List.of("a.JPG", "b.png", "sub/c.bmp", "sub/deeper/d.webp"), found.stream().map(MediaSource::name).toList());
        assertEquals(folder.resolve("sub/c.bmp").toString(), found.get(2).mediaPath());
    }

    @Test
    void zipArchivesListTheirImagesInArchiveOrder(@TempDir Path folder) throws IOException {
        Path zip = zip(folder.resolve("images.zip"), "z/2.png", "readme.md", "1.jpg");
        List<MediaSource> found = MediaSources.scan(List.of(zip));
        assertEquals(List.of("z/2.png", "1.jpg"), found.stream().map(MediaSource::name).toList());
        assertEquals(zip + "!/z/2.png", found.get(0).mediaPath());
    }

    @Test
    void unsafeArchivesVideosAndMissingFilesAreRefusedWithAReason(@TempDir Path folder) throws IOException {
        Path slip = zip(folder.resolve("slip.zip"), "../evil.png");
        assertTrue(assertThrows(AnnolabException.class, () -> MediaSources.scan(slip)).getMessage().contains("outside"));
        Path video = Files.write(folder.resolve("clip.mp4"), new byte[] { 0 });
        // the core reads no video: without the media bundle (as in this test runtime) it says what is missing
        assertTrue(assertThrows(AnnolabException.class, () -> MediaSources.scan(video)).getMessage()
                .contains("needs the media bundle io.annolab.media"));
        AnnolabException missing = assertThrows(AnnolabException.class, () -> MediaSources.scan(folder.resolve("gone.png")));
        assertEquals(folder.resolve("gone.png"), missing.file());
        Path empty = zip(folder.resolve("empty.zip"), "readme.md");
        assertTrue(assertThrows(AnnolabException.class, () -> MediaSources.scan(empty)).getMessage().contains("no images"));
    }

    static Path zip(Path file, String... entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(new byte[] { 1, 2, 3 });
                zip.closeEntry();
            }
        }
        return file;
    }
}
