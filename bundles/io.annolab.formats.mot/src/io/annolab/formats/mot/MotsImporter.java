package io.annolab.formats.mot;

import java.io.IOException;
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
import io.annolab.core.api.image.ImageFiles;
import io.annolab.core.api.image.ImageHeaders;
import io.annolab.core.api.image.ImageSize;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;

/**
 * Reads MOTS PNG as Datumaro's {@code mots}: the folder holds {@code instances/} (subset
 * "default") or each sub-folder does (the sub-folder is the subset). An item per mask PNG, id
 * its path under instances/ without extension, image {@code images/<id>.jpg} (or another
 * image of that name). Labels come from instances/labels.txt, else Datumaro's defaults. A .zip
 * of that layout (CVAT's export) is read too.
 */
final class MotsImporter implements DatasetImporter {

    static final String INSTANCES = "instances";
    static final String IMAGES = "images";

    /** Datumaro's labels when labels.txt is absent (MOTS classes 0, 1, 2 and 10). */
    static final List<String> DEFAULT_LABELS = List.of("background", "car", "pedestrian", "ignored");

    private record Subset(String name, Path folder) {
    }

    private record MaskFile(Subset subset, Path file) {
    }

    @Override
    public int detect(Path path) throws IOException {
        if (UnpackedArchive.anyEntry(path, e -> (e.startsWith(INSTANCES + "/") || e.contains("/" + INSTANCES + "/"))
                && e.toLowerCase().endsWith(".png"))) {
            return MEDIUM;
        }
        if (!Files.isDirectory(path)) {
            return NONE;
        }
        List<Subset> subsets = subsets(path);
        for (Subset subset : subsets) {
            try (Stream<Path> files = Files.list(subset.folder().resolve(INSTANCES))) {
                if (files.limit(1000).anyMatch(f -> f.getFileName().toString().equals("labels.txt")
                        || f.getFileName().toString().toLowerCase().endsWith(".png"))) {
                    return MEDIUM;
                }
            }
        }
        return subsets.isEmpty() ? NONE : LOW;
    }

    private static List<Subset> subsets(Path path) throws IOException {
        if (Files.isDirectory(path.resolve(INSTANCES))) {
            return List.of(new Subset("default", path));
        }
        try (Stream<Path> children = Files.list(path)) {
            return children.filter(c -> Files.isDirectory(c.resolve(INSTANCES))).sorted()
                    .map(c -> new Subset(c.getFileName().toString(), c)).toList();
        }
    }

    @Override
    public DatasetSource open(Path path, FormatOptions options) throws IOException {
        if (io.annolab.core.api.io.SafeArchive.looksLikeZip(path)) {
            return UnpackedArchive.open(path, folder -> open(folder, options));
        }
        if (!Files.isDirectory(path)) {
            throw new AnnolabException("a MOTS dataset is a folder", path, "Give the folder holding instances/ (or subset folders)");
        }
        Path root = path.toAbsolutePath().normalize();
        List<Subset> subsets = subsets(root);
        if (subsets.isEmpty()) {
            throw new AnnolabException("the folder has no instances/ folder, nor sub-folders with one", root,
                    "A MOTS dataset is [<subset>/]instances/<id>.png with instances/labels.txt and images/<id>.jpg");
        }
        List<String> labels = null;
        Path labelsSource = null;
        List<MaskFile> masks = new ArrayList<>();
        for (Subset subset : subsets) {
            Path labelsFile = subset.folder().resolve(INSTANCES).resolve("labels.txt");
            List<String> subsetLabels = Files.isRegularFile(labelsFile) ? LabelsFile.read(labelsFile) : DEFAULT_LABELS;
            if (labels == null) {
                labels = subsetLabels;
                labelsSource = labelsFile;
            } else if (!labels.equals(subsetLabels)) {
                throw new AnnolabException("the labels differ from those of " + labelsSource + ", so class ids would mean different labels",
                        labelsFile, "Give every subset the same instances/labels.txt");
            }
            try (Stream<Path> files = Files.walk(subset.folder().resolve(INSTANCES))) {
                files.filter(f -> Files.isRegularFile(f) && ImageFiles.isImage(f)).sorted().forEach(f -> masks.add(new MaskFile(subset, f)));
            }
        }
        Dataset header = ModelFactory.eINSTANCE.createDataset();
        header.setName(String.valueOf(root.getFileName()));
        LabelsFile.declare(header, labels);
        return DatasetSource.of(header, () -> ItemCursor.over(masks, mask -> item(header, mask)), masks.size());
    }

    private static DatasetItem item(Dataset header, MaskFile mask) throws IOException {
        Path instances = mask.subset().folder().resolve(INSTANCES);
        String id = ImageFiles.stripExtension(instances.relativize(mask.file()).toString().replace('\\', '/'));
        DatasetItem item = ModelFactory.eINSTANCE.createDatasetItem();
        item.setId(id);
        item.setSubset(mask.subset().name());
        Media media = media(mask.subset().folder().resolve(IMAGES), id);
        if (media.getWidth() <= 0) {
            // MOTS masks cover the whole frame: without the image, the mask gives its size
            ImageSize size = ImageHeaders.readSize(mask.file());
            if (size != null) {
                media.setWidth(size.width());
                media.setHeight(size.height());
            }
        }
        item.setMedia(media);
        item.getAnnotations().addAll(MotsMaskReader.read(mask.file(), header.getLabels()));
        return item;
    }

    /** images/<id>.jpg as Datumaro names it, or an image of that name with another extension when only that exists. */
    private static Media media(Path images, String id) throws IOException {
        Path image = images.resolve(id + ".jpg");
        if (!Files.isRegularFile(image) && Files.isDirectory(image.getParent())) {
            String stem = image.getFileName().toString().replaceFirst("\\.jpg$", "");
            try (Stream<Path> siblings = Files.list(image.getParent())) {
                image = siblings.filter(f -> Files.isRegularFile(f) && ImageFiles.isImage(f)
                        && ImageFiles.stripExtension(f.getFileName().toString()).equals(stem)).sorted().findFirst().orElse(image);
            }
        }
        Media media = ModelFactory.eINSTANCE.createMedia();
        media.setType(MediaType.IMAGE);
        media.setPath(image.toString());
        if (Files.isRegularFile(image)) {
            ImageSize size = ImageHeaders.readSize(image);
            if (size != null) {
                media.setWidth(size.width());
                media.setHeight(size.height());
            }
        }
        return media;
    }
}
