package io.annolab.formats.image;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
import io.annolab.model.Annotation;
import io.annolab.model.DatasetItem;
import io.annolab.model.Media;

/**
 * Writes the items' images into one zip as {@code <id><ext>} entries. The target is the zip
 * itself when it ends in ".zip", else a new folder that receives {@code --name} (default
 * {@code default.zip}, Datumaro's). The zip is written beside the target under a temporary name
 * and renamed at the end, so a failure leaves nothing. Annotations are counted as left out.
 */
final class ImageZipExporter implements DatasetExporter {

    static final String NAME = "name";
    static final String COMPRESS = "compress";
    /** 1980-01-02, the start of the zip (DOS) calendar, for every entry. */
    private static final long FIXED_TIME = 315_619_200_000L;

    @Override
    public List<FormatOption> options() {
        return List.of(FormatOption.value(NAME, "default.zip", "archive name when the output is a folder"),
                FormatOption.flag(COMPRESS, "deflate the images (stored as they are by default, like Datumaro's ZIP_STORED)"));
    }

    @Override
    public void export(DatasetSource source, Path target, FormatOptions options, ExportReport report, IProgressMonitor monitor)
            throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        boolean folder = !absolute.getFileName().toString().toLowerCase().endsWith(".zip");
        Path zip = folder ? absolute.resolve(options.get(NAME, "default.zip")) : absolute;
        if (folder && Files.exists(absolute) && !(Files.isDirectory(absolute) && isEmpty(absolute))) {
            throw new AnnolabException("the output already exists and is not an empty folder", absolute,
                    "Choose a new folder, or remove this one first");
        }
        if (!zip.getParent().equals(folder ? absolute : absolute.getParent())) {
            throw new AnnolabException("the archive name '" + options.get(NAME, "") + "' is not a plain file name", absolute,
                    "Give --name a name like images.zip");
        }
        if (Files.exists(zip)) {
            throw new AnnolabException("the archive already exists", zip, "Choose another name, or remove it first");
        }
        boolean createdFolder = folder && !Files.exists(absolute);
        Files.createDirectories(zip.getParent());
        Path partial = Files.createTempFile(zip.getParent(), "." + zip.getFileName() + ".partial-", "");
        boolean done = false;
        long size = source.sizeHint();
        SubMonitor progress = SubMonitor.convert(monitor, "Writing images", size > 0 ? (int) Math.min(size, Integer.MAX_VALUE) : 1000);
        try (ItemCursor items = source.items();
                ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
            out.setLevel(options.flag(COMPRESS) ? java.util.zip.Deflater.DEFAULT_COMPRESSION : java.util.zip.Deflater.NO_COMPRESSION);
            Set<String> written = new HashSet<>();
            for (DatasetItem item = items.next(); item != null; item = items.next()) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                write(item, out, written, report);
                progress.setWorkRemaining(size > 0 ? (int) Math.max(1, size - report.items()) : 1000);
                progress.worked(1);
            }
            out.finish();
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(partial);
                if (createdFolder) {
                    Files.deleteIfExists(absolute);
                }
            }
        }
        try {
            Files.move(partial, zip, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, zip);
        }
    }

    private static void write(DatasetItem item, ZipOutputStream out, Set<String> written, ExportReport report) throws IOException {
        report.item();
        for (Annotation annotation : item.getAnnotations()) {
            report.leftOut(annotation.eClass().getName().toLowerCase(), "image_zip holds no annotations");
        }
        Media media = item.getMedia();
        if (media == null || media.getPath() == null) {
            report.leftOut("item without an image", "image_zip holds images only");
            return;
        }
        String id = item.getId().replace('\\', '/');
        if (id.startsWith("/") || List.of(id.split("/")).contains("..")) {
            throw new AnnolabException("the item id '" + item.getId() + "' would climb out of the archive", null,
                    "Rename the item; ids may not contain '..' or start with '/'");
        }
        String name = ZipEntryPaths.archive(media.getPath()) != null ? ZipEntryPaths.entry(media.getPath())
                : Path.of(media.getPath()).getFileName().toString();
        String extension = name.lastIndexOf('.') > name.lastIndexOf('/') ? name.substring(name.lastIndexOf('.')) : "";
        String entry = id + extension;
        if (!written.add(entry)) {
            throw new AnnolabException("two items would both be written as '" + entry + "'", null,
                    "Item ids must be unique when subsets are merged into one archive; rename one of them");
        }
        try (InputStream in = open(media.getPath(), item)) {
            ZipEntry zipEntry = new ZipEntry(entry);
            zipEntry.setTime(FIXED_TIME); // the same images give the same bytes
            out.putNextEntry(zipEntry);
            in.transferTo(out);
            out.closeEntry();
        }
    }

    private static InputStream open(String path, DatasetItem item) throws IOException {
        if (ZipEntryPaths.archive(path) == null && !Files.isRegularFile(Path.of(path))) {
            throw new AnnolabException("the image of item '" + item.getId() + "' is missing", Path.of(path),
                    "Restore the file or remove the item");
        }
        return ZipEntryPaths.open(path);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
