package io.annolab.formats.yolo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.image.ImageSize;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.PointVisibility;

/**
 * Reads one label file into an item's annotations, turning relative coordinates into pixels.
 * Every error names the file, line and column.
 */
final class LabelFileReader {

    private final YoloTask task;
    private final List<Label> labels;
    /** For pose: points per skeleton and values per point (2 or 3). */
    private final int points;
    private final int pointValues;

    LabelFileReader(YoloTask task, List<Label> labels, int points, int pointValues) {
        this.task = task;
        this.labels = labels;
        this.points = points;
        this.pointValues = pointValues;
    }

    /** Adds the annotations of {@code file} (when it exists) to {@code item}. */
    void read(Path file, DatasetItem item, ImageSize size, Path image) throws IOException {
        BufferedReader in;
        try {
            in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return; // an image without a label file has no objects
        }
        try (in) {
            int number = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                number++;
                LabelLine line = LabelLine.split(file, number, text);
                if (line == null) {
                    continue;
                }
                if (size == null) {
                    throw new AnnolabException("the size of the image '" + image + "' is unknown, and YOLO coordinates are relative to it",
                            file, number, 0, "Put the image where the dataset lists it, or give its size in " + ImageSizes.META_FILE, null);
                }
                item.getAnnotations().add(shape(line, size.width(), size.height()));
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new AnnolabException("the label file is not UTF-8 text", file, "Check that this is a YOLO label file", e);
        }
    }

    private Shape shape(LabelLine line, double width, double height) throws AnnolabException {
        check(line);
        Shape shape = ModelFactory.eINSTANCE.createShape();
        shape.setLabel(labels.get(line.classIndex(labels.size())));
        switch (task) {
            case DETECTION -> {
                shape.setType(ShapeType.RECTANGLE);
                shape.setPoints(box(line, width, height));
            }
            case SEGMENTATION -> {
                shape.setType(ShapeType.POLYGON);
                float[] xy = new float[line.size() - 1];
                for (int i = 0; i < xy.length; i++) {
                    xy[i] = (float) (line.coordinate(i + 1) * (i % 2 == 0 ? width : height));
                }
                shape.setPoints(Coordinates.wrap(xy));
            }
            case ORIENTED_BOXES -> orientedBox(shape, line, width, height);
            case POSE -> skeleton(shape, line, width, height);
        }
        return shape;
    }

    private void check(LabelLine line) throws AnnolabException {
        int n = line.size();
        switch (task) {
            case DETECTION -> expect(line, n == 5, "5 values: class x_center y_center width height");
            case SEGMENTATION -> expect(line, n >= 7 && n % 2 == 1, "a class and at least 3 points: class x1 y1 x2 y2 x3 y3 …");
            case ORIENTED_BOXES -> expect(line, n == 9, "9 values: class x1 y1 x2 y2 x3 y3 x4 y4");
            case POSE -> expect(line, n == 5 + points * pointValues, (5 + points * pointValues) + " values: class, box and "
                    + points + " points of " + pointValues + " values (kpt_shape in data.yaml)");
        }
    }

    private static void expect(LabelLine line, boolean ok, String what) throws AnnolabException {
        if (!ok) {
            throw line.error(0, "the line has " + line.size() + " values; expected " + what, "Fix or remove the line");
        }
    }

    private static Coordinates box(LabelLine line, double width, double height) throws AnnolabException {
        double cx = line.coordinate(1) * width, cy = line.coordinate(2) * height;
        double w = line.coordinate(3) * width, h = line.coordinate(4) * height;
        return Coordinates.of(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2);
    }

    private static void orientedBox(Shape shape, LabelLine line, double width, double height) throws AnnolabException {
        double[] corners = new double[8];
        for (int i = 0; i < 8; i++) {
            corners[i] = line.coordinate(i + 1) * (i % 2 == 0 ? width : height);
        }
        OrientedBox box = OrientedBox.fromCorners(corners);
        shape.setType(ShapeType.RECTANGLE);
        shape.setPoints(Coordinates.of(box.cx() - box.width() / 2, box.cy() - box.height() / 2, box.cx() + box.width() / 2,
                box.cy() + box.height() / 2));
        shape.setRotation((float) box.degrees());
    }

    private void skeleton(Shape shape, LabelLine line, double width, double height) throws AnnolabException {
        shape.setType(ShapeType.SKELETON);
        List<Label> sublabels = shape.getLabel().getSublabels();
        for (int i = 0; i < points; i++) {
            int at = 5 + i * pointValues;
            Shape point = ModelFactory.eINSTANCE.createShape();
            point.setType(ShapeType.POINTS);
            point.setLabel(sublabels.get(i));
            point.setPoints(Coordinates.of(line.coordinate(at) * width, line.coordinate(at + 1) * height));
            byte visibility = pointValues == 3 ? line.visibility(at + 2) : PointVisibility.VISIBLE;
            point.setVisibility(PointVisibility.of(visibility));
            point.setOutside(visibility == PointVisibility.ABSENT);
            shape.getElements().add(point);
        }
    }
}
