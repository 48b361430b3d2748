package io.annolab.formats.yolo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.format.StagedOutput;
import io.annolab.model.Annotation;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Tag;

/**
 * Writes YOLOv8 classification: each image copied to {@code SUBSET/CLASS/name.ext}. The format
 * is made of the images themselves, so they are always copied; an item needs exactly one label.
 */
final class ClassificationExporter implements DatasetExporter {

    @Override
    public void export(DatasetSource source, Path target, FormatOptions options, ExportReport report, IProgressMonitor monitor)
            throws IOException {
        Set<Label> used = new HashSet<>();
        try (StagedOutput staged = StagedOutput.forFolder(target); ItemCursor items = source.items()) {
            for (DatasetItem item = items.next(); item != null; item = items.next()) {
                if (monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                report.item();
                write(item, staged.folder(), report, used);
            }
            for (Label label : source.header().getLabels()) {
                if (!used.contains(label)) {
                    report.leftOut("label '" + label.getName() + "'", "classification keeps only classes that have images");
                }
            }
            staged.commit();
        }
    }

    private static void write(DatasetItem item, Path folder, ExportReport report, Set<Label> used) throws IOException {
        Tag tag = null;
        int tags = 0;
        for (Annotation annotation : item.getAnnotations()) {
            if (annotation instanceof Tag t && t.getLabel() != null) {
                tag = t;
                tags++;
            } else {
                report.leftOut(annotation.eClass().getName().toLowerCase(), "classification holds one label per image");
            }
        }
        if (tags != 1) {
            report.leftOut("item with " + tags + " labels", "classification files each image under exactly one class");
            return;
        }
        Path image = item.getMedia() == null || item.getMedia().getPath() == null ? null : Path.of(item.getMedia().getPath());
        if (image == null || !Files.isRegularFile(image)) {
            report.leftOut("item without its image file", "classification datasets are made of the images");
            return;
        }
        String className = tag.getLabel().getName();
        String subset = item.getSubset() == null || item.getSubset().isEmpty() || item.getSubset().equals("default") ? "train" : item.getSubset();
        // ids read from this format start with the class folder; do not repeat it
        String name = item.getId().startsWith(className + "/") ? item.getId().substring(className.length() + 1) : item.getId();
        String extension = DatasetPaths.extension(image.getFileName().toString());
        if (subset.contains("/") || subset.startsWith(".") || className.contains("/") || className.startsWith(".")) {
            throw new AnnolabException("the subset '" + subset + "' or class '" + className + "' cannot be a folder name", null,
                    "Rename it without '/' and without a leading '.'");
        }
        Path destination = StagedOutput.inside(folder, subset + "/" + className + "/" + name + extension);
        Files.createDirectories(destination.getParent());
        Files.copy(image, destination, StandardCopyOption.REPLACE_EXISTING);
        report.written("tag");
        used.add(tag.getLabel());
    }
}
