package io.annolab.formats.voc;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.annolab.core.api.AnnolabException;

/**
 * The ImageSets side of a VOC dataset: which subsets exist for the chosen tasks and which items
 * each lists. Item ids come from user files, so ids that would climb out of the dataset folder
 * are refused here, before any path is built from them.
 */
final class VocLists {

    static final String IMAGE_SETS = "ImageSets";

    private VocLists() {
    }

    /** Subset list files of one task folder: {@code *.txt} without '_' (those are per-label lists), by subset. */
    static Map<String, Path> subsetLists(Path root, String taskFolder) throws IOException {
        Map<String, Path> lists = new TreeMap<>();
        Path folder = root.resolve(IMAGE_SETS).resolve(taskFolder);
        if (!Files.isDirectory(folder)) {
            return lists;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.txt")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!name.contains("_") && Files.isRegularFile(file)) {
                    lists.put(name.substring(0, name.length() - 4), file);
                }
            }
        }
        return lists;
    }

    /**
     * The items of every subset with the tasks that list them, in list order; {@code only} limits
     * the result to one list file (a single task's list given as the import path), or is null.
     */
    static Map<String, Map<String, Set<VocTask>>> items(Path root, Set<VocTask> tasks, Path only) throws IOException {
        Map<String, Map<String, Set<VocTask>>> subsets = new TreeMap<>();
        for (VocTask task : tasks) {
            for (Map.Entry<String, Path> list : subsetLists(root, task.listFolder()).entrySet()) {
                if (only != null && !Files.isSameFile(only, list.getValue())) {
                    continue;
                }
                Map<String, Set<VocTask>> items = subsets.computeIfAbsent(list.getKey(), s -> new LinkedHashMap<>());
                for (String id : readIds(list.getValue())) {
                    items.computeIfAbsent(id, i -> EnumSet.noneOf(VocTask.class)).add(task);
                }
            }
        }
        return subsets;
    }

    /** The ids of a list file: first word of each line, or the quoted name; '#' lines are comments. */
    static List<String> readIds(Path file) throws IOException {
        List<String> ids = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                line = line.strip();
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String id = firstField(line, file, number);
                checkId(id, file, number);
                ids.add(id);
            }
        }
        return ids;
    }

    /** Per-label classification lists of a subset ({@code <label>_<subset>.txt}): label → ids marked 1. */
    static Map<String, Set<String>> classificationLabels(Path root, String subset) throws IOException {
        Map<String, Set<String>> labels = new TreeMap<>();
        Path folder = root.resolve(IMAGE_SETS).resolve("Main");
        String suffix = "_" + subset + ".txt";
        if (!Files.isDirectory(folder)) {
            return labels;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + suffix)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String label = name.substring(0, name.length() - suffix.length());
                // subsets never contain '_', so the label is everything before "_<subset>.txt"
                if (label.isEmpty()) {
                    continue;
                }
                Set<String> present = new java.util.HashSet<>();
                int number = 0;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    number++;
                    line = line.strip();
                    if (line.isEmpty() || line.charAt(0) == '#') {
                        continue;
                    }
                    String id = firstField(line, file, number);
                    checkId(id, file, number);
                    String rest = line.substring(line.charAt(0) == '"' ? id.length() + 2 : id.length()).strip();
                    if (rest.equals("1")) {
                        present.add(id);
                    }
                }
                labels.put(label, present);
            }
        }
        return labels;
    }

    /** The id at the start of a list line: a quoted name (ids with spaces), else the first word. */
    private static String firstField(String line, Path file, int number) throws AnnolabException {
        if (line.charAt(0) == '"') {
            int end = line.indexOf('"', 1);
            if (end < 0) {
                throw new AnnolabException("the quoted item id has no closing quote", file, number, line.length(),
                        "Close the quote or remove it", null);
            }
            return line.substring(1, end);
        }
        int space = indexOfWhitespace(line);
        return space < 0 ? line : line.substring(0, space);
    }

    /** How an id stands in a list file: quoted when it holds whitespace, so that it reads back whole. */
    static String listed(String id) {
        return indexOfWhitespace(id) >= 0 ? '"' + id + '"' : id;
    }

    private static int indexOfWhitespace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Refuses ids that would name files outside the dataset: absolute, drive letters, '..' or empty segments. */
    static void checkId(String id, Path file, int line) throws AnnolabException {
        boolean bad = id.isEmpty() || id.startsWith("/") || id.startsWith("\\") || id.indexOf('\0') >= 0
                || (id.length() > 1 && id.charAt(1) == ':');
        for (String segment : id.split("[/\\\\]", -1)) {
            bad |= segment.equals("..") || segment.equals(".") || segment.isEmpty();
        }
        if (bad) {
            throw new AnnolabException("the item id '" + id + "' would point outside the dataset folder", file, line, 1,
                    "Item ids are paths relative to the dataset, without '..' or a leading '/'; fix the list", null);
        }
    }
}
