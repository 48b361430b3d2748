package io.annolab.formats.voc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.annolab.core.api.format.StagedOutput;

/**
 * The ImageSets lists of an export, written as items stream by: one list per task and subset
 * naming every item (so each task alone reads the whole dataset back), and for classification
 * one {@code <label>_<subset>.txt} per label with 1 or -1 per item.
 */
final class VocListFiles implements AutoCloseable {

    private final Path imageSets;
    private final Set<VocTask> tasks;
    private final List<String> classificationLabels;
    private final Map<String, SubsetLists> subsets = new HashMap<>();
    private final List<ListFile> open = new ArrayList<>();

    VocListFiles(Path root, Set<VocTask> tasks, VocLabelMap labelMap) {
        this.imageSets = root.resolve(VocLists.IMAGE_SETS);
        this.tasks = tasks;
        this.classificationLabels = labelMap.entries().stream().map(VocLabelMap.Entry::name).toList();
    }

    /** Lists the item in its subset's files; {@code labels} are the image labels it has (by index into the map's entries). */
    void add(String subset, String id, boolean[] labels) throws IOException {
        SubsetLists lists = subsets.get(subset);
        if (lists == null) {
            lists = new SubsetLists(subset);
            subsets.put(subset, lists);
        }
        String listed = VocLists.listed(id);
        byte[] line = (listed + "\n").getBytes(StandardCharsets.UTF_8);
        for (ListFile list : lists.taskLists) {
            list.write(line);
        }
        if (lists.labelLists.length == 0) {
            return;
        }
        byte[] present = (listed + "  1\n").getBytes(StandardCharsets.UTF_8);
        byte[] absent = (listed + " -1\n").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < lists.labelLists.length; i++) {
            lists.labelLists[i].write(labels != null && i < labels.length && labels[i] ? present : absent);
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (ListFile out : open) {
            try {
                out.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private ListFile create(String folder, String name) throws IOException {
        Path dir = imageSets.resolve(folder);
        Files.createDirectories(dir);
        ListFile out = new ListFile(Files.newOutputStream(StagedOutput.inside(dir, name)));
        open.add(out);
        return out;
    }

    /**
     * One list file with a buffer of its own: classification writes a line per item to every
     * label's list (millions of lines), and a plain buffer spares the locking of BufferedOutputStream.
     */
    private static final class ListFile {
        private final OutputStream out;
        private final byte[] buffer = new byte[32 * 1024];
        private int size;

        ListFile(OutputStream out) {
            this.out = out;
        }

        void write(byte[] line) throws IOException {
            if (size + line.length > buffer.length) {
                out.write(buffer, 0, size);
                size = 0;
                if (line.length > buffer.length) {
                    out.write(line);
                    return;
                }
            }
            System.arraycopy(line, 0, buffer, size, line.length);
            size += line.length;
        }

        void close() throws IOException {
            try (out) {
                out.write(buffer, 0, size);
            }
        }
    }

    /** The open files of one subset. */
    private final class SubsetLists {
        final List<ListFile> taskLists = new ArrayList<>();
        final ListFile[] labelLists;

        SubsetLists(String subset) throws IOException {
            if (tasks.contains(VocTask.DETECTION) || tasks.contains(VocTask.CLASSIFICATION)) {
                taskLists.add(create("Main", subset + ".txt"));
            }
            for (VocTask task : List.of(VocTask.SEGMENTATION, VocTask.ACTION, VocTask.LAYOUT)) {
                if (tasks.contains(task)) {
                    taskLists.add(create(task.listFolder(), subset + ".txt"));
                }
            }
            labelLists = new ListFile[tasks.contains(VocTask.CLASSIFICATION) ? classificationLabels.size() : 0];
            for (int i = 0; i < labelLists.length; i++) {
                labelLists[i] = create("Main", classificationLabels.get(i) + "_" + subset + ".txt");
            }
        }
    }
}
