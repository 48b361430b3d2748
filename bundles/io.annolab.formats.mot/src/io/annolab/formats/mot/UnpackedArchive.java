package io.annolab.formats.mot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Predicate;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.io.Folders;
import io.annolab.core.api.io.SafeArchive;

/**
 * A MOT or MOTS zip (the form CVAT exports) read as its folder: unpacked, refusing entries that
 * climb out, into a temporary folder that lives as long as the source. Errors about unpacked
 * files name them as {@code archive.zip!/entry}.
 */
final class UnpackedArchive {

    @FunctionalInterface
    interface FolderOpener {
        DatasetSource open(Path folder) throws IOException;
    }

    private UnpackedArchive() {
    }

    /** The archive's entry names, for detection (reads the directory only); empty when {@code path} is no zip. */
    static List<String> names(Path path) throws IOException {
        if (!SafeArchive.looksLikeZip(path)) {
            return List.of();
        }
        try (SafeArchive archive = SafeArchive.open(path)) {
            return archive.names();
        } catch (AnnolabException e) {
            return List.of(); // a damaged zip is no dataset; open() says why
        }
    }

    static boolean anyEntry(Path path, Predicate<String> test) throws IOException {
        return names(path).stream().anyMatch(test);
    }

    static DatasetSource open(Path zip, FolderOpener opener) throws IOException {
        Path temp = Files.createTempDirectory("annolab-mot-");
        DatasetSource inner;
        try {
            unpack(zip, temp);
            inner = opener.open(temp);
            String name = zip.getFileName().toString();
            inner.header().setName(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name); // not the temporary folder's
        } catch (AnnolabException e) {
            Folders.deleteTree(temp);
            throw shownInZip(e, zip, temp);
        } catch (IOException | RuntimeException e) {
            Folders.deleteTree(temp);
            throw e;
        }
        return new DatasetSource() {
            @Override
            public io.annolab.model.Dataset header() {
                return inner.header();
            }

            @Override
            public ItemCursor items() throws IOException {
                ItemCursor items = inner.items();
                return new ItemCursor() {
                    @Override
                    public io.annolab.model.DatasetItem next() throws IOException {
                        try {
                            return items.next();
                        } catch (AnnolabException e) {
                            throw shownInZip(e, zip, temp);
                        }
                    }

                    @Override
                    public void close() throws IOException {
                        items.close();
                    }
                };
            }

            @Override
            public long sizeHint() {
                return inner.sizeHint();
            }

            @Override
            public void close() throws IOException {
                try {
                    inner.close();
                } finally {
                    Folders.deleteTree(temp);
                }
            }
        };
    }

    private static void unpack(Path zip, Path temp) throws IOException {
        try (SafeArchive archive = SafeArchive.open(zip)) {
            for (String name : archive.names()) {
                if (name.endsWith("/")) {
                    continue;
                }
                Path destination;
                try {
                    destination = io.annolab.core.api.format.StagedOutput.inside(temp, name);
                } catch (AnnolabException e) {
                    throw new AnnolabException("the archive entry '" + name + "' would be unpacked outside its folder", zip,
                            "The archive is hostile or damaged; it was not unpacked", e);
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = archive.open(name)) {
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                } catch (java.util.zip.ZipException | java.io.EOFException e) {
                    throw new AnnolabException("the archive entry '" + name + "' is damaged or truncated (" + e.getMessage() + ")", zip,
                            "Download or copy the archive again", e);
                }
            }
        }
    }

    /** The same error, naming {@code zip!/entry} instead of the temporary copy. */
    private static AnnolabException shownInZip(AnnolabException e, Path zip, Path temp) {
        if (e.file() == null || !e.file().toAbsolutePath().normalize().startsWith(temp.toAbsolutePath().normalize())) {
            return e;
        }
        String entry = temp.toAbsolutePath().normalize().relativize(e.file().toAbsolutePath().normalize()).toString().replace('\\', '/');
        String what = e.what().replace(temp.toAbsolutePath().normalize().toString(), zip + "!");
        return new AnnolabException(what, Path.of(zip + "!/" + entry), e.line(), e.column(), e.hint(), e);
    }
}
