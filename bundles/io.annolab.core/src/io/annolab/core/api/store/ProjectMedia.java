package io.annolab.core.api.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

import io.annolab.core.api.format.StagedOutput;
import io.annolab.core.api.io.SafeArchive;
import io.annolab.model.Media;

/**
 * Copies the media of imported items into the project folder ({@code media/<task folder>/}) and
 * points them there, relative to the project: a project owns its data, as a CVAT task does, so
 * it survives the source being moved, and media read from an archive or a temporary extraction
 * stay available after the import. Media inside a zip are named {@code <zip path>!/<entry>}.
 */
public final class ProjectMedia implements AutoCloseable {

    public static final String MEDIA_FOLDER = "media";
    private static final String ZIP_ENTRY = "!/";

    private final Path projectFolder;
    private final Path taskFolder;
    private final Map<Path, SafeArchive> archives = new HashMap<>();

    private ProjectMedia(Path projectFolder, Path taskFolder) {
        this.projectFolder = projectFolder;
        this.taskFolder = taskFolder;
    }

    /** Media for a new task get their own folder, named after the task (made unique). */
    public static ProjectMedia forNewTask(Path projectFolder, String taskName) throws IOException {
        String base = taskName == null || taskName.isBlank() ? "task" : taskName.replaceAll("[^A-Za-z0-9._-]+", "_");
        Path media = projectFolder.resolve(MEDIA_FOLDER);
        Path folder = media.resolve(base);
        for (int n = 2; Files.exists(folder); n++) {
            folder = media.resolve(base + "-" + n);
        }
        Files.createDirectories(folder);
        return new ProjectMedia(projectFolder, folder);
    }

    /** The folder this task's media are copied into (a task cancelled while it is made removes it). */
    public Path folder() {
        return taskFolder;
    }

    /**
     * Copies the media of an item named {@code itemId} and repoints it. Media whose file is
     * missing keep their path (the explorer shows them as missing), and are reported by returning false.
     */
    public boolean adopt(Media media, String itemId) throws IOException {
        String source = media.getPath();
        if (source == null || source.isEmpty()) {
            return false;
        }
        int entrySeparator = source.indexOf(ZIP_ENTRY);
        String name = entrySeparator >= 0 ? source.substring(entrySeparator + ZIP_ENTRY.length()) : source;
        String extension = name.lastIndexOf('.') > name.lastIndexOf('/') ? name.substring(name.lastIndexOf('.')) : "";
        Path target = StagedOutput.inside(taskFolder, itemId + extension);
        Files.createDirectories(target.getParent());
        if (entrySeparator >= 0) {
            Path zip = Path.of(source.substring(0, entrySeparator));
            SafeArchive archive = archives.get(zip);
            if (archive == null) {
                archive = SafeArchive.open(zip);
                archives.put(zip, archive);
            }
            try (InputStream in = archive.open(name)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } else {
            Path file = Path.of(source);
            if (!Files.isRegularFile(file)) {
                return false;
            }
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
        media.setPath(projectFolder.relativize(target).toString().replace('\\', '/'));
        return true;
    }

    @Override
    public void close() throws IOException {
        for (SafeArchive archive : archives.values()) {
            archive.close();
        }
        archives.clear();
    }

}
