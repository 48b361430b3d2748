package io.annolab.formats.voc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;

import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.StagedOutput;
import io.annolab.formats.voc.MaskPainter.Layer;
import io.annolab.formats.voc.VocXmlWriter.Flag;
import io.annolab.formats.voc.VocXmlWriter.Part;
import io.annolab.formats.voc.VocXmlWriter.VocObject;
import io.annolab.model.Annotation;
import io.annolab.model.AttributeValue;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Media;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Tag;
import io.annolab.model.values.Coordinates;

/**
 * Writes one item's annotation file and masks and says which image labels it has. What VOC
 * cannot hold is converted (polygons, ellipses, rotated boxes and, without segmentation, masks
 * become boxes) or counted as left out, with the reason.
 */
final class VocItemWriter {

    private static final Set<String> BUILTIN = Set.of("difficult", "truncated", "occluded", "pose");
    /** Writer lanes: one per output folder, see {@link BackgroundFileWriter}. */
    static final int XML_LANE = 0, CLASS_MASK_LANE = 1, INSTANCE_MASK_LANE = 2, LANES = 3;
    private static final String XML_NAME = "[A-Za-z_][A-Za-z0-9._-]*";

    private final Path folder;
    private final Set<VocTask> tasks;
    private final VocLabelMap labelMap;
    private final boolean saveMedia;
    private final ExportReport report;
    private final VocXmlWriter xml = new VocXmlWriter();
    private final BackgroundFileWriter files;
    private final Map<Label, Integer> indexByLabel = new HashMap<>();
    /** Fingerprints of the annotations written per id: VOC has one annotation file per id, whatever the subset. */
    private final Map<String, Integer> written = new HashMap<>();
    private final int[] classPalette = new int[256];
    private final int[] instancePalette = new int[256];
    private final boolean objects;

    VocItemWriter(Path folder, Set<VocTask> tasks, VocLabelMap labelMap, boolean saveMedia, ExportReport report,
            BackgroundFileWriter files) {
        this.folder = folder;
        this.files = files;
        this.tasks = tasks;
        this.labelMap = labelMap;
        this.saveMedia = saveMedia;
        this.report = report;
        this.objects = tasks.contains(VocTask.DETECTION) || tasks.contains(VocTask.ACTION) || tasks.contains(VocTask.LAYOUT);
        for (int i = 0; i < 256; i++) {
            int color = labelMap.color(i);
            classPalette[i] = color == VocLabelMap.NO_COLOR ? VocPalette.color(i) : color;
            instancePalette[i] = VocPalette.color(i);
        }
    }

    /** Writes the item; returns its image labels by label-map entry (null when it has none). */
    boolean[] write(DatasetItem item, String subset) throws IOException {
        report.item();
        String id = item.getId();

        Media media = item.getMedia();
        String extension = extension(media);
        if (saveMedia) {
            VocExporter.copyMedia(media, StagedOutput.inside(folder.resolve(VocItemReader.IMAGES), id + extension), report);
        }
        boolean[] labels = null;
        List<Shape> boxes = new ArrayList<>();
        List<Shape> masks = new ArrayList<>();
        for (Annotation annotation : item.getAnnotations()) {
            if (annotation instanceof Tag tag) {
                labels = tag(tag, labels);
            } else if (annotation instanceof Shape shape && shape.isOutside()) {
                report.leftOut("outside track frame", "the object is not visible there; Pascal VOC lists visible objects only");
            } else if (annotation instanceof Shape shape) {
                sort(shape, boxes, masks);
            } else {
                report.leftOut(annotation.eClass().getName().toLowerCase(), "Pascal VOC has no " + annotation.eClass().getName().toLowerCase() + "s");
            }
        }
        int[] size = VocExporter.imageSize(media);
        byte[] text = objects ? xml.write(id, id + extension, size[0], size[1], tasks.contains(VocTask.SEGMENTATION) && !masks.isEmpty(),
                objects(boxes)) : new byte[0];
        CRC32C checksum = new CRC32C(); // a processor instruction: hashing every file's bytes costs next to nothing
        checksum.update(text);
        int fingerprint = 31 * (int) checksum.getValue() + masks.stream().mapToInt(VocItemWriter::fingerprint).sum();
        Integer first = written.putIfAbsent(id, fingerprint);
        if (first != null) {
            // the same id again (real VOC lists an image in train and trainval): its files are already written
            if (first != fingerprint) {
                item.getAnnotations().forEach(a -> report.leftOut(a.eClass().getName().toLowerCase(),
                        "its item id appears twice with different annotations; VOC keeps one annotation file per id"));
            }
            return labels;
        }
        if (tasks.contains(VocTask.SEGMENTATION) && !masks.isEmpty()) {
            paintMasks(id, masks, size[0], size[1]);
        }
        if (objects) {
            files.write(XML_LANE, StagedOutput.inside(folder.resolve(VocItemReader.ANNOTATIONS), id + ".xml"),
                    text);
        }
        return labels;
    }

    private boolean[] tag(Tag tag, boolean[] labels) {
        int index = index(tag.getLabel());
        if (!tasks.contains(VocTask.CLASSIFICATION)) {
            report.leftOut("tag", "only VOC classification holds image labels");
        } else if (index < 0 || index >= labelMap.entries().size()) {
            report.leftOut("tag", "its label is not in the VOC label map");
        } else {
            labels = labels == null ? new boolean[labelMap.entries().size()] : labels;
            labels[index] = true;
            report.written("tag");
        }
        return labels;
    }

    /** Boxes for the annotation files, masks for the PNGs; the rest is reported. */
    private void sort(Shape shape, List<Shape> boxes, List<Shape> masks) {
        ShapeType type = shape.getType();
        if (type == ShapeType.MASK && tasks.contains(VocTask.SEGMENTATION)) {
            masks.add(shape);
        } else if (type == ShapeType.RECTANGLE || type == ShapeType.POLYGON || type == ShapeType.ELLIPSE || type == ShapeType.MASK) {
            if (objects) {
                boxes.add(shape);
            } else {
                report.leftOut(type.getLiteral(), "VOC segmentation holds masks only");
            }
        } else {
            report.leftOut(type.getLiteral(), "Pascal VOC holds boxes and masks only");
        }
    }

    /** The objects of the annotation file: non-part boxes in order, each with the parts of its group. */
    private List<VocObject> objects(List<Shape> boxes) {
        List<VocObject> objects = new ArrayList<>(boxes.size());
        List<Shape> parts = new ArrayList<>();
        for (Shape shape : boxes) {
            if (shape.getType() == ShapeType.RECTANGLE && shape.getLabel() != null && labelMap.isPart(shape.getLabel().getName())) {
                parts.add(shape);
            }
        }
        boolean[] partUsed = new boolean[parts.size()];
        for (Shape shape : boxes) {
            if (parts.contains(shape)) {
                continue;
            }
            int index = index(shape.getLabel());
            if (index < 0 || index >= labelMap.entries().size()) {
                report.leftOut(shape.getType().getLiteral(), "its label is not in the VOC label map");
                continue;
            }
            List<Part> objectParts = new ArrayList<>();
            for (int p = 0; p < parts.size(); p++) {
                Shape part = parts.get(p);
                if (shape.getGroup() != 0 && part.getGroup() == shape.getGroup()) {
                    objectParts.add(new Part(part.getLabel().getName(), bounds(part)));
                    partUsed[p] = true;
                    report.written("rectangle (person part)");
                }
            }
            objects.add(object(shape, labelMap.entries().get(index).name(), objectParts));
            report.written(shape.getType() == ShapeType.RECTANGLE && shape.getRotation() % 360 == 0 ? "rectangle"
                    : shape.getType().getLiteral() + " (as its bounding box)");
        }
        for (boolean used : partUsed) {
            if (!used) {
                report.leftOut("rectangle (part)", "no object of its group to attach it to");
            }
        }
        return objects;
    }

    private VocObject object(Shape shape, String name, List<Part> parts) {
        String pose = null;
        Integer truncated = null, difficult = null;
        boolean occluded = shape.isOccluded();
        List<String> labelActions = labelMap.actions(name);
        List<Flag> actions = new ArrayList<>();
        List<Flag> attributes = new ArrayList<>();
        for (AttributeValue attribute : shape.getAttributes()) {
            String key = attribute.getName();
            Object value = attribute.getValue();
            switch (key) {
                case "pose" -> pose = String.valueOf(value);
                case "truncated" -> truncated = truthy(value) ? 1 : 0;
                case "difficult" -> difficult = truthy(value) ? 1 : 0;
                case "occluded" -> occluded |= truthy(value);
                default -> {
                    if (labelActions.contains(key) && key.matches(XML_NAME)) {
                        actions.add(new Flag(key, truthy(value) ? "1" : "0"));
                    } else if (!BUILTIN.contains(key)) {
                        attributes.add(new Flag(key, value == null ? "" : String.valueOf(value)));
                    }
                }
            }
        }
        if (shape.isSetScore()) {
            report.leftOut("score", "Pascal VOC has no confidence scores");
        }
        return new VocObject(name, bounds(shape), pose, truncated, difficult, occluded, parts, actions, attributes);
    }

    private static boolean truthy(Object value) {
        return switch (value) {
            case null -> false;
            case Boolean flag -> flag;
            case Number number -> number.doubleValue() != 0;
            default -> {
                String text = value.toString().trim();
                yield text.equals("1") || text.equalsIgnoreCase("true");
            }
        };
    }

    /** x1, y1, x2, y2 of the shape's axis-aligned bounding box. */
    static float[] bounds(Shape shape) {
        Coordinates points = shape.getPoints() == null ? Coordinates.EMPTY : shape.getPoints();
        if (points.size() < 4) {
            return new float[4];
        }
        double angle = Math.toRadians(shape.getRotation());
        return switch (shape.getType()) {
            case RECTANGLE -> {
                if (shape.getRotation() % 360 == 0) {
                    yield new float[] { points.get(0), points.get(1), points.get(2), points.get(3) };
                }
                double cx = (points.get(0) + points.get(2)) / 2.0, cy = (points.get(1) + points.get(3)) / 2.0;
                double hw = (points.get(2) - points.get(0)) / 2.0, hh = (points.get(3) - points.get(1)) / 2.0;
                yield centred(cx, cy, Math.abs(hw * Math.cos(angle)) + Math.abs(hh * Math.sin(angle)),
                        Math.abs(hw * Math.sin(angle)) + Math.abs(hh * Math.cos(angle)));
            }
            case ELLIPSE -> {
                double rx = points.get(2), ry = points.get(3);
                yield centred(points.get(0), points.get(1), Math.hypot(rx * Math.cos(angle), ry * Math.sin(angle)),
                        Math.hypot(rx * Math.sin(angle), ry * Math.cos(angle)));
            }
            case MASK -> {
                float left = points.get(0), top = points.get(1);
                yield shape.getMask() == null ? new float[] { left, top, points.get(2) + 1, points.get(3) + 1 }
                        : new float[] { left, top, left + shape.getMask().width(), top + shape.getMask().height() };
            }
            default -> {
                float[] box = points.bounds();
                yield new float[] { box[0], box[1], box[2], box[3] };
            }
        };
    }

    private static float[] centred(double cx, double cy, double halfWidth, double halfHeight) {
        return new float[] { (float) (cx - halfWidth), (float) (cy - halfHeight), (float) (cx + halfWidth), (float) (cy + halfHeight) };
    }

    /** Paints the masks (by z-order, later on top). */
    private void paintMasks(String id, List<Shape> masks, int width, int height) throws IOException {
        if (width <= 0 || height <= 0) {
            masks.forEach(m -> report.leftOut("mask", "the image size is unknown, so no mask PNG can be drawn"));
            return;
        }
        masks.sort(Comparator.comparingInt(Shape::getZOrder));
        MaskPainter painter = new MaskPainter(width, height);
        int instance = 0;
        for (Shape mask : masks) {
            int index = index(mask.getLabel());
            if (index < 0 || index > 255 || mask.getMask() == null || mask.getPoints() == null || mask.getPoints().size() < 2) {
                report.leftOut("mask", index > 255 ? "VOC masks hold label indices up to 255"
                        : index < 0 ? "its label is not in the VOC label map" : "it has no pixels");
                continue;
            }
            if (instance == 255) {
                report.leftOut("mask", "VOC instance masks hold at most 255 instances per image");
                continue;
            }
            painter.add(new Layer(mask.getMask(), Math.round(mask.getPoints().get(0)), Math.round(mask.getPoints().get(1)), index,
                    ++instance));
            report.written("mask");
        }
        if (instance == 0) {
            return;
        }
        Path classFile = StagedOutput.inside(folder.resolve(VocMaskReader.CLASS_FOLDER), id + ".png");
        Path instanceFile = StagedOutput.inside(folder.resolve(VocMaskReader.INSTANCE_FOLDER), id + ".png");
        byte[][] pngs = painter.paint(classPalette, instancePalette);
        files.write(CLASS_MASK_LANE, classFile, pngs[0]);
        files.write(INSTANCE_MASK_LANE, instanceFile, pngs[1]);
    }

    /** What a mask contributes to an item's fingerprint: label, place and pixels. */
    private static int fingerprint(Shape mask) {
        return java.util.Objects.hash(mask.getLabel() == null ? null : mask.getLabel().getName(), mask.getPoints(), mask.getMask(),
                mask.getZOrder());
    }

    private int index(Label label) {
        if (label == null) {
            return -1;
        }
        return indexByLabel.computeIfAbsent(label, l -> labelMap.indexOf(l.getName()));
    }

    private static String extension(Media media) {
        if (media == null || media.getPath() == null) {
            return ".jpg";
        }
        String name = Path.of(media.getPath()).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) : ".jpg";
    }
}
