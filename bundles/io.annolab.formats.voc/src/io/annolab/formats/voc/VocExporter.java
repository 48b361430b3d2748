package io.annolab.formats.voc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
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
import io.annolab.model.DatasetItem;
import io.annolab.model.Media;

/**
 * Writes the VOC layout for the chosen tasks: {@code labelmap.txt}, one annotation file per item,
 * the ImageSets lists, mask PNGs for items with masks, and (with --save-media) the images.
 * Everything goes to a staging folder that replaces the target only when complete.
 */
final class VocExporter implements DatasetExporter {

    static final String SAVE_MEDIA = "save-media";
    static final String LABEL_MAP = "label-map";
    static final String TASKS = "tasks";

    private final Set<VocTask> tasks;

    VocExporter(Set<VocTask> tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<FormatOption> options() {
        return List.of(FormatOption.flag(SAVE_MEDIA, "copy the images into JPEGImages"),
                FormatOption.value(LABEL_MAP, "source",
                        "labels and mask colours: 'source' (the dataset's labels), 'voc' (the 22 VOC labels) or a labelmap.txt file"),
                FormatOption.value(TASKS, "", "comma-separated subset of classification, detection, segmentation, "
                        + "action_classification, person_layout (default: all this format holds)"));
    }

    @Override
    public void export(DatasetSource source, Path target, FormatOptions options, ExportReport report, IProgressMonitor monitor)
            throws IOException {
        Set<VocTask> chosen = chosenTasks(options);
        VocLabelMap labelMap = labelMap(options, source);
        long size = source.sizeHint();
        SubMonitor progress = SubMonitor.convert(monitor, "Writing Pascal VOC", size > 0 ? (int) Math.min(size, Integer.MAX_VALUE) : 1000);
        try (StagedOutput staged = StagedOutput.forFolder(target)) {
            Path folder = staged.folder();
            labelMap.write(folder.resolve(VocLabelMap.FILE));
            try (BackgroundFileWriter files = new BackgroundFileWriter(VocItemWriter.LANES); ItemCursor items = source.items();
                    VocListFiles lists = new VocListFiles(folder, chosen, labelMap)) {
                VocItemWriter writer = new VocItemWriter(folder, chosen, labelMap, options.flag(SAVE_MEDIA), report, files);
                for (DatasetItem item = items.next(); item != null; item = items.next()) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    String subset = subset(item);
                    boolean[] labels = writer.write(item, subset);
                    lists.add(subset, item.getId(), labels);
                    if (size <= 0) {
                        progress.setWorkRemaining(1000); // unknown length: a bar that keeps moving
                    }
                    progress.worked(1);
                }
                files.finish();
            }
            staged.commit();
        }
    }

    /** The item's subset; VOC reserves '_' in list names for per-label lists, so such a subset would not read back. */
    private static String subset(DatasetItem item) throws AnnolabException {
        String subset = item.getSubset() == null || item.getSubset().isEmpty() ? "default" : item.getSubset();
        if (subset.contains("_") || subset.contains("/") || subset.contains("\\")) {
            throw new AnnolabException("subset '" + subset + "' cannot be a VOC subset: '_' marks per-label lists and '/' folders",
                    null, "Rename the subset (for example with a transform) before exporting to Pascal VOC");
        }
        return subset;
    }

    private Set<VocTask> chosenTasks(FormatOptions options) throws AnnolabException {
        String text = options.get(TASKS, "");
        if (text.isBlank()) {
            return tasks;
        }
        Set<VocTask> chosen = EnumSet.noneOf(VocTask.class);
        for (String name : text.split(",")) {
            VocTask task;
            try {
                task = VocTask.fromDatumaroName(name);
            } catch (IllegalArgumentException e) {
                throw new AnnolabException(e.getMessage(), null, "Fix the --tasks option");
            }
            if (!tasks.contains(task)) {
                throw new AnnolabException("this VOC format does not write the task '" + name.trim() + "'", null,
                        "Export as 'voc' to choose among all tasks");
            }
            chosen.add(task);
        }
        return chosen;
    }

    private static VocLabelMap labelMap(FormatOptions options, DatasetSource source) throws IOException {
        String choice = options.get(LABEL_MAP, "source");
        return switch (choice) {
            case "source" -> VocLabelMap.fromLabels(List.copyOf(source.header().getLabels()));
            case "voc" -> VocLabelMap.defaults();
            default -> {
                Path file = Path.of(choice);
                if (!Files.isRegularFile(file)) {
                    throw new AnnolabException("the label map file does not exist", file,
                            "Give 'source', 'voc' or the path of a labelmap.txt");
                }
                yield VocLabelMap.read(file);
            }
        };
    }

    /** The image size from the media, or its header when the media does not say. */
    static int[] imageSize(Media media) throws IOException {
        if (media == null) {
            return new int[] { 0, 0 };
        }
        if (media.getWidth() > 0 && media.getHeight() > 0) {
            return new int[] { media.getWidth(), media.getHeight() };
        }
        if (media.getPath() != null && Files.isRegularFile(Path.of(media.getPath()))) {
            ImageSize size = ImageHeaders.readSize(Path.of(media.getPath()));
            if (size != null) {
                return new int[] { size.width(), size.height() };
            }
        }
        return new int[] { 0, 0 };
    }

    static void copyMedia(Media media, Path destination, ExportReport report) throws IOException {
        Path image = media == null || media.getPath() == null ? null : Path.of(media.getPath());
        if (image == null || !Files.isRegularFile(image)) {
            report.leftOut("image", "the item's image file is missing");
            return;
        }
        Files.createDirectories(destination.getParent());
        Files.copy(image, destination, StandardCopyOption.REPLACE_EXISTING);
    }

}
