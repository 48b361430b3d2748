package io.annolab.formats.cvat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
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
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.format.StagedOutput;
import io.annolab.model.AttributeValue;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Media;

/**
 * What both CVAT exporters share: the target layouts and writing without leaving anything
 * partial. A folder gets Datumaro's layout, {@code SUBSET.xml} per subset and {@code images/};
 * a {@code .zip} gets the same inside (a subset named {@code annotations} gives CVAT's own
 * {@code annotations.xml}); a {@code .xml} gets the annotations of a single subset, no images.
 * Everything is written in a staging folder beside the target and moved into place at the end.
 */
abstract class CvatExporter implements DatasetExporter {

    enum Layout {
        FOLDER, ZIP, XML
    }

    /** One annotation file being written. */
    abstract static class SubsetFile {
        final String subset;
        final String fileStem;
        final Path part;
        final OutputStream partStream;
        final CvatXmlWriter body;
        /** Whether images are written beside the annotations (not for a single .xml). */
        final boolean withImages;
        private final Map<Integer, Boolean> usedFrames = new HashMap<>();
        private int nextFrame;
        int items;

        SubsetFile(String subset, String fileStem, Path part, boolean withImages) throws IOException {
            this.subset = subset;
            this.withImages = withImages;
            this.fileStem = fileStem;
            this.part = part;
            this.partStream = new BufferedOutputStream(Files.newOutputStream(part), 64 * 1024);
            this.body = CvatXmlWriter.body(partStream);
        }

        /** The subset attribute to write, when the file's name does not already say it. */
        String subsetAttribute() {
            return subset.equals(fileStem) ? null : subset;
        }

        /** The item's frame number: its "frame" attribute when free in this file, else the next free one. */
        int frame(DatasetItem item, Integer fromName) {
            Integer wanted = fromName;
            for (AttributeValue attribute : item.getAttributes()) {
                if (CvatBodyReader.FRAME.equals(attribute.getName()) && attribute.getValue() instanceof Number number
                        && number.longValue() >= 0 && number.longValue() <= Integer.MAX_VALUE) {
                    wanted = number.intValue();
                }
            }
            if (wanted == null || usedFrames.containsKey(wanted)) {
                while (usedFrames.containsKey(nextFrame)) {
                    nextFrame++;
                }
                wanted = nextFrame;
            }
            usedFrames.put(wanted, Boolean.TRUE);
            return wanted;
        }

        abstract void add(DatasetItem item, ExportReport report) throws IOException;

        /** Writes what is held until the end (tracks); then the body part is complete. */
        void finishBody(ExportReport report) throws IOException {
        }

        abstract CvatMetaWriter.Task task(String name, List<Label> labels);

        /** The image file name this item's media gets under images/, or null for none. */
        abstract String imageName(DatasetItem item);
    }

    @Override
    public void export(DatasetSource source, Path target, FormatOptions options, ExportReport report, IProgressMonitor monitor)
            throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        String fileName = absolute.getFileName().toString();
        Layout layout = fileName.toLowerCase(Locale.ROOT).endsWith(".zip") ? Layout.ZIP
                : fileName.toLowerCase(Locale.ROOT).endsWith(".xml") ? Layout.XML : Layout.FOLDER;
        if (layout != Layout.FOLDER && Files.exists(absolute)) {
            throw new AnnolabException("the output already exists", absolute, "Choose a new file name, or remove this one first");
        }
        long size = source.sizeHint();
        SubMonitor progress = SubMonitor.convert(monitor, "Writing CVAT XML", size > 0 ? (int) Math.min(size, Integer.MAX_VALUE) : 1000);
        // a file target is built in a work folder that is never committed: closing removes it
        Path stagingTarget = layout == Layout.FOLDER ? absolute : absolute.resolveSibling(fileName + ".work");
        try (StagedOutput staged = StagedOutput.forFolder(stagingTarget); ItemCursor items = source.items()) {
            Path work = staged.folder();
            Path content = layout == Layout.FOLDER ? work : Files.createDirectories(work.resolve("content"));
            Map<String, SubsetFile> files = new LinkedHashMap<>();
            Map<String, String> imagesWritten = new HashMap<>();
            for (DatasetItem item = items.next(); item != null; item = items.next()) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                report.item();
                String subset = item.getSubset() == null || item.getSubset().isEmpty() ? "default" : item.getSubset();
                SubsetFile file = files.get(subset);
                if (file == null) {
                    if (layout == Layout.XML && !files.isEmpty()) {
                        throw new AnnolabException("a single .xml file holds one subset, and this dataset has '"
                                + files.keySet().iterator().next() + "' and '" + subset + "'", absolute,
                                "Export to a folder or a .zip: they get one SUBSET.xml per subset");
                    }
                    String stem = layout == Layout.XML ? CvatFrames.stripExtension(fileName) : subset;
                    file = newFile(subset, stem, work.resolve(".body-" + files.size() + ".part"), layout != Layout.XML);
                    files.put(subset, file);
                }
                file.add(item, report);
                if (layout != Layout.XML) {
                    copyImage(item, file, content, imagesWritten, report);
                }
                progress.setWorkRemaining(size > 0 ? (int) Math.max(1, size - report.items()) : 1000);
                progress.worked(1);
            }
            List<Label> labels = List.copyOf(source.header().getLabels());
            for (SubsetFile file : files.values()) {
                file.finishBody(report);
                file.body.close();
                Path xml = StagedOutput.inside(content, (layout == Layout.XML ? fileName : file.subset + ".xml"));
                Files.createDirectories(xml.getParent());
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(xml), 64 * 1024)) {
                    CvatXmlWriter writer = CvatXmlWriter.document(out);
                    writer.open("annotations");
                    // the task is named after its subset, as Datumaro names it: the same data gives the same bytes
                    CvatMetaWriter.write(writer, file.task(file.subset, labels));
                    writer.splice(file.part);
                    writer.close("annotations");
                    writer.finish();
                }
                Files.delete(file.part);
            }
            if (files.isEmpty() && layout != Layout.FOLDER) {
                throw new AnnolabException("the dataset has no items", absolute, "There is nothing to write");
            }
            switch (layout) {
                case FOLDER -> staged.commit();
                case XML -> moveIntoPlace(content.resolve(fileName), absolute);
                case ZIP -> {
                    Path zip = work.resolve("out.zip");
                    zip(content, zip);
                    moveIntoPlace(zip, absolute);
                }
            }
        }
    }

    abstract SubsetFile newFile(String subset, String fileStem, Path part, boolean withImages) throws IOException;

    private static void copyImage(DatasetItem item, SubsetFile file, Path content, Map<String, String> written, ExportReport report)
            throws IOException {
        Media media = item.getMedia();
        if (media == null || media.getPath() == null) {
            return;
        }
        Path image = Path.of(media.getPath());
        if (!Files.isRegularFile(image)) {
            report.leftOut("image", "its file was not found, the annotations are written without it");
            return;
        }
        String name = file.imageName(item);
        Path destination = StagedOutput.inside(content, "images/" + name);
        String owner = file.subset + "/" + item.getId();
        String previous = written.putIfAbsent(name, owner);
        if (previous != null) {
            throw new AnnolabException("the items '" + previous + "' and '" + owner + "' would both write images/" + name,
                    destination, "Rename one of the items, or export the subsets separately");
        }
        Files.createDirectories(destination.getParent());
        Files.copy(image, destination, StandardCopyOption.REPLACE_EXISTING);
    }

    static String extension(DatasetItem item, String fallback) {
        Media media = item.getMedia();
        if (media == null || media.getPath() == null) {
            return fallback;
        }
        String name = Path.of(media.getPath()).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) : fallback;
    }

    private static void moveIntoPlace(Path built, Path target) throws IOException {
        try {
            Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(built, target);
        }
    }

    /** Zips a folder with entries in name order, so the same dataset gives the same archive. */
    private static void zip(Path folder, Path zip) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip), 64 * 1024))) {
            for (Path file : files) {
                ZipEntry entry = new ZipEntry(folder.relativize(file).toString().replace('\\', '/'));
                entry.setTime(0);
                out.putNextEntry(entry);
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }
}
