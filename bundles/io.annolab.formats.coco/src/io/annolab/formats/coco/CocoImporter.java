package io.annolab.formats.coco;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.format.DatasetImporter;
import io.annolab.core.api.format.FormatOptions;

/**
 * Reads the COCO family. {@code coco} takes every task found (only one label-bearing task, by
 * Datumaro's rule); a sub-format takes only its own task, and also accepts a single file.
 */
final class CocoImporter implements DatasetImporter {

    private final Set<CocoTask> tasks;
    private final boolean wholeFamily;

    CocoImporter(Set<CocoTask> tasks, boolean wholeFamily) {
        this.tasks = tasks;
        this.wholeFamily = wholeFamily;
    }

    /**
     * A folder with matching {@code annotations/<task>_<subset>.json} files: {@code coco} answers
     * MEDIUM and a sub-format a little less, so the family format wins a folder; for a single file
     * the sub-format of its task wins.
     */
    @Override
    public int detect(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            String name = path.getFileName().toString();
            if (!name.endsWith(".json") || !looksLikeJsonObject(path)) {
                return NONE;
            }
            CocoTask task = CocoTask.ofFileStem(name.substring(0, name.length() - 5));
            return task == null || !tasks.contains(task) ? NONE : wholeFamily ? MEDIUM - 10 : MEDIUM;
        }
        if (!Files.isDirectory(path)) {
            return NONE;
        }
        Path annotations = Files.isDirectory(path.resolve("annotations")) ? path.resolve("annotations") : path;
        try (Stream<Path> entries = Files.list(annotations)) {
            boolean found = entries.limit(10_000).anyMatch(entry -> {
                String name = entry.getFileName().toString();
                CocoTask task = name.endsWith(".json") ? CocoTask.ofFileStem(name.substring(0, name.length() - 5)) : null;
                return task != null && tasks.contains(task) && looksLikeJsonObject(entry);
            });
            return !found ? NONE : wholeFamily ? MEDIUM : MEDIUM - 10;
        }
    }

    private static boolean looksLikeJsonObject(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            for (byte b : head) {
                if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                    return b == '{';
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public DatasetSource open(Path path, FormatOptions options) throws IOException {
        CocoLayout layout = CocoLayout.find(path, tasks);
        if (wholeFamily) {
            layout = layout.keepOneLabelTask();
        }
        if (layout.files.isEmpty()) {
            throw new AnnolabException("no COCO annotation files of " + tasks.stream().map(CocoTask::prefix).sorted().toList()
                    + " were found", path, "Expected annotations/<task>_<subset>.json, for example annotations/instances_train.json");
        }
        Path name = layout.root.getFileName();
        return new CocoSource(layout, name == null ? "coco" : name.toString());
    }
}
