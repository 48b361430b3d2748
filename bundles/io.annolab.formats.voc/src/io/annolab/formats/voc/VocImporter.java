package io.annolab.formats.voc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.format.DatasetImporter;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.model.AttributeInputType;
import io.annolab.model.AttributeSpec;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;

/**
 * Reads a VOC dataset (the folder holding ImageSets, a parent of it up to 3 levels above, or
 * one task's subset list) for the given tasks. Items stream subset by subset; only the ids of
 * the lists are held.
 */
final class VocImporter implements DatasetImporter {

    private static final int SEARCH_DEPTH = 3;

    private final Set<VocTask> tasks;

    VocImporter(Set<VocTask> tasks) {
        this.tasks = tasks;
    }

    private boolean allTasks() {
        return tasks.equals(VocTask.ALL);
    }

    @Override
    public int detect(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            // A single list file belongs to a task format; Main lists serve detection best
            VocTask task = taskOfListFile(path);
            if (allTasks() || task == null || !tasks.iterator().next().listFolder().equals(task.listFolder())) {
                return NONE;
            }
            return tasks.contains(VocTask.CLASSIFICATION) ? LOW : MEDIUM;
        }
        Path root = findRoot(path);
        if (root == null) {
            return NONE;
        }
        for (VocTask task : tasks) {
            if (!VocLists.subsetLists(root, task.listFolder()).isEmpty()) {
                // the whole family matches a VOC folder; "voc" (every task) is the one to pick
                return allTasks() ? MEDIUM : LOW;
            }
        }
        return NONE;
    }

    @Override
    public DatasetSource open(Path path, FormatOptions options) throws IOException {
        Path only = null;
        Path root;
        if (Files.isRegularFile(path)) {
            VocTask task = taskOfListFile(path);
            if (task == null || (!allTasks() && tasks.stream().noneMatch(t -> t.listFolder().equals(task.listFolder())))) {
                throw new AnnolabException("this file is not a subset list of " + describe(), path,
                        "Give the dataset folder, or a list such as ImageSets/Main/train.txt");
            }
            only = path.toAbsolutePath().normalize();
            root = only.getParent().getParent().getParent();
        } else {
            root = findRoot(path);
            if (root == null) {
                throw new AnnolabException("no ImageSets folder here or up to " + SEARCH_DEPTH + " levels below", path,
                        "Give the folder that holds Annotations, ImageSets and JPEGImages");
            }
        }
        root = root.toAbsolutePath().normalize();
        Path labelMapFile = root.resolve(VocLabelMap.FILE);
        VocLabelMap labelMap = Files.isRegularFile(labelMapFile) ? VocLabelMap.read(labelMapFile) : VocLabelMap.defaults();
        Dataset header = ModelFactory.eINSTANCE.createDataset();
        header.setName(root.getFileName() == null ? "voc" : root.getFileName().toString());
        Map<String, Label> labels = labels(labelMap, header);
        Map<String, Map<String, Set<VocTask>>> subsets = VocLists.items(root, tasks, only);
        if (subsets.isEmpty()) {
            throw new AnnolabException("no subset lists for " + describe() + " under ImageSets", root,
                    "Each task lists its items in ImageSets/{Main,Segmentation,Action,Layout}/<subset>.txt");
        }
        long size = subsets.values().stream().mapToLong(Map::size).sum();
        VocItemReader reader = new VocItemReader(root, labelMap, labels, tasks);
        return DatasetSource.of(header, () -> new Cursor(reader, subsets), size);
    }

    private String describe() {
        return allTasks() ? "Pascal VOC" : "the VOC task " + tasks.iterator().next().datumaroName();
    }

    /** Model labels in Datumaro's index order; person's actions become boolean attributes. */
    private static Map<String, Label> labels(VocLabelMap labelMap, Dataset header) {
        Map<String, Label> labels = new LinkedHashMap<>();
        for (String name : labelMap.labelNames()) {
            Label label = ModelFactory.eINSTANCE.createLabel();
            int index = labels.size();
            label.setId(index);
            label.setName(name);
            int color = labelMap.color(index);
            if (color != VocLabelMap.NO_COLOR) {
                label.setColor(String.format("#%06x", color));
            }
            for (String action : labelMap.actions(name)) {
                AttributeSpec spec = ModelFactory.eINSTANCE.createAttributeSpec();
                spec.setName(action);
                spec.setInputType(AttributeInputType.CHECKBOX);
                spec.setDefaultValue("false");
                spec.getValues().add("false");
                spec.getValues().add("true");
                label.getAttributes().add(spec);
            }
            header.getLabels().add(label);
            labels.put(name, label);
        }
        return labels;
    }

    /** The task whose list folder holds {@code file} (Main: detection), or null. */
    private static VocTask taskOfListFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        Path folder = absolute.getParent();
        if (!name.endsWith(".txt") || name.contains("_") || folder == null || folder.getParent() == null
                || !folder.getParent().getFileName().toString().equals(VocLists.IMAGE_SETS)) {
            return null;
        }
        String taskFolder = folder.getFileName().toString();
        for (VocTask task : VocTask.values()) {
            if (task.listFolder().equals(taskFolder)) {
                return task == VocTask.CLASSIFICATION ? VocTask.DETECTION : task;
            }
        }
        return null;
    }

    /** The folder with ImageSets: {@code path} itself or the first found up to 3 levels below. */
    static Path findRoot(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return null;
        }
        if (Files.isDirectory(path.resolve(VocLists.IMAGE_SETS))) {
            return path;
        }
        try (Stream<Path> found = Files.find(path, SEARCH_DEPTH + 1,
                (p, attributes) -> attributes.isDirectory() && p.getFileName().toString().equals(VocLists.IMAGE_SETS))) {
            return found.sorted().findFirst().map(Path::getParent).orElse(null);
        }
    }

    /** Walks subsets in name order and their items in list order. */
    private static final class Cursor implements ItemCursor {

        private final VocItemReader reader;
        private final Iterator<Map.Entry<String, Map<String, Set<VocTask>>>> subsets;
        private String subset;
        private Iterator<Map.Entry<String, Set<VocTask>>> items = List.<Map.Entry<String, Set<VocTask>>>of().iterator();
        private Map<String, List<Label>> tags = Map.of();

        Cursor(VocItemReader reader, Map<String, Map<String, Set<VocTask>>> subsets) {
            this.reader = reader;
            this.subsets = new ArrayList<>(subsets.entrySet()).iterator();
        }

        @Override
        public DatasetItem next() throws IOException {
            while (!items.hasNext()) {
                if (!subsets.hasNext()) {
                    return null;
                }
                Map.Entry<String, Map<String, Set<VocTask>>> next = subsets.next();
                subset = next.getKey();
                items = next.getValue().entrySet().iterator();
                tags = reader.classificationTags(subset);
            }
            Map.Entry<String, Set<VocTask>> item = items.next();
            return reader.read(subset, item.getKey(), item.getValue(), tags.getOrDefault(item.getKey(), List.of()));
        }

        @Override
        public void close() {
        }
    }
}
