package io.annolab.formats.coco;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

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
import io.annolab.model.Annotation;
import io.annolab.model.AttributeValue;
import io.annolab.model.Caption;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Media;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Tag;
import io.annolab.model.Track;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;
import io.annolab.model.values.PointVisibility;

/**
 * Writes the COCO family as Datumaro does: {@code annotations/<task>_<subset>.json} per subset
 * and task, one COCO annotation per instance (a group of box, polygons, mask and keypoints), RLE
 * in pycocotools' encoding. Items stream through; each file is assembled at the end from
 * fragments. Whatever a task cannot hold is counted in the report as left out.
 */
final class CocoExporter implements DatasetExporter {

    static final String SAVE_MEDIA = "save-media";
    static final String SEGMENTATION_MODE = "segmentation-mode";
    static final String REINDEX = "reindex";
    static final String ALLOW_ATTRIBUTES = "allow-attributes";
    static final String TASKS = "tasks";

    private final String formatId;
    private final Set<CocoTask> tasks;
    private final boolean family;

    CocoExporter(String formatId, Set<CocoTask> tasks, boolean family) {
        this.formatId = formatId;
        this.tasks = tasks;
        this.family = family;
    }

    @Override
    public List<FormatOption> options() {
        return List.of(FormatOption.flag(SAVE_MEDIA, "Copy the images to images/<subset>/"),
                FormatOption.value(SEGMENTATION_MODE, "guess",
                        "guess (is_crowd decides: RLE for crowds, else polygons), polygons, or mask (RLE for every segmentation)"),
                FormatOption.flag(REINDEX, "Number images and annotations from 1 instead of keeping their ids"),
                FormatOption.value(ALLOW_ATTRIBUTES, "true", "Write annotation attributes under 'attributes'"),
                FormatOption.value(TASKS, "", "Comma-separated tasks to write (default: all of this format's)"));
    }

    @Override
    public void export(DatasetSource source, Path target, FormatOptions options, ExportReport report, IProgressMonitor monitor)
            throws IOException {
        Settings settings = settings(options);
        long size = source.sizeHint();
        SubMonitor progress = SubMonitor.convert(monitor, "Writing " + formatId, size > 0 ? (int) Math.min(size, Integer.MAX_VALUE) : 1000);
        try (StagedOutput staged = StagedOutput.forFolder(target); ItemCursor items = source.items()) {
            Path fragments = Files.createDirectories(staged.folder().resolve(".fragments"));
            CocoCategories categories = new CocoCategories(source.header().getLabels(), settings.reindex);
            Map<String, Map<CocoTask, CocoTaskFile>> files = new LinkedHashMap<>();
            Map<String, Long> nextImageId = new HashMap<>();
            try {
                for (DatasetItem item = items.next(); item != null; item = items.next()) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    Map<CocoTask, CocoTaskFile> subsetFiles = files.get(item.getSubset());
                    if (subsetFiles == null) {
                        subsetFiles = new EnumMap<>(CocoTask.class);
                        for (CocoTask task : settings.tasks) {
                            subsetFiles.put(task, new CocoTaskFile(task, item.getSubset(), fragments));
                        }
                        files.put(item.getSubset(), subsetFiles);
                    }
                    new ItemWriter(item, categories, settings, report, staged.folder()).write(subsetFiles, nextImageId);
                    progress.setWorkRemaining(size > 0 ? (int) Math.max(1, size - report.items()) : 1000);
                    progress.worked(1);
                }
                for (Map<CocoTask, CocoTaskFile> subsetFiles : files.values()) {
                    for (CocoTaskFile file : subsetFiles.values()) {
                        boolean keep = settings.explicit || file.task == CocoTask.IMAGE_INFO || file.annotationCount > 0;
                        if (keep) {
                            file.finish(categories.header(file.task), staged.folder().resolve("annotations")
                                    .resolve(file.task.prefix() + "_" + file.subset + ".json"));
                        } else {
                            file.discard();
                        }
                    }
                }
            } finally {
                for (Map<CocoTask, CocoTaskFile> subsetFiles : files.values()) {
                    for (CocoTaskFile file : subsetFiles.values()) {
                        file.close();
                    }
                }
            }
            StagedOutputCleanup.deleteTree(fragments);
            staged.commit();
        }
    }

    private Settings settings(FormatOptions options) throws AnnolabException {
        String mode = options.get(SEGMENTATION_MODE, "guess");
        if (!List.of("guess", "polygons", "mask").contains(mode)) {
            throw new AnnolabException("unknown --segmentation-mode '" + mode + "'", null, "Use guess, polygons or mask");
        }
        String taskList = options.get(TASKS, "").trim();
        Set<CocoTask> selected;
        boolean explicit = !family;
        if (taskList.isEmpty()) {
            selected = EnumSet.copyOf(tasks);
            if (family) {
                // Stuff and panoptic would repeat every instance as a mask; ask for them with --tasks.
                selected.removeAll(EnumSet.of(CocoTask.STUFF, CocoTask.PANOPTIC));
            }
        } else {
            selected = EnumSet.noneOf(CocoTask.class);
            for (String name : taskList.split(",")) {
                CocoTask task = CocoTask.ofPrefix(name.trim());
                if (task == null || !tasks.contains(task)) {
                    throw new AnnolabException("--tasks names '" + name.trim() + "', which " + formatId + " does not write", null,
                            "Choose among " + tasks.stream().map(CocoTask::prefix).toList());
                }
                selected.add(task);
            }
            explicit = true;
        }
        return new Settings(selected, explicit, options.flag(SAVE_MEDIA), mode, options.flag(REINDEX),
                !options.get(ALLOW_ATTRIBUTES, "true").equalsIgnoreCase("false"), formatId);
    }

    record Settings(Set<CocoTask> tasks, boolean explicit, boolean saveMedia, String mode, boolean reindex, boolean attributes,
            String formatId) {
    }

    /** Writes one item into every task file of its subset. */
    private static final class ItemWriter {
        private final DatasetItem item;
        private final CocoCategories categories;
        private final Settings settings;
        private final ExportReport report;
        private final Path output;
        private final List<Shape> instanceShapes = new ArrayList<>();
        private final List<Tag> tags = new ArrayList<>();
        private final List<Caption> captions = new ArrayList<>();
        private int height;
        private int width;
        private long imageId;

        ItemWriter(DatasetItem item, CocoCategories categories, Settings settings, ExportReport report, Path output) {
            this.item = item;
            this.categories = categories;
            this.settings = settings;
            this.report = report;
            this.output = output;
        }

        void write(Map<CocoTask, CocoTaskFile> files, Map<String, Long> nextImageIds) throws IOException {
            report.item();
            Set<CocoTask> t = settings.tasks;
            boolean shapesFit = t.contains(CocoTask.INSTANCES) || t.contains(CocoTask.PERSON_KEYPOINTS) || t.contains(CocoTask.STUFF);
            for (Annotation annotation : item.getAnnotations()) {
                if (annotation instanceof Tag tag) {
                    collect(t.contains(CocoTask.LABELS), tag, tags, "label");
                } else if (annotation instanceof Caption caption) {
                    collect(t.contains(CocoTask.CAPTIONS), caption, captions, "caption");
                } else if (annotation instanceof Track track) {
                    report.leftOut(track.getType().getLiteral() + " track", "COCO holds no tracks; export the frames as shapes");
                } else if (annotation instanceof Shape shape && shape.isOutside()) {
                    report.leftOut("outside track frame", "the object is not visible there; COCO lists visible objects only");
                } else if (annotation instanceof Shape shape) {
                    shape(shape, t, shapesFit);
                }
            }
            Media media = item.getMedia();
            width = media == null ? 0 : media.getWidth();
            height = media == null ? 0 : media.getHeight();
            if (width <= 0 || height <= 0) {
                extentFromShapes();
            }
            imageId = imageId(nextImageIds);
            String fileName = fileName();
            copyMedia(fileName);
            List<CocoInstance> instances = CocoInstance.group(instanceShapes);
            for (CocoTaskFile file : files.values()) {
                image(file.images, fileName);
                switch (file.task) {
                    case INSTANCES, STUFF, PERSON_KEYPOINTS -> instances(file, instances);
                    case LABELS -> labels(file);
                    case CAPTIONS -> captions(file);
                    case PANOPTIC -> panoptic(file);
                    case IMAGE_INFO -> {
                    }
                }
            }
        }

        private <T extends Annotation> void collect(boolean fits, T annotation, List<T> into, String kind) {
            if (fits) {
                into.add(annotation);
                report.written(kind);
            } else {
                report.leftOut(kind, settings.formatId + " holds no " + kind + "s");
            }
        }

        private void shape(Shape shape, Set<CocoTask> t, boolean shapesFit) {
            String kind = shape.getType().getLiteral();
            boolean fits = switch (shape.getType()) {
                case RECTANGLE, POLYGON -> shapesFit;
                case MASK -> shapesFit || t.contains(CocoTask.PANOPTIC);
                case POINTS, SKELETON -> t.contains(CocoTask.PERSON_KEYPOINTS);
                default -> false;
            };
            if (!fits) {
                report.leftOut(kind, shape.getType() == ShapeType.POLYLINE || shape.getType() == ShapeType.ELLIPSE
                        || shape.getType() == ShapeType.CUBOID || shape.getType() == ShapeType.CUBOID3D ? "COCO has no " + kind + "s"
                        : settings.formatId + " holds no " + kind + "s");
                return;
            }
            if (shape.getType() == ShapeType.RECTANGLE && shape.getRotation() != 0) {
                kind = "polygon (from a rotated rectangle)";
            }
            report.written(kind);
            instanceShapes.add(shape);
        }

        private void extentFromShapes() {
            float right = 0, bottom = 0;
            for (Shape shape : instanceShapes) {
                if (shape.getPoints() != null && !shape.getPoints().isEmpty()) {
                    float[] b = shape.getPoints().bounds();
                    right = Math.max(right, b[2] + (shape.getType() == ShapeType.MASK ? 1 : 0));
                    bottom = Math.max(bottom, b[3] + (shape.getType() == ShapeType.MASK ? 1 : 0));
                }
            }
            width = width > 0 ? width : (int) Math.ceil(right);
            height = height > 0 ? height : (int) Math.ceil(bottom);
        }

        private long imageId(Map<String, Long> nextImageIds) {
            long next = nextImageIds.getOrDefault(item.getSubset(), 1L);
            long id = next;
            if (!settings.reindex) {
                for (AttributeValue attribute : item.getAttributes()) {
                    if (attribute.getName().equals("id") && attribute.getValue() != null) {
                        Object value = attribute.getValue();
                        try {
                            long own = value instanceof Number n ? n.longValue() : Long.parseLong(value.toString());
                            if (own > 0) {
                                id = own;
                            }
                        } catch (NumberFormatException e) {
                            // a non-numeric id cannot be a COCO image id: number it instead
                        }
                    }
                }
            }
            nextImageIds.put(item.getSubset(), Math.max(next, id + 1));
            return id;
        }

        private String fileName() {
            Media media = item.getMedia();
            String extension = ".jpg";
            if (media != null && media.getPath() != null) {
                String name = Path.of(media.getPath()).getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (dot > 0) {
                    extension = name.substring(dot);
                }
            }
            return item.getId() + extension;
        }

        private void copyMedia(String fileName) throws IOException {
            if (!settings.saveMedia) {
                return;
            }
            Media media = item.getMedia();
            Path image = media == null || media.getPath() == null ? null : Path.of(media.getPath());
            if (image == null || !Files.isRegularFile(image)) {
                report.leftOut("image file", "missing on disk");
                return;
            }
            Path destination = StagedOutput.inside(output, "images/" + item.getSubset() + "/" + fileName);
            Files.createDirectories(destination.getParent());
            Files.copy(image, destination, StandardCopyOption.REPLACE_EXISTING);
        }

        private void image(JsonGenerator g, String fileName) throws IOException {
            g.writeStartObject();
            g.writeNumberField("id", imageId);
            g.writeNumberField("width", width);
            g.writeNumberField("height", height);
            g.writeStringField("file_name", fileName);
            g.writeNumberField("license", 0);
            g.writeStringField("flickr_url", "");
            g.writeStringField("coco_url", "");
            g.writeNumberField("date_captured", 0);
            g.writeEndObject();
        }

        private void labels(CocoTaskFile file) throws IOException {
            for (Tag tag : tags) {
                JsonGenerator g = file.annotations;
                g.writeStartObject();
                g.writeNumberField("id", file.idFor(tag.getId(), settings.reindex));
                g.writeNumberField("image_id", imageId);
                g.writeNumberField("category_id", categories.idOf(tag.getLabel()));
                extras(g, tag);
                g.writeEndObject();
                file.annotationCount++;
            }
        }

        private void captions(CocoTaskFile file) throws IOException {
            for (Caption caption : captions) {
                JsonGenerator g = file.annotations;
                g.writeStartObject();
                g.writeNumberField("id", file.idFor(caption.getId(), settings.reindex));
                g.writeNumberField("image_id", imageId);
                g.writeNumberField("category_id", 0);
                g.writeStringField("caption", caption.getText() == null ? "" : caption.getText());
                extras(g, caption);
                g.writeEndObject();
                file.annotationCount++;
            }
        }

        /** Score and free attributes (never is_crowd, which is COCO's iscrowd). */
        private void extras(JsonGenerator g, Annotation annotation) throws IOException {
            if (annotation.isSetScore()) {
                g.writeNumberField("score", annotation.getScore());
            }
            if (!settings.attributes) {
                return;
            }
            boolean open = false;
            for (AttributeValue attribute : annotation.getAttributes()) {
                if (attribute.getName().equals("is_crowd") || attribute.getName().equals("score")) {
                    continue;
                }
                if (!open) {
                    g.writeObjectFieldStart("attributes");
                    open = true;
                }
                Object value = attribute.getValue();
                g.writeFieldName(attribute.getName());
                switch (value) {
                    case null -> g.writeNull();
                    case Boolean b -> g.writeBoolean(b);
                    case Long l -> g.writeNumber(l);
                    case Integer i -> g.writeNumber(i);
                    case Double d -> g.writeNumber(d);
                    case Float f -> g.writeNumber(f);
                    default -> g.writeString(value.toString());
                }
            }
            if (open) {
                g.writeEndObject();
            }
        }

        private void instances(CocoTaskFile file, List<CocoInstance> instances) throws IOException {
            boolean keypoints = file.task == CocoTask.PERSON_KEYPOINTS;
            String mode = file.task == CocoTask.STUFF ? "mask" : settings.mode;
            for (CocoInstance instance : instances) {
                if (!instance.hasGeometry() && !keypoints) {
                    continue;
                }
                if (keypoints) {
                    for (int i = 0; i < instance.extraPoints.size(); i++) {
                        report.leftOut("points", "a COCO object holds one keypoint set; the group had more");
                    }
                }
                new InstanceJson(instance, mode, file.task == CocoTask.STUFF).write(file, keypoints);
            }
        }

        /** One COCO object of one task file. */
        private final class InstanceJson {
            private final CocoInstance instance;
            private final String mode;
            private final boolean rasterizeBoxes;

            InstanceJson(CocoInstance instance, String mode, boolean rasterizeBoxes) {
                this.instance = instance;
                this.mode = mode;
                this.rasterizeBoxes = rasterizeBoxes;
            }

            void write(CocoTaskFile file, boolean keypoints) throws IOException {
                Boolean crowd = instance.crowdAttribute();
                boolean hasMasks = !instance.masks.isEmpty(), hasPolygons = !instance.polygons.isEmpty();
                boolean useMask = switch (mode) {
                    case "mask" -> hasMasks || hasPolygons || (rasterizeBoxes && !instance.boxes.isEmpty());
                    case "polygons" -> hasMasks; // masks cannot be traced back into polygons: they stay RLE
                    default -> hasMasks || (crowd != null ? crowd && hasPolygons : false);
                };
                JsonGenerator g = file.annotations;
                Annotation leader = instance.leader();
                g.writeStartObject();
                g.writeNumberField("id", file.idFor(leader.getId(), settings.reindex));
                g.writeNumberField("image_id", imageId);
                g.writeNumberField("category_id", categories.idOf(instance.label()));
                double area;
                double[] bbox;
                g.writeFieldName("segmentation");
                if (useMask) {
                    int[] counts = rle();
                    g.writeStartObject();
                    g.writeArrayFieldStart("counts");
                    for (int count : counts) {
                        g.writeNumber(count);
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("size");
                    g.writeNumber(height);
                    g.writeNumber(width);
                    g.writeEndArray();
                    g.writeEndObject();
                    area = CocoRle.area(counts);
                    bbox = CocoRle.bbox(counts, height);
                } else {
                    g.writeStartArray();
                    area = 0;
                    for (float[] polygon : instance.polygons) {
                        g.writeStartArray();
                        for (float v : polygon) {
                            g.writeNumber(v);
                        }
                        g.writeEndArray();
                        area += shoelace(polygon);
                    }
                    g.writeEndArray();
                    bbox = bounds();
                    if (!hasPolygons) {
                        area = bbox[2] * bbox[3];
                    }
                }
                g.writeNumberField("area", area);
                g.writeArrayFieldStart("bbox");
                for (double v : bbox) {
                    g.writeNumber((float) v);
                }
                g.writeEndArray();
                g.writeNumberField("iscrowd", (crowd != null ? crowd : useMask) ? 1 : 0);
                if (keypoints) {
                    keypoints(g);
                }
                extras(g, leader);
                g.writeEndObject();
                file.annotationCount++;
            }

            private int[] rle() {
                List<int[]> parts = new ArrayList<>();
                for (float[] polygon : instance.polygons) {
                    double[] xy = new double[polygon.length];
                    for (int i = 0; i < xy.length; i++) {
                        xy[i] = polygon[i];
                    }
                    parts.add(CocoRle.fromPolygon(xy, height, width));
                }
                for (Shape mask : instance.masks) {
                    MaskRle rle = mask.getMask() == null ? MaskRle.of(0, 0) : mask.getMask();
                    Coordinates box = mask.getPoints() == null || mask.getPoints().isEmpty() ? Coordinates.of(0f, 0f) : mask.getPoints();
                    parts.add(CocoRle.fromMask(Math.round(box.get(0)), Math.round(box.get(1)), rle, height, width));
                }
                if (rasterizeBoxes) {
                    for (Shape box : instance.boxes) {
                        Coordinates p = box.getPoints();
                        parts.add(CocoRle.fromPolygon(new double[] { p.get(0), p.get(1), p.get(0), p.get(3), p.get(2), p.get(3), p.get(2),
                                p.get(1) }, height, width));
                    }
                }
                return parts.isEmpty() ? new int[] { height * width } : CocoRle.union(parts, height, width);
            }

            /** x, y, w, h of every box, polygon and mask of the object, or of its visible keypoints when it has none. */
            private double[] bounds() {
                double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
                List<float[]> all = new ArrayList<>(instance.polygons);
                for (Shape box : instance.boxes) {
                    all.add(box.getPoints().toArray());
                }
                for (Shape mask : instance.masks) {
                    float[] b = mask.getPoints().bounds();
                    all.add(new float[] { b[0], b[1], b[2] + 1, b[3] + 1 });
                }
                if (all.isEmpty() && instance.points != null) {
                    float[] k = keypointArray();
                    for (int i = 0; i < k.length; i += 3) {
                        if (k[i + 2] > 0) {
                            all.add(new float[] { k[i], k[i + 1] });
                        }
                    }
                }
                for (float[] xy : all) {
                    for (int i = 0; i + 1 < xy.length; i += 2) {
                        minX = Math.min(minX, xy[i]);
                        maxX = Math.max(maxX, xy[i]);
                        minY = Math.min(minY, xy[i + 1]);
                        maxY = Math.max(maxY, xy[i + 1]);
                    }
                }
                return all.isEmpty() || minX > maxX ? new double[4] : new double[] { minX, minY, maxX - minX, maxY - minY };
            }

            private void keypoints(JsonGenerator g) throws IOException {
                float[] k = keypointArray();
                g.writeArrayFieldStart("keypoints");
                int visible = 0;
                for (int i = 0; i < k.length; i++) {
                    if (i % 3 == 2) {
                        g.writeNumber((int) k[i]);
                        visible += k[i] > 0 ? 1 : 0;
                    } else {
                        g.writeNumber(k[i]);
                    }
                }
                g.writeEndArray();
                g.writeNumberField("num_keypoints", visible);
            }

            /** x, y, v triplets; skeleton elements are placed by their label's position among the skeleton's points. */
            private float[] keypointArray() {
                Shape points = instance.points;
                if (points == null) {
                    return new float[0];
                }
                if (points.getType() == ShapeType.POINTS) {
                    Coordinates xy = points.getPoints();
                    PointVisibility visibility = points.getVisibility();
                    float[] k = new float[xy.pointCount() * 3];
                    for (int i = 0; i < xy.pointCount(); i++) {
                        k[i * 3] = xy.x(i);
                        k[i * 3 + 1] = xy.y(i);
                        k[i * 3 + 2] = visibility == null || i >= visibility.size() ? PointVisibility.VISIBLE : visibility.get(i);
                    }
                    return k;
                }
                List<Label> names = points.getLabel() == null ? List.of() : points.getLabel().getSublabels();
                int count = Math.max(names.size(), points.getElements().size());
                float[] k = new float[count * 3];
                int position = 0;
                for (Shape element : points.getElements()) {
                    int at = element.getLabel() != null && names.contains(element.getLabel()) ? names.indexOf(element.getLabel()) : position;
                    position++;
                    if (at >= count || element.getPoints() == null || element.getPoints().size() < 2) {
                        continue;
                    }
                    k[at * 3] = element.getPoints().get(0);
                    k[at * 3 + 1] = element.getPoints().get(1);
                    k[at * 3 + 2] = element.isOutside() ? PointVisibility.ABSENT
                            : element.getVisibility() != null && element.getVisibility().size() > 0 ? element.getVisibility().get(0)
                            : element.isOccluded() ? PointVisibility.HIDDEN : PointVisibility.VISIBLE;
                }
                return k;
            }
        }

        private void panoptic(CocoTaskFile file) throws IOException {
            List<Shape> masks = instanceShapes.stream().filter(s -> s.getType() == ShapeType.MASK).toList();
            int[] ids = new int[width * height];
            JsonGenerator g = file.annotations;
            g.writeStartObject();
            g.writeNumberField("image_id", imageId);
            String png = item.getId() + ".png";
            g.writeStringField("file_name", png);
            g.writeArrayFieldStart("segments_info");
            Set<Long> used = new java.util.HashSet<>();
            long next = 1;
            for (Shape mask : masks) {
                long id = mask.getId() > 0 && mask.getId() < (1 << 24) && !used.contains(mask.getId()) ? mask.getId() : 0;
                while (id == 0 || used.contains(id)) {
                    id = next++;
                }
                used.add(id);
                int[] counts = CocoRle.fromMask(Math.round(mask.getPoints().get(0)), Math.round(mask.getPoints().get(1)), mask.getMask(),
                        height, width);
                int position = 0;
                for (int i = 0; i < counts.length; i++) {
                    if ((i & 1) == 1) {
                        for (int t = position; t < position + counts[i]; t++) {
                            ids[(t % height) * width + t / height] = (int) id; // later masks cover earlier ones
                        }
                    }
                    position += counts[i];
                }
                double[] bbox = CocoRle.bbox(counts, height);
                g.writeStartObject();
                g.writeNumberField("id", id);
                g.writeNumberField("category_id", categories.idOf(mask.getLabel()));
                g.writeNumberField("area", CocoRle.area(counts));
                g.writeArrayFieldStart("bbox");
                for (double v : bbox) {
                    g.writeNumber((float) v);
                }
                g.writeEndArray();
                Boolean crowd = crowdOf(mask);
                g.writeNumberField("iscrowd", crowd != null && crowd ? 1 : 0);
                extras(g, mask);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            file.annotationCount += masks.isEmpty() ? 0 : 1;
            BufferedImage picture = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
            for (int p = 0; p < ids.length; p++) {
                int id = ids[p];
                picture.setRGB(p % width, p / width, ((id & 0xff) << 16) | (((id >> 8) & 0xff) << 8) | ((id >> 16) & 0xff));
            }
            Path destination = StagedOutput.inside(output, "annotations/panoptic_" + file.subset + "/" + png);
            Files.createDirectories(destination.getParent());
            ImageIO.write(picture, "png", destination.toFile());
        }

        private static Boolean crowdOf(Annotation annotation) {
            for (AttributeValue attribute : annotation.getAttributes()) {
                if (attribute.getName().equals("is_crowd")) {
                    return Boolean.TRUE.equals(attribute.getValue()) || "true".equals(String.valueOf(attribute.getValue()));
                }
            }
            return null;
        }
    }

    private static double shoelace(float[] xy) {
        double sum = 0;
        int n = xy.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            sum += (double) xy[i * 2] * xy[j * 2 + 1] - (double) xy[j * 2] * xy[i * 2 + 1];
        }
        return Math.abs(sum) / 2;
    }

    /** Deletes the fragment folder before the output is committed. */
    private static final class StagedOutputCleanup {
        static void deleteTree(Path folder) throws IOException {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }
}
