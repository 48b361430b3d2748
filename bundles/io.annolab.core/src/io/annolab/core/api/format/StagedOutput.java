package io.annolab.core.api.format;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.io.Folders;

/**
 * Where an exporter writes: a hidden staging folder beside the target, moved into place only
 * when everything was written. A failure or a cancel removes it, so a target is either complete
 * or absent, never half-written.
 */
public final class StagedOutput implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedOutput(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Stages a folder; {@code target} must not exist or must be an empty folder. */
    public static StagedOutput forFolder(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !(Files.isDirectory(absolute) && isEmpty(absolute))) {
            throw new AnnolabException("the output already exists and is not an empty folder", absolute,
                    "Choose a new folder, or remove this one first");
        }
        Files.createDirectories(absolute.getParent());
        Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".partial-");
        return new StagedOutput(absolute, staging);
    }

    /** The folder to write into. */
    public Path folder() {
        return staging;
    }

    /**
     * Resolves a relative name (an item id, an archive entry) inside {@code folder}, refusing
     * names that climb out of it ({@code ../}, absolute paths).
     */
    public static Path inside(Path folder, String relative) throws AnnolabException {
        Path resolved = folder.resolve(relative).normalize();
        if (relative.startsWith("/") || !resolved.startsWith(folder.normalize())) {
            throw new AnnolabException("the name '" + relative + "' would be written outside the output folder", folder,
                    "Rename the item; names may not contain '..' or start with '/'");
        }
        return resolved;
    }

    /** Moves the staged folder into place. */
    public void commit() throws IOException {
        if (Files.isDirectory(target)) {
            Files.delete(target); // empty, checked at the start
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, target);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed && Files.exists(staging)) {
            Folders.deleteTree(staging);
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }
}
