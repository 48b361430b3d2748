package io.annolab.formats.mot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOption;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.format.StagedOutput;
import io.annolab.model.Annotation;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Media;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;

/**
 * Writes MOTS PNG as Datumaro's {@code mots_png}: per subset {@code instances/<id>.png} (16-bit,
 * class * 1000 + instance, class = label index + 1, masks painted in z-order),
 * {@code instances/labels.txt}, and with --save-media {@code images/<id>.<ext>}. A mask's
 * {@code track_id} is its instance (0..999); masks without one get fresh ids. Axis-aligned boxes
 * are written as the masks they cover, as CVAT does. An item without
 * masks still gets an empty PNG, so it survives the trip.
 */
final class MotsExporter implements DatasetExporter {

    static final String SAVE_MEDIA = "save-media";
    private static final int MAX_INSTANCE = MotsMaskReader.INSTANCES_PER_CLASS - 1;
    private static final int MAX_CLASS = 0xFFFF / MotsMaskReader.INSTANCES_PER_CLASS;

    @Override
    public List<FormatOption> options() {
        return List.of(FormatOption.flag(SAVE_MEDIA, "copy the images into <subset>/images/ (otherwise only masks are written)"));
    }

    @Override
    public void export(DatasetSource source, Path target, FormatOptions options, ExportReport report, IProgressMonitor monitor)
            throws IOException {
        long size = source.sizeHint();
        SubMonitor progress = SubMonitor.convert(monitor, "Writing MOTS masks", size > 0 ? (int) Math.min(size, Integer.MAX_VALUE) : 1000);
        Dataset header = source.header();
        TrackNumbers tracks = TrackNumbers.scan(source, 0, MAX_INSTANCE, ShapeType.MASK, ShapeType.RECTANGLE);
        Map<Label, Integer> classes = new HashMap<>();
        for (int i = 0; i < header.getLabels().size(); i++) {
            classes.put(header.getLabels().get(i), i + 1);
        }
        boolean saveMedia = options.flag(SAVE_MEDIA);
        try (StagedOutput staged = StagedOutput.forFolder(target); ItemCursor items = source.items()) {
            Set<String> subsets = new HashSet<>();
            for (DatasetItem item = items.next(); item != null; item = items.next()) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                report.item();
                Path subset = StagedOutput.inside(staged.folder(), item.getSubset());
                Path instances = subset.resolve(MotsImporter.INSTANCES);
                if (subsets.add(item.getSubset())) {
                    LabelsFile.write(instances.resolve("labels.txt"), header);
                }
                writeMasks(item, instances, classes, tracks, report);
                if (saveMedia) {
                    copyImage(item, subset.resolve(MotsImporter.IMAGES));
                }
                progress.setWorkRemaining(size > 0 ? (int) Math.max(1, size - report.items()) : 1000);
                progress.worked(1);
            }
            staged.commit();
        }
    }

    private static void writeMasks(DatasetItem item, Path instances, Map<Label, Integer> classes, TrackNumbers tracks, ExportReport report)
            throws IOException {
        List<Shape> masks = new ArrayList<>();
        for (Annotation annotation : item.getAnnotations()) {
            if (annotation instanceof Shape shape && shape.getType() == ShapeType.MASK && shape.isOutside()) {
                report.leftOut("mask of a track outside the frame", "MOTS lists visible masks only");
            } else if (annotation instanceof Shape shape && shape.getType() == ShapeType.MASK && shape.getMask() != null) {
                masks.add(shape);
            } else if (annotation instanceof Shape shape && shape.getType() == ShapeType.RECTANGLE && shape.getRotation() == 0
                    && !shape.isOutside()) {
                masks.add(BoxMasks.of(shape)); // CVAT exports boxes to MOTS as the masks they cover
            } else {
                String kind = annotation instanceof Shape shape ? shape.getType().getLiteral() : annotation.eClass().getName().toLowerCase();
                report.leftOut(kind, "MOTS holds masks only");
            }
        }
        masks.sort(Comparator.comparingInt(Shape::getZOrder)); // stable: equal z keeps the item's order, later on top
        Media media = item.getMedia();
        InstancePng png = new InstancePng(media == null ? 0 : media.getWidth(), media == null ? 0 : media.getHeight());
        List<Integer> values = new ArrayList<>();
        List<Shape> painted = new ArrayList<>();
        for (Shape mask : masks) {
            Integer classId = mask.getLabel() == null ? null : classes.get(mask.getLabel());
            if (classId == null) {
                report.leftOut("mask without a label", "a MOTS pixel value is class * 1000 + instance");
                continue;
            }
            if (classId > MAX_CLASS) {
                report.leftOut("mask of label " + classId, "a 16-bit MOTS PNG holds classes 1.." + MAX_CLASS);
                continue;
            }
            long instance = tracks.idOf(mask);
            if (instance < 0) {
                report.leftOut("mask", "all MOTS instance ids 0.." + MAX_INSTANCE + " are taken");
                continue;
            }
            if (tracks.wasRenumbered(mask)) {
                report.leftOut("track id outside 0.." + MAX_INSTANCE, "MOTS instance ids are 0.." + MAX_INSTANCE + "; renumbered");
            }
            png.include(mask);
            painted.add(mask);
            values.add(classId * MotsMaskReader.INSTANCES_PER_CLASS + (int) instance);
        }
        if (png.isEmpty()) {
            report.leftOut("item without masks or image size", "MOTS lists items by their mask PNG");
            return;
        }
        png.allocate(instances);
        for (int i = 0; i < painted.size(); i++) {
            InstancePng.Painted result = png.paint(painted.get(i), values.get(i));
            if (result.outside() > 0) {
                report.leftOut("mask pixels left of or above the image", "a PNG starts at (0, 0)");
            }
            if (result.covered() > 0) {
                report.leftOut("mask pixels under a later mask", "a MOTS PNG holds one object per pixel");
            }
            report.written(painted.get(i).eContainer() == null ? "mask (from a rectangle)" : "mask");
        }
        png.write(StagedOutput.inside(instances, item.getId() + ".png"));
    }

    private static void copyImage(DatasetItem item, Path images) throws IOException {
        Media media = item.getMedia();
        if (media == null || media.getPath() == null || !Files.isRegularFile(Path.of(media.getPath()))) {
            return; // no pixels to carry
        }
        Path destination = StagedOutput.inside(images, item.getId() + SeqInfoWitness.extension(media.getPath()));
        Files.createDirectories(destination.getParent());
        Files.copy(Path.of(media.getPath()), destination, StandardCopyOption.REPLACE_EXISTING);
    }
}
