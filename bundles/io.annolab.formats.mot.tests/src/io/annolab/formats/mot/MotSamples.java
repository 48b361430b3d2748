package io.annolab.formats.mot;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferUShort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.Datasets;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;

/** Real files and datasets for the MOT and MOTS tests. */
final class MotSamples {

    private MotSamples() {
    }

    /** A sequence folder: gt/gt.txt with {@code rows}, gt/labels.txt with {@code labels} (none: no file), img1/ with the frames' images. */
    static Path sequence(Path root, String rows, List<String> labels, int... imageFrames) throws IOException {
        Files.createDirectories(root.resolve("gt"));
        Files.writeString(root.resolve("gt/gt.txt"), rows);
        if (labels != null) {
            Files.writeString(root.resolve("gt/labels.txt"), String.join("\n", labels));
        }
        for (int frame : imageFrames) {
            image(root.resolve("img1").resolve(String.format("%06d.png", frame)), 20, 10);
        }
        return root;
    }

    static Path image(Path file, int width, int height) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    /** A 16-bit instance PNG from row-major values. */
    static Path instancePng(Path file, int width, int height, int... values) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
        short[] pixels = ((DataBufferUShort) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < values.length; i++) {
            pixels[i] = (short) values[i];
        }
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    static Dataset load(String format, Path path) throws IOException {
        return load(format, path, FormatOptions.NONE);
    }

    static Dataset load(String format, Path path, FormatOptions options) throws IOException {
        try (DatasetSource source = new Conversion().importer(format).open(path, options)) {
            return Datasets.load(source);
        }
    }

    static ExportReport export(String format, Dataset dataset, Path target, String... options) throws IOException {
        DatasetExporter exporter = new Conversion().exporter(format);
        ExportReport report = new ExportReport();
        exporter.export(Datasets.of(dataset), target, FormatOptions.parse(List.of(options), exporter.options()), report,
                new NullProgressMonitor());
        return report;
    }

    static Dataset dataset(String... labels) {
        Dataset dataset = ModelFactory.eINSTANCE.createDataset();
        dataset.setName("sample");
        for (int i = 0; i < labels.length; i++) {
            Label label = ModelFactory.eINSTANCE.createLabel();
            label.setId(i);
            label.setName(labels[i]);
            dataset.getLabels().add(label);
        }
        return dataset;
    }

    static DatasetItem item(Dataset dataset, String subset, String id, int width, int height) {
        DatasetItem item = ModelFactory.eINSTANCE.createDatasetItem();
        item.setId(id);
        item.setSubset(subset);
        if (width > 0) {
            Media media = ModelFactory.eINSTANCE.createMedia();
            media.setType(MediaType.IMAGE);
            media.setPath("/nowhere/" + id + ".jpg");
            media.setWidth(width);
            media.setHeight(height);
            item.setMedia(media);
        }
        dataset.getItems().add(item);
        return item;
    }

    static Shape box(DatasetItem item, Label label, float x1, float y1, float x2, float y2, Long trackId) {
        Shape shape = ModelFactory.eINSTANCE.createShape();
        shape.setType(ShapeType.RECTANGLE);
        shape.setLabel(label);
        shape.setPoints(Coordinates.of(x1, y1, x2, y2));
        if (trackId != null) {
            AnnotationAttributes.put(shape, AnnotationAttributes.TRACK_ID, trackId);
        }
        item.getAnnotations().add(shape);
        return shape;
    }

    /** A mask over a box at (left, top), row-major bits. */
    static Shape mask(DatasetItem item, Label label, int left, int top, int width, int height, Long trackId, boolean... bits) {
        Shape shape = ModelFactory.eINSTANCE.createShape();
        shape.setType(ShapeType.MASK);
        shape.setLabel(label);
        shape.setPoints(Coordinates.of((float) left, top, left + width - 1, top + height - 1));
        shape.setMask(MaskRle.encode(width, height, bits));
        if (trackId != null) {
            AnnotationAttributes.put(shape, AnnotationAttributes.TRACK_ID, trackId);
        }
        item.getAnnotations().add(shape);
        return shape;
    }

    static Object attribute(io.annolab.model.Annotation annotation, String name) {
        return AnnotationAttributes.get(annotation, name);
    }

    /** Every file below {@code folder}, relative, sorted: to prove nothing was left behind. */
    static List<String> files(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }
}
