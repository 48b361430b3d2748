package io.annolab.formats.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.annolab.core.api.io.SafeArchive;

/**
 * Media paths that point into a zip: {@code <zip path>!/<entry>}. A real file of that name wins,
 * so an ordinary path that happens to contain "!/" still opens as a file.
 */
public final class ZipEntryPaths {

    public static final String SEPARATOR = "!/";

    private ZipEntryPaths() {
    }

    public static String of(Path zip, String entry) {
        return zip.toAbsolutePath().normalize() + SEPARATOR + entry;
    }

    /** The archive part, or null when {@code path} is not an entry path. */
    public static Path archive(String path) {
        int separator = path.indexOf(SEPARATOR);
        return separator > 0 && !Files.isRegularFile(Path.of(path)) ? Path.of(path.substring(0, separator)) : null;
    }

    public static String entry(String path) {
        return path.substring(path.indexOf(SEPARATOR) + SEPARATOR.length());
    }

    /** Opens a file or a zip entry; the caller closes the stream (which closes the archive too). */
    public static InputStream open(String path) throws IOException {
        Path zip = archive(path);
        if (zip == null) {
            return Files.newInputStream(Path.of(path));
        }
        SafeArchive archive = SafeArchive.open(zip);
        try {
            InputStream entry = archive.open(entry(path));
            return new java.io.FilterInputStream(entry) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        archive.close();
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            archive.close();
            throw e;
        }
    }
}
