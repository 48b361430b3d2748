package io.annolab.formats.yolo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.format.DatasetImporter;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.image.ImageFiles;
import io.annolab.core.api.image.ImageHeaders;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;
import io.annolab.model.Tag;

/**
 * Reads YOLOv8 classification: {@code SUBSET/CLASS/…/image}. Each image becomes an item with one
 * label (a Tag) named after its class folder; its id is "CLASS/name" without the extension.
 */
final class ClassificationImporter implements DatasetImporter {

    private static final int DETECTION_LOOKS = 2_000;

    private record Entry(String subset, String className, String id, Path image) {
    }

    @Override
    public int detect(Path path) throws IOException {
        if (!Files.isDirectory(path) || UltralyticsLayout.yamlFile(path) != null || DarknetImporter.configFile(path) != null) {
            return NONE;
        }
        List<Path> images;
        try (Stream<Path> files = Files.walk(path, 3)) {
            images = files.limit(DETECTION_LOOKS).filter(f -> Files.isRegularFile(f) && ImageFiles.isImage(f)).toList();
        }
        boolean shaped = !images.isEmpty() && images.stream().allMatch(f -> path.relativize(f).getNameCount() == 3);
        // above image_dir's fallback, below formats with files of their own
        return shaped ? LOW + 10 : NONE;
    }

    @Override
    public DatasetSource open(Path path, FormatOptions options) throws IOException {
        if (!Files.isDirectory(path)) {
            throw new AnnolabException("a YOLOv8 classification dataset must be a folder", path,
                    "Give the folder that holds one folder per subset");
        }
        Path root = path.toAbsolutePath().normalize();
        List<Entry> entries = new ArrayList<>();
        TreeSet<String> classes = new TreeSet<>();
        List<Path> images;
        try (Stream<Path> files = Files.walk(root)) {
            images = files.filter(f -> Files.isRegularFile(f) && ImageFiles.isImage(f)).sorted().toList();
        }
        for (Path image : images) {
            Path relative = root.relativize(image);
            if (relative.getNameCount() < 3) {
                throw new AnnolabException("this image is not inside a SUBSET/CLASS folder", image,
                        "Move it into a class folder, for example train/cat/");
            }
            String className = relative.getName(1).toString();
            classes.add(className);
            String id = ImageFiles.stripExtension(relative.subpath(1, relative.getNameCount()).toString().replace('\\', '/'));
            entries.add(new Entry(relative.getName(0).toString(), className, id, image));
        }
        Dataset header = YoloModel.header(root, List.copyOf(classes));
        Map<String, Label> labels = new TreeMap<>();
        header.getLabels().forEach(l -> labels.put(l.getName(), l));
        return DatasetSource.of(header, () -> ItemCursor.over(entries, entry -> {
            DatasetItem item = YoloModel.imageItem(entry.id(), entry.subset(), entry.image(), ImageHeaders.readSize(entry.image()));
            Tag tag = ModelFactory.eINSTANCE.createTag();
            tag.setLabel(labels.get(entry.className()));
            item.getAnnotations().add(tag);
            return item;
        }), entries.size());
    }
}
