package io.annolab.formats.yolo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.image.ImageFiles;

/**
 * The Ultralytics layout: {@code data.yaml} gives the class names and, per subset, a folder of
 * images, a .txt list of images or a YAML list of them. Labels live where the images are with
 * the last "images" folder replaced by "labels" and the extension by ".txt".
 */
final class UltralyticsLayout {

    /** data.yaml keys that are settings, not subsets. */
    static final Set<String> RESERVED_KEYS = Set.of("path", "names", "nc", "kpt_shape", "flip_idx", "download", "yaml_file");

    final Path root;
    final Path yaml;
    final Map<String, Object> settings;

    private UltralyticsLayout(Path root, Path yaml, Map<String, Object> settings) {
        this.root = root;
        this.yaml = yaml;
        this.settings = settings;
    }

    /** The layout of {@code path} (the folder or its YAML file), or null when there is no data.yaml. */
    static Path yamlFile(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            String name = path.getFileName().toString();
            return name.endsWith(".yaml") || name.endsWith(".yml") ? path : null;
        }
        if (!Files.isDirectory(path)) {
            return null;
        }
        if (Files.isRegularFile(path.resolve("data.yaml"))) {
            return path.resolve("data.yaml");
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path, "*.{yaml,yml}")) {
            entries.forEach(found::add);
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    static UltralyticsLayout open(Path path) throws IOException {
        Path yaml = yamlFile(path);
        if (yaml == null) {
            throw new AnnolabException("no data.yaml here", path, "A YOLOv8 dataset folder holds data.yaml with the class names and subsets");
        }
        yaml = yaml.toAbsolutePath().normalize();
        // 'path' in data.yaml names the folder on the machine that made it; like Datumaro, the folder holding the file is the root.
        return new UltralyticsLayout(yaml.getParent(), yaml, YamlSubset.read(yaml));
    }

    /** The class names from 'names', a list or a mapping of indices 0..n-1. */
    List<String> classNames() throws AnnolabException {
        Object names = settings.get("names");
        List<String> result = new ArrayList<>();
        if (names instanceof List<?> list) {
            list.forEach(n -> result.add(String.valueOf(n)));
        } else if (names instanceof Map<?, ?> map) {
            int expected = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!String.valueOf(expected).equals(entry.getKey())) {
                    throw new AnnolabException("the class indices in 'names' must be 0, 1, 2, … in order; found '" + entry.getKey()
                            + "' where " + expected + " belongs", yaml, "Number the classes from 0 without gaps");
                }
                result.add(String.valueOf(entry.getValue()));
                expected++;
            }
        } else {
            throw new AnnolabException("'names' is missing or is not a list or mapping", yaml,
                    "List the class names under 'names:', one '- name' or 'INDEX: name' a line");
        }
        if (new HashSet<>(result).size() != result.size()) {
            throw new AnnolabException("a class name appears twice in 'names'", yaml, "Class names must be unique");
        }
        return result;
    }

    /** kpt_shape as [points, values per point], or null when absent. */
    int[] keypointShape() throws AnnolabException {
        Object shape = settings.get("kpt_shape");
        if (shape == null) {
            return null;
        }
        try {
            if (shape instanceof List<?> list && list.size() == 2) {
                int points = Integer.parseInt(String.valueOf(list.get(0)));
                int values = Integer.parseInt(String.valueOf(list.get(1)));
                if (points > 0 && points <= 1000 && (values == 2 || values == 3)) {
                    return new int[] { points, values };
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new AnnolabException("kpt_shape must be [points, 2 or 3], for example [17, 3]; found " + shape, yaml,
                "Fix kpt_shape in " + yaml.getFileName());
    }

    /** Every image of every subset, in data.yaml's order; duplicate ids in a subset are refused. */
    List<ImageEntry> entries() throws IOException {
        List<ImageEntry> entries = new ArrayList<>();
        for (Map.Entry<String, Object> setting : settings.entrySet()) {
            String subset = setting.getKey();
            if (RESERVED_KEYS.contains(subset) || setting.getValue() == null) {
                continue;
            }
            Set<String> ids = new HashSet<>();
            if (setting.getValue() instanceof List<?> list) {
                for (Object image : list) {
                    addPath(subset, String.valueOf(image), yaml, 0, ids, entries);
                }
            } else if (setting.getValue() instanceof String value) {
                String relative = DatasetPaths.normalise(value);
                Path target = DatasetPaths.inside(root, relative, yaml, 0);
                if (relative.endsWith(".txt")) {
                    readList(subset, target, ids, entries);
                } else {
                    addPath(subset, value, yaml, 0, ids, entries);
                }
            } else {
                throw new AnnolabException("subset '" + subset + "' must be a folder, a .txt list or a list of images", yaml,
                        "Write for example 'train: images/train'");
            }
        }
        return entries;
    }

    private void readList(String subset, Path list, Set<String> ids, List<ImageEntry> entries) throws IOException {
        if (!Files.isRegularFile(list)) {
            throw new AnnolabException("the image list of subset '" + subset + "' is missing", list, "Restore it, or fix " + yaml.getFileName());
        }
        try (BufferedReader in = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                number++;
                if (!text.isBlank()) {
                    addPath(subset, text, list, number, ids, entries);
                }
            }
        }
    }

    /** Adds one image, or every image under a folder. */
    private void addPath(String subset, String written, Path listedIn, int line, Set<String> ids, List<ImageEntry> entries)
            throws IOException {
        String relative = DatasetPaths.normalise(written);
        Path target = DatasetPaths.inside(root, relative, listedIn, line);
        if (Files.isDirectory(target)) {
            List<Path> images;
            try (Stream<Path> files = Files.walk(target)) {
                images = files.filter(f -> Files.isRegularFile(f) && ImageFiles.isImage(f)).sorted().toList();
            }
            for (Path image : images) {
                add(subset, root.relativize(image).toString().replace('\\', '/'), image, listedIn, line, ids, entries);
            }
            checkNoOrphanLabels(target, images);
        } else {
            add(subset, relative, target, listedIn, line, ids, entries);
        }
    }

    private void add(String subset, String relative, Path image, Path listedIn, int line, Set<String> ids, List<ImageEntry> entries)
            throws AnnolabException {
        String id = itemId(relative, subset);
        if (!ids.add(id)) {
            throw new AnnolabException("the image '" + relative + "' gives the item id '" + id + "', which is already taken in subset '"
                    + subset + "'", listedIn, line, 0, "Remove the duplicate", null);
        }
        entries.add(new ImageEntry(id, subset, image, DatasetPaths.inside(root, labelPath(relative), listedIn, line)));
    }

    /** A label file in the folder matching an image folder, without an image, is refused rather than dropped silently. */
    private void checkNoOrphanLabels(Path imageFolder, List<Path> images) throws IOException {
        String relative = root.relativize(imageFolder).toString().replace('\\', '/');
        String labelFolder = labelPath(relative + "/x").replaceFirst("/x\\.txt$", "");
        Path labels = root.resolve(labelFolder).normalize();
        if (labels.equals(imageFolder.normalize()) || !Files.isDirectory(labels)) {
            return;
        }
        Set<Path> expected = new HashSet<>();
        for (Path image : images) {
            expected.add(root.resolve(labelPath(root.relativize(image).toString().replace('\\', '/'))).normalize());
        }
        try (Stream<Path> files = Files.walk(labels)) {
            Path orphan = files.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
                    .filter(f -> !expected.contains(f.normalize())).findFirst().orElse(null);
            if (orphan != null) {
                throw new AnnolabException("this label file has no image in " + root.relativize(imageFolder), orphan,
                        "Add the image, or remove the label file");
            }
        }
    }

    /** "images/train/a/1.jpg" in subset "train" is item "a/1"; other paths lose only their extension. */
    static String itemId(String relative, String subset) {
        String path = relative;
        int images = path.startsWith("images/") ? 0 : path.lastIndexOf("/images/") + 1;
        if (path.startsWith("images/") || images > 0) {
            path = path.substring(images + "images/".length());
            if (path.startsWith(subset + "/")) {
                path = path.substring(subset.length() + 1);
            }
        }
        return ImageFiles.stripExtension(path);
    }

    /** The label file of an image: the last "images" folder becomes "labels", the extension ".txt". */
    static String labelPath(String relativeImage) {
        String path = relativeImage;
        if (path.startsWith("images/") && !path.contains("/images/")) {
            path = "labels/" + path.substring("images/".length());
        } else {
            int at = path.lastIndexOf("/images/");
            if (at >= 0) {
                path = path.substring(0, at) + "/labels/" + path.substring(at + "/images/".length());
            }
        }
        return DatasetPaths.withExtension(path, ".txt");
    }
}
