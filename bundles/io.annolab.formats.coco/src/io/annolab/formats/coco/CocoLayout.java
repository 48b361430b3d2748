package io.annolab.formats.coco;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.annolab.core.api.AnnolabException;

/**
 * Where a COCO dataset's files are: {@code annotations/<task>_<subset>.json} (the subset is what
 * follows the task prefix), images in {@code images/<subset>/} or else {@code images/}. A single
 * annotation file may also be given, with any name, to a sub-format.
 */
final class CocoLayout {

    /** One annotation file. */
    record CocoFile(CocoTask task, String subset, Path path) {
    }

    final Path root;
    final List<CocoFile> files;

    private CocoLayout(Path root, List<CocoFile> files) {
        this.root = root;
        this.files = files;
    }

    /** The annotation files of {@code tasks} under {@code path} (a dataset folder, its annotations folder, or one file). */
    static CocoLayout find(Path path, Set<CocoTask> tasks) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.isRegularFile(absolute)) {
            CocoFile file = singleFile(absolute, tasks);
            if (file == null) {
                throw new AnnolabException("this file is not a COCO annotation file of " + names(tasks), absolute,
                        "Name it <task>_<subset>.json or choose the sub-format of its task");
            }
            Path folder = absolute.getParent();
            Path root = folder.getFileName() != null && folder.getFileName().toString().equals("annotations") ? folder.getParent() : folder;
            return new CocoLayout(root, List.of(file));
        }
        if (!Files.isDirectory(absolute)) {
            throw new AnnolabException("no such file or folder", absolute, "Check the path");
        }
        Path annotations = absolute, root = absolute;
        if (Files.isDirectory(absolute.resolve("annotations"))) {
            annotations = absolute.resolve("annotations");
        } else if (absolute.getFileName() != null && absolute.getFileName().toString().equals("annotations")) {
            root = absolute.getParent();
        }
        List<CocoFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(annotations)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (!name.endsWith(".json") || !Files.isRegularFile(entry)) {
                    continue;
                }
                String stem = name.substring(0, name.length() - 5);
                CocoTask task = CocoTask.ofFileStem(stem);
                if (task != null && tasks.contains(task)) {
                    files.add(new CocoFile(task, task.subsetOf(stem), entry));
                }
            }
        }
        files.sort(Comparator.comparing(CocoFile::subset).thenComparing(CocoFile::task));
        return new CocoLayout(root, files);
    }

    private static CocoFile singleFile(Path file, Set<CocoTask> tasks) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase().endsWith(".json")) {
            return null;
        }
        String stem = name.substring(0, name.length() - 5);
        CocoTask task = CocoTask.ofFileStem(stem);
        if (task != null && tasks.contains(task)) {
            return new CocoFile(task, task.subsetOf(stem), file);
        }
        if (tasks.size() != 1) {
            return null;
        }
        // Any name, as Datumaro: the subset is what follows the last '_', else "default".
        int underscore = stem.lastIndexOf('_');
        return new CocoFile(tasks.iterator().next(), underscore > 0 ? stem.substring(underscore + 1) : "default", file);
    }

    /** Datumaro's conflict rule: of several label-bearing tasks only the first is kept; captions and image_info stay. */
    CocoLayout keepOneLabelTask() {
        CocoTask first = files.stream().map(CocoFile::task).filter(CocoTask::labelBearing).min(Comparator.naturalOrder()).orElse(null);
        return new CocoLayout(root, files.stream().filter(f -> !f.task().labelBearing() || f.task() == first).toList());
    }

    /** The folder holding a subset's images. */
    Path imagesOf(String subset) {
        Path perSubset = root.resolve("images").resolve(subset);
        return Files.isDirectory(perSubset) ? perSubset : root.resolve("images");
    }

    private static String names(Set<CocoTask> tasks) {
        return tasks.stream().map(CocoTask::prefix).toList().toString();
    }
}
