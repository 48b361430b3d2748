package io.annolab.formats.datumaro;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import com.fasterxml.jackson.core.JsonGenerator;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOption;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.format.StagedOutput;
import io.annolab.model.AttributeValue;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Media;
import io.annolab.model.MediaType;

/**
 * Writes {@code annotations/<subset>.json} with one open generator per subset, so items stream
 * from the source to the files in one pass whatever their subset order; with {@code --save-media}
 * the media are copied to {@code images/<subset>/<id><ext>} (point clouds and related images to
 * their folders). Everything goes to a staging folder that replaces the target only at the end.
 */
final class DatumaroExporter implements DatasetExporter {

    static final String SAVE_MEDIA = "save-media";

    @Override
    public List<FormatOption> options() {
        return List.of(FormatOption.flag(SAVE_MEDIA, "copy images, point clouds and related images into the dataset"));
    }

    @Override
    public void export(DatasetSource source, Path target, FormatOptions options, ExportReport report, IProgressMonitor monitor)
            throws IOException {
        long size = source.sizeHint();
        SubMonitor progress = SubMonitor.convert(monitor, "Writing Datumaro dataset", size > 0 ? (int) Math.min(size, Integer.MAX_VALUE) : 1000);
        Dataset header = source.header();
        Map<Label, Integer> labelIndex = DatumaroCategories.indexLabels(header.getLabels());
        boolean saveMedia = options.flag(SAVE_MEDIA);
        Map<String, SubsetFile> subsets = new LinkedHashMap<>();
        try (StagedOutput staged = StagedOutput.forFolder(target); ItemCursor items = source.items(); MediaFiles media = new MediaFiles()) {
            try {
                for (DatasetItem item = items.next(); item != null; item = items.next()) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    String subset = item.getSubset() == null || item.getSubset().isEmpty() ? "default" : item.getSubset();
                    SubsetFile file = subsets.get(subset);
                    if (file == null) {
                        file = new SubsetFile(staged.folder(), subset, header, labelIndex, report);
                        subsets.put(subset, file);
                    }
                    DatumaroItemWriter.MediaNames names = mediaNames(item);
                    file.writer.write(item, names);
                    if (saveMedia) {
                        copyMedia(item, names, staged.folder(), subset, media, report);
                    }
                    report.item();
                    progress.setWorkRemaining(size > 0 ? (int) Math.max(1, size - report.items()) : 1000);
                    progress.worked(1);
                }
                if (subsets.isEmpty()) {
                    subsets.put("default", new SubsetFile(staged.folder(), "default", header, labelIndex, report));
                }
                for (SubsetFile file : subsets.values()) {
                    file.finish();
                }
            } finally {
                for (SubsetFile file : subsets.values()) {
                    file.closeQuietly();
                }
            }
            staged.commit();
        }
    }

    /** Datumaro's names: the item id plus the media file's extension. */
    private static DatumaroItemWriter.MediaNames mediaNames(DatasetItem item) {
        Media media = item.getMedia();
        if (media == null) {
            return new DatumaroItemWriter.MediaNames(null, null, List.of());
        }
        String image = null, pointCloud = null;
        if (media.getPath() != null && media.getType() == MediaType.POINT_CLOUD) {
            pointCloud = item.getId() + extension(media.getPath(), ".pcd");
        } else if (media.getPath() != null) {
            image = item.getId() + extension(media.getPath(), ".jpg");
        }
        List<String> related = new ArrayList<>();
        for (int i = 0; i < media.getRelatedImages().size(); i++) {
            related.add(item.getId() + "/image_" + i + extension(media.getRelatedImages().get(i), ".jpg"));
        }
        return new DatumaroItemWriter.MediaNames(image, pointCloud, related);
    }

    private static String extension(String path, String fallback) {
        String name = MediaFiles.fileName(path);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) : fallback;
    }

    private static void copyMedia(DatasetItem item, DatumaroItemWriter.MediaNames names, Path folder, String subset, MediaFiles media,
            ExportReport report) throws IOException {
        Media source = item.getMedia();
        if (source == null) {
            return;
        }
        if (names.image() != null) {
            copy(source.getPath(), folder, "images/" + subset + "/" + names.image(), item, media, report);
        }
        if (names.pointCloud() != null) {
            copy(source.getPath(), folder, "point_clouds/" + subset + "/" + names.pointCloud(), item, media, report);
        }
        for (int i = 0; i < names.relatedImages().size(); i++) {
            copy(source.getRelatedImages().get(i), folder, "related_images/" + subset + "/" + names.relatedImages().get(i), item, media,
                    report);
        }
    }

    private static void copy(String from, Path folder, String to, DatasetItem item, MediaFiles media, ExportReport report)
            throws IOException {
        if (!media.exists(from)) {
            report.leftOut("media file", "missing at its source, so not copied (item '" + item.getId() + "')");
            return;
        }
        Path destination = StagedOutput.inside(folder, to);
        Files.createDirectories(destination.getParent());
        try (InputStream in = media.open(from)) {
            Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** One subset's JSON file, open from its first item to the end of the export. */
    private static final class SubsetFile {

        private final OutputStream stream;
        private final JsonGenerator out;
        private final DatumaroItemWriter writer;

        SubsetFile(Path folder, String subset, Dataset header, Map<Label, Integer> labelIndex, ExportReport report) throws IOException {
            Path file = StagedOutput.inside(folder, "annotations/" + subset + ".json");
            if (!file.getParent().equals(folder.resolve("annotations").normalize())) {
                throw new AnnolabException("the subset name '" + subset + "' cannot be a file name", folder,
                        "Rename the subset; subset names may not contain '/'");
            }
            Files.createDirectories(file.getParent());
            stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            out = DatumaroImporter.JSON.createGenerator(stream);
            out.writeStartObject();
            out.writeObjectFieldStart("info");
            List<String> shared = List.of();
            for (AttributeValue attribute : header.getAttributes()) {
                if (attribute.getName().equals(DatumaroCategories.SHARED_ATTRIBUTES)) {
                    shared = attribute.getValue() == null || attribute.getValue().toString().isEmpty() ? List.of()
                            : List.of(attribute.getValue().toString().split("\n"));
                } else {
                    writeInfo(attribute);
                }
            }
            out.writeEndObject();
            DatumaroCategories.write(out, header.getLabels(), shared);
            out.writeArrayFieldStart("items");
            writer = new DatumaroItemWriter(out, labelIndex, report);
        }

        private void writeInfo(AttributeValue attribute) throws IOException {
            DatumaroItemWriter.writeValue(out, attribute.getName(), attribute.getValue());
        }

        void finish() throws IOException {
            out.writeEndArray();
            out.writeEndObject();
            out.close();
            stream.close();
        }

        void closeQuietly() {
            try {
                out.close();
                stream.close();
            } catch (IOException | RuntimeException ignored) {
                // the staging folder is removed anyway
            }
        }
    }
}
