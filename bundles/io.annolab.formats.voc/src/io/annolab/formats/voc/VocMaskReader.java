package io.annolab.formats.voc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.annolab.core.api.AnnolabException;
import io.annolab.formats.voc.MaskPngReader.IndexMask;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;

/**
 * Turns an item's SegmentationClass and SegmentationObject PNGs into masks, as Datumaro does:
 * one mask per instance (label from the class mask, group = instance id), or, with only a class
 * mask, one mask per class present (background included).
 */
final class VocMaskReader {

    static final String CLASS_FOLDER = "SegmentationClass";
    static final String INSTANCE_FOLDER = "SegmentationObject";

    private final Path root;
    private final List<Label> labels;
    private final Map<Integer, Integer> labelByColor;

    VocMaskReader(Path root, VocLabelMap labelMap, List<Label> labels) {
        this.root = root;
        this.labels = labels;
        this.labelByColor = labelMap.inverseColors();
    }

    List<Shape> read(String id) throws IOException {
        Path classFile = root.resolve(CLASS_FOLDER).resolve(id + ".png");
        Path instanceFile = root.resolve(INSTANCE_FOLDER).resolve(id + ".png");
        IndexMask classes = Files.isRegularFile(classFile)
                ? MaskPngReader.read(classFile, rgb -> labelByColor.getOrDefault(rgb, -1), "label colour of the label map")
                : null;
        IndexMask instances = Files.isRegularFile(instanceFile)
                ? MaskPngReader.read(instanceFile, VocPalette::indexOf, "colour of the VOC palette")
                : null;
        List<Shape> masks = new ArrayList<>();
        if (instances != null) {
            if (classes != null && (classes.width() != instances.width() || classes.height() != instances.height())) {
                throw new AnnolabException("the instance mask is " + instances.width() + "x" + instances.height()
                        + " but the class mask is " + classes.width() + "x" + classes.height(), instanceFile,
                        "Both masks of an image must have the image's size");
            }
            boolean[] seen = new boolean[256];
            int[] labelOfInstance = new int[256];
            int[] ids = instances.indices();
            for (int i = 0; i < ids.length; i++) {
                int instance = ids[i];
                if (instance < 0 || instance > 255) {
                    throw new AnnolabException("instance id " + instance + " is outside 0..255", instanceFile, "Repaint the mask");
                }
                if (instance != 0) {
                    // Datumaro keys instances by (class, instance) and keeps the highest class
                    labelOfInstance[instance] = seen[instance] && classes != null
                            ? Math.max(labelOfInstance[instance], classes.indices()[i])
                            : classes == null ? 0 : classes.indices()[i];
                    seen[instance] = true;
                }
            }
            for (int instance = 1; instance < 256; instance++) {
                if (seen[instance]) {
                    Label label = classes == null ? null : label(labelOfInstance[instance], classFile);
                    masks.add(mask(instances, instance, label, instance));
                }
            }
        } else if (classes != null) {
            boolean[] present = new boolean[labels.size() + 1];
            for (int value : classes.indices()) {
                if (value >= labels.size()) {
                    label(value, classFile);
                }
                present[value] = true;
            }
            for (int value = 0; value < present.length; value++) {
                if (present[value]) {
                    masks.add(mask(classes, value, label(value, classFile), 0));
                }
            }
        }
        return masks;
    }

    private Label label(int index, Path file) throws AnnolabException {
        if (index < 0 || index >= labels.size()) {
            throw new AnnolabException("the mask uses label index " + index + ", but the dataset has " + labels.size() + " labels",
                    file, "Declare the label in labelmap.txt (its line number is its index)");
        }
        return labels.get(index);
    }

    /** The pixels equal to {@code value}, cropped to their bounding box. */
    private static Shape mask(IndexMask image, int value, Label label, int group) {
        int width = image.width();
        int[] indices = image.indices();
        int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = -1, bottom = -1;
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] == value) {
                int x = i % width, y = i / width;
                left = Math.min(left, x);
                right = Math.max(right, x);
                top = Math.min(top, y);
                bottom = y;
            }
        }
        int boxWidth = right - left + 1, boxHeight = bottom - top + 1;
        boolean[] pixels = new boolean[boxWidth * boxHeight];
        for (int y = 0; y < boxHeight; y++) {
            for (int x = 0; x < boxWidth; x++) {
                pixels[y * boxWidth + x] = indices[(top + y) * width + left + x] == value;
            }
        }
        Shape shape = ModelFactory.eINSTANCE.createShape();
        shape.setType(ShapeType.MASK);
        shape.setLabel(label);
        shape.setGroup(group);
        shape.setPoints(Coordinates.of((float) left, top, right, bottom));
        shape.setMask(MaskRle.encode(boxWidth, boxHeight, pixels));
        return shape;
    }
}
