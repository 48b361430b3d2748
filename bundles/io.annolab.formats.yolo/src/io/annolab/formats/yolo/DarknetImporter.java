package io.annolab.formats.yolo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.format.DatasetImporter;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;

/**
 * Reads Datumaro's {@code yolo} (Darknet) layout: {@code obj.data} names the class list and one
 * image list per subset; each image has a label file beside it with the same name and
 * {@code .txt}. Item ids are the image paths without their first folder and extension
 * ("obj_train_data/a/1.jpg" is "a/1"). Items are read one at a time.
 */
final class DarknetImporter implements DatasetImporter {

    /** obj.data keys that are settings, not subsets. */
    static final Set<String> RESERVED_KEYS = Set.of("classes", "names", "backup", "eval");

    @Override
    public int detect(Path path) throws IOException {
        Path config = configFile(path);
        if (config == null) {
            return NONE;
        }
        return config.getFileName().toString().equals("obj.data") ? HIGH : MEDIUM;
    }

    /** The .data file: the path itself, obj.data in the folder, or the folder's only *.data file. */
    static Path configFile(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return path.getFileName().toString().endsWith(".data") ? path : null;
        }
        if (!Files.isDirectory(path)) {
            return null;
        }
        Path obj = path.resolve("obj.data");
        if (Files.isRegularFile(obj)) {
            return obj;
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path, "*.data")) {
            entries.forEach(e -> {
                if (Files.isRegularFile(e)) {
                    found.add(e);
                }
            });
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    @Override
    public DatasetSource open(Path path, FormatOptions options) throws IOException {
        Path config = configFile(path);
        if (config == null) {
            throw new AnnolabException("no obj.data here", path, "A YOLO (Darknet) dataset folder holds obj.data, obj.names and the subset lists");
        }
        Path root = config.toAbsolutePath().normalize().getParent();
        Map<String, ConfigValue> settings = readConfig(config);
        List<String> names = readNames(root, config, settings.get("names"));
        Dataset header = YoloModel.header(root, names);
        List<ImageEntry> entries = new ArrayList<>();
        for (Map.Entry<String, ConfigValue> setting : settings.entrySet()) {
            if (!RESERVED_KEYS.contains(setting.getKey())) {
                readList(root, setting.getKey(), setting.getValue(), config, entries);
            }
        }
        checkNoOrphanLabels(entries);
        ImageSizes sizes = ImageSizes.in(root);
        LabelFileReader labels = new LabelFileReader(YoloTask.DETECTION, header.getLabels(), 0, 0);
        return DatasetSource.of(header, () -> ItemCursor.over(entries, entry -> item(entry, sizes, labels)), entries.size());
    }

    private record ConfigValue(String value, int line) {
    }

    private static Map<String, ConfigValue> readConfig(Path config) throws IOException {
        Map<String, ConfigValue> settings = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                number++;
                int hash = text.indexOf('#');
                String line = (hash >= 0 ? text.substring(0, hash) : text).strip();
                if (line.isEmpty()) {
                    continue;
                }
                int equals = line.indexOf('=');
                if (equals <= 0) {
                    throw new AnnolabException("expected 'key = value'", config, number, 1,
                            "obj.data lines look like 'train = data/train.txt'", null);
                }
                String key = line.substring(0, equals).strip();
                if (settings.put(key, new ConfigValue(line.substring(equals + 1).strip(), number)) != null) {
                    throw new AnnolabException("the key '" + key + "' appears twice", config, number, 1, "Keep one of them", null);
                }
            }
        }
        return settings;
    }

    private static List<String> readNames(Path root, Path config, ConfigValue setting) throws IOException {
        Path file = setting == null || setting.value().isEmpty() ? root.resolve("obj.names")
                : DatasetPaths.inside(root, DatasetPaths.normalise(setting.value()), config, setting.line());
        if (!Files.isRegularFile(file)) {
            throw new AnnolabException("the class list " + file.getFileName() + " is missing", file,
                    "obj.data's 'names' must point at a file with one class name a line");
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                number++;
                String name = text.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (!seen.add(name)) {
                    throw new AnnolabException("the class '" + name + "' is listed twice", file, number, 1,
                            "Class names must be unique; the line number is the class index", null);
                }
                names.add(name);
            }
        }
        return names;
    }

    private static void readList(Path root, String subset, ConfigValue setting, Path config, List<ImageEntry> entries)
            throws IOException {
        if (setting.value().isEmpty()) {
            return;
        }
        Path list = DatasetPaths.inside(root, DatasetPaths.normalise(setting.value()), config, setting.line());
        if (!Files.isRegularFile(list)) {
            throw new AnnolabException("the image list of subset '" + subset + "' is missing", list,
                    "Restore it, or remove the '" + subset + "' line from " + config.getFileName());
        }
        Set<String> ids = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                String relative = DatasetPaths.normalise(text);
                Path image = DatasetPaths.inside(root, relative, list, number);
                String id = itemId(relative);
                if (!ids.add(id)) {
                    throw new AnnolabException("the image '" + relative + "' gives the item id '" + id + "', which is already taken in subset '"
                            + subset + "'", list, number, 1, "Remove the duplicate line", null);
                }
                String name = image.getFileName().toString();
                entries.add(new ImageEntry(id, subset, image, image.resolveSibling(DatasetPaths.withExtension(name, ".txt"))));
            }
        }
    }

    /**
     * A label file beside the listed images that no list mentions holds boxes nobody would read:
     * it is refused rather than dropped silently.
     */
    private static void checkNoOrphanLabels(List<ImageEntry> entries) throws IOException {
        Set<Path> expected = new HashSet<>();
        Set<Path> folders = new HashSet<>();
        for (ImageEntry entry : entries) {
            expected.add(entry.labels());
            folders.add(entry.labels().getParent());
        }
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.txt")) {
                for (Path file : files) {
                    if (!expected.contains(file) && Files.isRegularFile(file)) {
                        throw new AnnolabException("this label file has no image in the subset lists", file,
                                "Add its image to a subset list (train.txt, valid.txt), or remove the label file");
                    }
                }
            }
        }
    }

    /** The path without its first folder ("obj_train_data/") and without the extension. */
    static String itemId(String relative) {
        int slash = relative.indexOf('/');
        String rest = slash >= 0 ? relative.substring(slash + 1) : relative;
        return io.annolab.core.api.image.ImageFiles.stripExtension(rest);
    }

    private static DatasetItem item(ImageEntry entry, ImageSizes sizes, LabelFileReader labels) throws IOException {
        var size = sizes.sizeOf(entry.id(), entry.image());
        DatasetItem item = YoloModel.imageItem(entry.id(), entry.subset(), entry.image(), size);
        labels.read(entry.labels(), item, size, entry.image());
        return item;
    }
}
