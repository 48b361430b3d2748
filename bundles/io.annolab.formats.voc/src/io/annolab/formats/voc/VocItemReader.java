package io.annolab.formats.voc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.image.ImageFiles;
import io.annolab.core.api.image.ImageHeaders;
import io.annolab.core.api.image.ImageSize;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;
import io.annolab.model.Tag;

/** Makes one dataset item from its annotation file, its image, its masks and the classification lists. */
final class VocItemReader {

    static final String ANNOTATIONS = "Annotations";
    static final String IMAGES = "JPEGImages";

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private final Path root;
    private final Map<String, Label> labels;
    private final Set<VocTask> tasks;
    private final VocObjectReader objects;
    private final VocMaskReader masks;
    private Map<String, Path> imagesById;

    VocItemReader(Path root, VocLabelMap labelMap, Map<String, Label> labels, Set<VocTask> tasks) {
        this.root = root;
        this.labels = labels;
        this.tasks = tasks;
        this.objects = new VocObjectReader(labelMap, labels);
        this.masks = new VocMaskReader(root, labelMap, List.copyOf(labels.values()));
    }

    /** Image labels of a subset from ImageSets/Main/LABEL_SUBSET.txt, by item id. */
    Map<String, List<Label>> classificationTags(String subset) throws IOException {
        Map<String, List<Label>> tags = new HashMap<>();
        if (!tasks.contains(VocTask.CLASSIFICATION)) {
            return tags;
        }
        for (Map.Entry<String, Set<String>> list : VocLists.classificationLabels(root, subset).entrySet()) {
            Label label = labels.get(list.getKey());
            if (label == null) {
                throw new AnnolabException("label '" + list.getKey() + "' has a classification list but is not declared",
                        root.resolve(VocLists.IMAGE_SETS).resolve("Main").resolve(list.getKey() + "_" + subset + ".txt"),
                        "Add the label to labelmap.txt or remove the list");
            }
            for (String id : list.getValue()) {
                tags.computeIfAbsent(id, i -> new ArrayList<>()).add(label);
            }
        }
        tags.values().forEach(l -> l.sort((a, b) -> Integer.compare(a.getId(), b.getId())));
        return tags;
    }

    DatasetItem read(String subset, String id, Set<VocTask> listedIn, List<Label> tags) throws IOException {
        DatasetItem item = F.createDatasetItem();
        item.setId(id);
        item.setSubset(subset);
        Path xml = root.resolve(ANNOTATIONS).resolve(id + ".xml");
        XmlElement annotation = Files.isRegularFile(xml) ? XmlElement.read(xml) : null;
        Path image = null;
        int width = 0, height = 0;
        if (annotation != null) {
            String filename = annotation.childText("filename");
            if (filename != null && !filename.isEmpty()) {
                VocLists.checkId(filename, xml, annotation.child("filename").line);
                image = root.resolve(IMAGES).resolve(filename);
            }
            XmlElement size = annotation.child("size");
            if (size != null) {
                width = side(size.child("width"), xml);
                height = side(size.child("height"), xml);
            }
        }
        if (image == null) {
            image = findImage(id);
        }
        if (image != null) {
            Media media = F.createMedia();
            media.setType(MediaType.IMAGE);
            media.setPath(image.toString());
            if ((width <= 0 || height <= 0) && Files.isRegularFile(image)) {
                ImageSize size = ImageHeaders.readSize(image);
                if (size != null) {
                    width = size.width();
                    height = size.height();
                }
            }
            if (width > 0 && height > 0) {
                media.setWidth(width);
                media.setHeight(height);
            }
            item.setMedia(media);
        }
        for (Label label : listedIn.contains(VocTask.CLASSIFICATION) ? tags : List.<Label>of()) {
            Tag tag = F.createTag();
            tag.setLabel(label);
            item.getAnnotations().add(tag);
        }
        if (annotation != null) {
            item.getAnnotations().addAll(objects.read(annotation, xml, listedIn));
        }
        if (listedIn.contains(VocTask.SEGMENTATION)) {
            item.getAnnotations().addAll(masks.read(id));
        }
        return item;
    }

    /** A width or height from {@code <size>}: 0 when absent or empty, an error when absurd. */
    private static int side(XmlElement element, Path file) throws AnnolabException {
        if (element == null || element.text().isEmpty()) {
            return 0;
        }
        long value;
        try {
            value = Long.parseLong(element.text());
        } catch (NumberFormatException e) {
            throw new AnnolabException("<" + element.name + "> is '" + element.text() + "', not a whole number", file, element.line,
                    element.column, "Give the image size in pixels", null);
        }
        if (value < 0 || value > ImageHeaders.MAX_SIDE) {
            throw new AnnolabException("<" + element.name + "> claims " + value + " pixels, which no image has", file, element.line,
                    element.column, "Fix the size (at most " + ImageHeaders.MAX_SIDE + " pixels a side)", null);
        }
        return (int) value;
    }

    /** JPEGImages/ID.jpg, else any image with that id (the folder is listed once, when first needed). */
    private Path findImage(String id) throws IOException {
        Path jpeg = root.resolve(IMAGES).resolve(id + ".jpg");
        if (Files.isRegularFile(jpeg)) {
            return jpeg;
        }
        if (imagesById == null) {
            imagesById = new HashMap<>();
            Path folder = root.resolve(IMAGES);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.filter(f -> Files.isRegularFile(f) && ImageFiles.isImage(f)).sorted().forEach(f -> imagesById
                            .putIfAbsent(ImageFiles.stripExtension(folder.relativize(f).toString().replace('\\', '/')), f));
                }
            }
        }
        return imagesById.get(id);
    }
}
