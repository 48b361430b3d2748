package io.annolab.core.api.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import io.annolab.core.api.AnnolabException;

/**
 * A zip archive read safely: entries whose names climb out of the archive ({@code ../},
 * absolute paths) are refused (zip-slip), sizes are bounded (zip bombs), and a truncated or
 * damaged archive gives an error naming it instead of a crash.
 */
public final class SafeArchive implements AutoCloseable {

    /** No single entry may inflate beyond this. */
    public static final long MAX_ENTRY_BYTES = 8L * 1024 * 1024 * 1024;
    /** Archives with more entries than this are refused. */
    public static final int MAX_ENTRIES = 5_000_000;

    private final Path file;
    private final ZipFile zip;
    private final List<String> names;

    private SafeArchive(Path file, ZipFile zip, List<String> names) {
        this.file = file;
        this.zip = zip;
        this.names = names;
    }

    public static boolean looksLikeZip(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) < 4) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic[0] == 'P' && magic[1] == 'K' && (magic[2] == 3 || magic[2] == 5) && (magic[3] == 4 || magic[3] == 6);
        }
    }

    public static SafeArchive open(Path file) throws AnnolabException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new AnnolabException("the archive is damaged or truncated (" + e.getMessage() + ")", file,
                    "Download or copy it again");
        } catch (IOException e) {
            throw new AnnolabException("cannot open the archive: " + e.getMessage(), file, "Check that the file exists and is readable");
        }
        try {
            List<String> names = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("/") || name.matches("^[A-Za-z]:.*") || List.of(name.split("/")).contains("..")) {
                    throw new AnnolabException("the archive entry '" + entry.getName() + "' would be extracted outside the target folder",
                            file, "The archive is unsafe (zip-slip); it was not read");
                }
                if (entry.getSize() > MAX_ENTRY_BYTES) {
                    throw new AnnolabException("the archive entry '" + name + "' claims " + entry.getSize() + " bytes", file,
                            "The archive is corrupt or hostile; it was not read");
                }
                if (names.size() >= MAX_ENTRIES) {
                    throw new AnnolabException("the archive has more than " + MAX_ENTRIES + " entries", file, "Split it");
                }
                if (!entry.isDirectory()) {
                    names.add(name);
                }
            }
            return new SafeArchive(file, zip, Collections.unmodifiableList(names));
        } catch (AnnolabException | RuntimeException e) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // reporting the first problem
            }
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** File entries, with '/' separators, in archive order. */
    public List<String> names() {
        return names;
    }

    /** The entry's bytes as a stream; reading past MAX_ENTRY_BYTES fails. */
    public InputStream open(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new AnnolabException("the archive has no entry '" + name + "'", file, "Check the archive's layout");
        }
        try {
            return zip.getInputStream(entry);
        } catch (ZipException e) {
            throw new AnnolabException("the archive entry '" + name + "' is damaged (" + e.getMessage() + ")", file,
                    "Download or copy the archive again");
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
