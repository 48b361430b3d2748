package io.annolab.ui.ai;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the workbench looks for model descriptors: the folders in {@code -Dannolab.models}, the
 * project's {@code models} folder and {@code ~/.annolab/models} (where
 * {@code releng/scripts/fetch-models.sh} puts the real models it fetches, with their descriptors).
 */
final class ModelFolders {

    private ModelFolders() {
    }

    static List<Path> folders(Path projectFolder) {
        List<Path> folders = new ArrayList<>();
        String configured = System.getProperty("annolab.models");
        if (configured != null) {
            for (String part : configured.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    folders.add(Path.of(part));
                }
            }
        }
        if (projectFolder != null) {
            folders.add(projectFolder.resolve("models"));
        }
        folders.add(Path.of(System.getProperty("user.home"), ".annolab", "models"));
        return folders;
    }

    /** The descriptor files (*.json) of those folders, two levels deep, in name order. */
    static List<Path> descriptors(Path projectFolder) {
        Set<Path> found = new LinkedHashSet<>();
        for (Path folder : folders(projectFolder)) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder, 2)) {
                files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted()
                        .forEach(f -> found.add(f.toAbsolutePath().normalize()));
            } catch (IOException e) {
                // an unreadable folder lists nothing; Browse… still reaches any file
            }
        }
        return List.copyOf(found);
    }
}
