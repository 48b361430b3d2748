package io.annolab.formats.voc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.Datasets;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.model.AttributeValue;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Tag;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;

/** Small datasets and files for the VOC tests, built in code. */
final class VocSamples {

    static final ModelFactory F = ModelFactory.eINSTANCE;

    private VocSamples() {
    }

    static Dataset load(String format, Path path) throws IOException {
        try (DatasetSource source = new Conversion().importer(format).open(path, FormatOptions.NONE)) {
            return Datasets.load(source);
        }
    }

    static ExportReport export(String format, Dataset dataset, Path target, Map<String, String> options) throws IOException {
        ExportReport report = new ExportReport();
        new Conversion().exporter(format).export(Datasets.of(dataset), target, new FormatOptions(options), report,
                new NullProgressMonitor());
        return report;
    }

    static Dataset dataset(String... labels) {
        Dataset dataset = F.createDataset();
        dataset.setName("sample");
        for (String name : labels) {
            Label label = F.createLabel();
            label.setName(name);
            dataset.getLabels().add(label);
        }
        return dataset;
    }

    static Label label(Dataset dataset, String name) {
        return dataset.getLabels().stream().filter(l -> l.getName().equals(name)).findFirst().orElseThrow();
    }

    static DatasetItem item(Dataset dataset, String id, String subset, int width, int height) {
        DatasetItem item = F.createDatasetItem();
        item.setId(id);
        item.setSubset(subset);
        Media media = F.createMedia();
        media.setType(MediaType.IMAGE);
        media.setPath("/nonexistent/" + id + ".jpg");
        media.setWidth(width);
        media.setHeight(height);
        item.setMedia(media);
        dataset.getItems().add(item);
        return item;
    }

    static Shape shape(DatasetItem item, ShapeType type, Label label, float... points) {
        Shape shape = F.createShape();
        shape.setType(type);
        shape.setLabel(label);
        shape.setPoints(Coordinates.of(points));
        item.getAnnotations().add(shape);
        return shape;
    }

    static Shape mask(DatasetItem item, Label label, int left, int top, MaskRle mask) {
        Shape shape = shape(item, ShapeType.MASK, label, left, top, left + mask.width() - 1, top + mask.height() - 1);
        shape.setMask(mask);
        return shape;
    }

    static Tag tag(DatasetItem item, Label label) {
        Tag tag = F.createTag();
        tag.setLabel(label);
        item.getAnnotations().add(tag);
        return tag;
    }

    static void attribute(Shape shape, String name, Object value) {
        AttributeValue attribute = F.createAttributeValue();
        attribute.setName(name);
        attribute.setValue(value);
        shape.getAttributes().add(attribute);
    }

    /** A minimal VOC folder: one Main list naming {@code ids}, and the given annotation files. */
    static Path vocFolder(Path root, List<String> ids, Map<String, String> annotations) throws IOException {
        Files.createDirectories(root.resolve("ImageSets/Main"));
        Files.writeString(root.resolve("ImageSets/Main/train.txt"), String.join("\n", ids) + "\n");
        Files.createDirectories(root.resolve("Annotations"));
        for (Map.Entry<String, String> file : annotations.entrySet()) {
            Files.writeString(root.resolve("Annotations").resolve(file.getKey() + ".xml"), file.getValue(), StandardCharsets.UTF_8);
        }
        return root;
    }

    static String annotation(String objects) {
        return "<annotation>\n  <filename>a.jpg</filename>\n  <size><width>20</width><height>10</height></size>\n" + objects
                + "</annotation>\n";
    }

    static String object(String name, int x1, int y1, int x2, int y2) {
        return "  <object>\n    <name>" + name + "</name>\n    <bndbox><xmin>" + x1 + "</xmin><ymin>" + y1 + "</ymin><xmax>" + x2
                + "</xmax><ymax>" + y2 + "</ymax></bndbox>\n  </object>\n";
    }
}
