package io.annolab.formats.yolo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOption;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.format.StagedOutput;
import io.annolab.core.api.image.ImageHeaders;
import io.annolab.core.api.image.ImageSize;
import io.annolab.model.Annotation;
import io.annolab.model.Shape;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Media;

/**
 * What the Darknet and Ultralytics writers share: items stream in, each gets one label file (even
 * an empty one, so the image counts as background) and a line in its subset's image list; images
 * are copied only with {@code --save-media}, and pixels are never read. The subclasses decide
 * where files go and write the top-level description at the end.
 */
abstract class LabelFileExporter implements DatasetExporter {

    static final String SAVE_MEDIA = "save-media";

    private static final java.util.regex.Pattern SUBSET_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private final YoloTask task;

    LabelFileExporter(YoloTask task) {
        this.task = task;
    }

    @Override
    public List<FormatOption> options() {
        return List.of(FormatOption.flag(SAVE_MEDIA, "copy the images into the dataset (otherwise only annotations are written)"));
    }

    /** The label file of an item, relative to the output folder. */
    abstract String labelFile(String subset, String id);

    /** Where an item's image goes, relative to the output folder. */
    abstract String imageFile(String subset, String id, String extension);

    /** The line that lists the image in its subset's list. */
    abstract String listLine(String subset, String imageFile);

    /** Setting names of the top-level file that cannot be subset names. */
    abstract Set<String> reservedSubsetNames();

    /** Writes the top-level files once every item is written. */
    abstract void finish(Path folder, List<Label> labels, Set<String> subsets) throws IOException;

    @Override
    public void export(DatasetSource source, Path target, FormatOptions options, ExportReport report, IProgressMonitor monitor)
            throws IOException {
        Dataset header = source.header();
        LabelLineWriter lines = new LabelLineWriter(task, header.getLabels(), report);
        boolean saveMedia = options.flag(SAVE_MEDIA);
        long size = source.sizeHint();
        SubMonitor progress = SubMonitor.convert(monitor, "Writing YOLO labels", size > 0 ? (int) Math.min(size, Integer.MAX_VALUE) : 1000);
        Map<String, BufferedWriter> lists = new LinkedHashMap<>();
        Set<Path> folders = new HashSet<>();
        StringBuilder text = new StringBuilder(256);
        // Sizes of items whose image could not be carried along: the labels stay readable without it.
        StringBuilder sizesWithoutImage = new StringBuilder();
        try (StagedOutput staged = StagedOutput.forFolder(target); ItemCursor items = source.items();
                ParallelFileWriter writer = new ParallelFileWriter()) {
            Path folder = staged.folder();
            try {
                for (DatasetItem item = items.next(); item != null; item = items.next()) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    report.item();
                    String subset = subsetName(item, lists.keySet());
                    String extension = extension(item.getMedia());
                    text.setLength(0);
                    ImageSize imageSize = imageSize(item);
                    for (Annotation annotation : item.getAnnotations()) {
                        if (annotation instanceof Shape shape && shape.isOutside()) {
                            report.leftOut("outside track frame", "the object is not visible there; YOLO lists visible objects only");
                        } else {
                            lines.append(text, annotation, imageSize);
                        }
                    }
                    Path labelFile = StagedOutput.inside(folder, labelFile(subset, item.getId()));
                    createParent(labelFile, folders);
                    writer.write(labelFile, text.toString().getBytes(StandardCharsets.UTF_8));
                    String image = imageFile(subset, item.getId(), extension);
                    BufferedWriter list = lists.get(subset);
                    if (list == null) {
                        list = Files.newBufferedWriter(folder.resolve(subset + ".txt"), StandardCharsets.UTF_8);
                        lists.put(subset, list);
                    }
                    list.write(listLine(subset, image));
                    list.write('\n');
                    if (saveMedia && !copyImage(item, StagedOutput.inside(folder, image), folders, report) && imageSize != null) {
                        sizesWithoutImage.append(item.getId()).append(' ').append(imageSize.height()).append(' ')
                                .append(imageSize.width()).append('\n');
                    }
                    progress.setWorkRemaining(size > 0 ? (int) Math.max(1, size - report.items()) : 1000);
                    progress.worked(1);
                }
                writer.finish();
            } finally {
                for (BufferedWriter list : lists.values()) {
                    list.close();
                }
            }
            if (sizesWithoutImage.length() > 0) {
                Files.writeString(folder.resolve(ImageSizes.META_FILE), sizesWithoutImage, StandardCharsets.UTF_8);
            }
            finish(folder, header.getLabels(), lists.keySet());
            staged.commit();
        }
    }

    /** The item's subset; Datumaro writes the unnamed "default" subset as "train". */
    private String subsetName(DatasetItem item, Set<String> accepted) throws AnnolabException {
        String subset = item.getSubset() == null || item.getSubset().isEmpty() || item.getSubset().equals("default") ? "train"
                : item.getSubset();
        if (accepted.contains(subset)) {
            return subset;
        }
        if (!SUBSET_NAME.matcher(subset).matches() || reservedSubsetNames().contains(subset)) {
            throw new AnnolabException("the subset name '" + subset + "' cannot be written in YOLO", null,
                    "Rename the subset (letters, digits, '_', '-', '.'; not one of " + reservedSubsetNames() + ")");
        }
        return subset;
    }

    private static String extension(Media media) {
        String extension = media == null || media.getPath() == null ? "" : DatasetPaths.extension(media.getPath());
        return extension.isEmpty() ? ".jpg" : extension;
    }

    /** The image size from the item, else from the image's header, else null. */
    private static ImageSize imageSize(DatasetItem item) throws IOException {
        Media media = item.getMedia();
        if (media == null) {
            return null;
        }
        if (media.getWidth() > 0 && media.getHeight() > 0) {
            return new ImageSize(media.getWidth(), media.getHeight());
        }
        if (media.getPath() != null && Files.isRegularFile(Path.of(media.getPath()))) {
            return ImageHeaders.readSize(Path.of(media.getPath()));
        }
        return null;
    }

    private static void createParent(Path file, Set<Path> folders) throws IOException {
        Path parent = file.getParent();
        if (folders.add(parent)) {
            Files.createDirectories(parent);
        }
    }

    /** Copies the item's image; false (and reported) when its file is missing. */
    private static boolean copyImage(DatasetItem item, Path destination, Set<Path> folders, ExportReport report) throws IOException {
        Media media = item.getMedia();
        Path image = media == null || media.getPath() == null ? null : Path.of(media.getPath());
        if (image == null || !Files.isRegularFile(image)) {
            report.leftOut("image", "the file is missing, so --save-media could not copy it (its size is in images.meta)");
            return false;
        }
        createParent(destination, folders);
        Files.copy(image, destination, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    /** Index of each top-level label, by identity: annotations point at the header's label objects. */
    static Map<Label, Integer> indexOf(List<Label> labels) {
        Map<Label, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            index.put(labels.get(i), i);
        }
        return index;
    }
}
