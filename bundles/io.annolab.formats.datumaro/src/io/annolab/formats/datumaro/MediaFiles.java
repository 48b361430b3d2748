package io.annolab.formats.datumaro;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.annolab.core.api.io.SafeArchive;

/**
 * Opens media named by {@code Media.path}: a file, or an entry of a zip written
 * {@code <zip path>!/<entry>} (as the image_zip importer names them). The last archive stays
 * open, since consecutive items usually come from the same one.
 */
final class MediaFiles implements AutoCloseable {

    static final String ENTRY_SEPARATOR = "!/";

    private SafeArchive archive;

    /** Whether the media can be opened. */
    boolean exists(String path) throws IOException {
        if (Files.isRegularFile(Path.of(path))) {
            return true;
        }
        int separator = path.indexOf(ENTRY_SEPARATOR);
        return separator > 0 && Files.isRegularFile(Path.of(path.substring(0, separator)))
                && archive(Path.of(path.substring(0, separator))).names().contains(path.substring(separator + 2));
    }

    InputStream open(String path) throws IOException {
        int separator = path.indexOf(ENTRY_SEPARATOR);
        if (separator > 0 && !Files.isRegularFile(Path.of(path))) {
            return archive(Path.of(path.substring(0, separator))).open(path.substring(separator + 2));
        }
        return Files.newInputStream(Path.of(path));
    }

    /** The file name part: the entry's name for a zip entry. */
    static String fileName(String path) {
        String name = path.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private SafeArchive archive(Path zip) throws IOException {
        if (archive == null || !archive.file().equals(zip)) {
            close();
            archive = SafeArchive.open(zip);
        }
        return archive;
    }

    @Override
    public void close() throws IOException {
        if (archive != null) {
            archive.close();
            archive = null;
        }
    }
}
