package io.annolab.formats.yolo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.format.DatasetImporter;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.image.ImageSize;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;

/**
 * Reads one of the Ultralytics YOLOv8 label formats (detection, segmentation, oriented boxes,
 * pose). They share the layout ({@link UltralyticsLayout}) and differ in what a line holds.
 */
final class UltralyticsImporter implements DatasetImporter {

    /** Detection reads at most this many label lines, so it stays cheap on huge datasets. */
    private static final int SAMPLE_LINES = 50;

    private final YoloTask task;

    UltralyticsImporter(YoloTask task) {
        this.task = task;
    }

    @Override
    public int detect(Path path) throws IOException {
        Path yaml = UltralyticsLayout.yamlFile(path);
        if (yaml == null) {
            return NONE;
        }
        UltralyticsLayout layout;
        try {
            layout = UltralyticsLayout.open(path);
        } catch (AnnolabException e) {
            return NONE;
        }
        if (!layout.settings.containsKey("names")) {
            return NONE;
        }
        boolean pose = layout.settings.containsKey("kpt_shape");
        if (task == YoloTask.POSE || pose) {
            return task == YoloTask.POSE && pose ? HIGH : NONE;
        }
        List<String[]> lines = sampleLines(layout.root);
        if (lines.isEmpty()) {
            return task == YoloTask.DETECTION ? MEDIUM - 10 : NONE;
        }
        boolean boxes = lines.stream().allMatch(f -> f.length == 5);
        boolean corners = lines.stream().allMatch(f -> f.length == 9);
        boolean polygons = lines.stream().allMatch(f -> f.length >= 7 && f.length % 2 == 1);
        return switch (task) {
            case DETECTION -> boxes ? MEDIUM + 30 : NONE;
            // four corners that form a parallelogram (a rectangle seen through the normalisation) are a box, not a polygon
            case ORIENTED_BOXES -> corners && lines.stream().allMatch(UltralyticsImporter::parallelogram) ? MEDIUM + 30 : NONE;
            case SEGMENTATION -> polygons ? (corners && lines.stream().allMatch(UltralyticsImporter::parallelogram) ? MEDIUM + 20 : MEDIUM + 30) : NONE;
            default -> NONE;
        };
    }

    private static boolean parallelogram(String[] f) {
        try {
            double[] v = new double[8];
            for (int i = 0; i < 8; i++) {
                v[i] = Double.parseDouble(f[i + 1]);
            }
            return Math.abs(v[0] + v[4] - v[2] - v[6]) < 1e-3 && Math.abs(v[1] + v[5] - v[3] - v[7]) < 1e-3;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<String[]> sampleLines(Path root) throws IOException {
        List<String[]> lines = new ArrayList<>();
        Path labels = root.resolve("labels");
        if (!Files.isDirectory(labels)) {
            return lines;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(labels, 4)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f)).limit(20).toList();
        }
        for (Path file : files) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String text = in.readLine(); text != null && lines.size() < SAMPLE_LINES; text = in.readLine()) {
                    if (!text.isBlank()) {
                        lines.add(text.strip().split("\\s+"));
                    }
                }
            } catch (java.nio.charset.CharacterCodingException e) {
                return List.of();
            }
        }
        return lines;
    }

    @Override
    public DatasetSource open(Path path, FormatOptions options) throws IOException {
        UltralyticsLayout layout = UltralyticsLayout.open(path);
        Dataset header = YoloModel.header(layout.root, layout.classNames());
        int[] shape = {0, 0};
        if (task == YoloTask.POSE) {
            shape = layout.keypointShape();
            if (shape == null) {
                throw new AnnolabException("kpt_shape is missing; YOLOv8 pose needs it", layout.yaml,
                        "Add 'kpt_shape: [points, 3]' (or 2 values per point)");
            }
            YoloModel.makeSkeletons(header, shape[0]);
        }
        List<ImageEntry> entries = layout.entries();
        ImageSizes sizes = ImageSizes.in(layout.root);
        LabelFileReader labels = new LabelFileReader(task, header.getLabels(), shape[0], shape[1]);
        return DatasetSource.of(header, () -> ItemCursor.over(entries, entry -> {
            ImageSize size = sizes.sizeOf(entry.id(), entry.image());
            DatasetItem item = YoloModel.imageItem(entry.id(), entry.subset(), entry.image(), size);
            labels.read(entry.labels(), item, size, entry.image());
            return item;
        }), entries.size());
    }
}
