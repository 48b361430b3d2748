package io.annolab.formats.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.format.StagedOutput;
import io.annolab.model.Annotation;
import io.annolab.model.DatasetItem;
import io.annolab.model.Media;

/**
 * Writes each item's image as {@code <id>.<ext>}. The format holds no annotations: they are
 * counted as left out, by kind, so a conversion summary says what was not carried over.
 */
final class ImageDirExporter implements DatasetExporter {

    @Override
    public void export(DatasetSource source, Path target, FormatOptions options, ExportReport report, IProgressMonitor monitor)
            throws IOException {
        long size = source.sizeHint();
        SubMonitor progress = SubMonitor.convert(monitor, "Writing images", size > 0 ? (int) Math.min(size, Integer.MAX_VALUE) : 1000);
        try (StagedOutput staged = StagedOutput.forFolder(target); ItemCursor items = source.items()) {
            for (DatasetItem item = items.next(); item != null; item = items.next()) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                write(item, staged.folder(), report);
                progress.setWorkRemaining(size > 0 ? (int) Math.max(1, size - report.items()) : 1000);
                progress.worked(1);
            }
            staged.commit();
        }
    }

    private static void write(DatasetItem item, Path folder, ExportReport report) throws IOException {
        report.item();
        for (Annotation annotation : item.getAnnotations()) {
            report.leftOut(annotation.eClass().getName().toLowerCase(), "image_dir holds no annotations");
        }
        Media media = item.getMedia();
        if (media == null || media.getPath() == null) {
            report.leftOut("item without an image", "image_dir holds images only");
            return;
        }
        Path image = Path.of(media.getPath());
        boolean inZip = ZipEntryPaths.archive(media.getPath()) != null;
        if (!inZip && !Files.isRegularFile(image)) {
            // One missing file should not sink a whole conversion: it is counted, like every other thing left out.
            report.leftOut("item whose image file is missing", "image_dir holds images only");
            return;
        }
        String name = inZip ? Path.of(ZipEntryPaths.entry(media.getPath())).getFileName().toString() : image.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        Path destination = StagedOutput.inside(folder, item.getId() + extension);
        Files.createDirectories(destination.getParent());
        try (java.io.InputStream in = ZipEntryPaths.open(media.getPath())) { // a file, or an image_zip entry
            Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
