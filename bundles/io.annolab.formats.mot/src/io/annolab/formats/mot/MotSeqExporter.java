package io.annolab.formats.mot;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import io.annolab.model.values.Coordinates;

/**
 * Writes one MOT ground-truth sequence, as Datumaro's {@code mot_seq_gt}: {@code gt/gt.txt}
 * (a row per box: frame, object id, x, y, w, h, 0 if ignored else 1, class = label index + 1
 * or -1, visibility), {@code gt/labels.txt}, {@code img1/%06d.ext} with --save-media, and
 * {@code seqinfo.ini} when the items are frames 1..N of one size (the only case where it says
 * the truth). A box's {@code track_id} is its object id; boxes without one get fresh ids.
 */
final class MotSeqExporter implements DatasetExporter {

    static final String SAVE_MEDIA = "save-media";

    @Override
    public List<FormatOption> options() {
        return List.of(FormatOption.flag(SAVE_MEDIA, "copy the images into img1/ (otherwise only annotations are written)"));
    }

    @Override
    public void export(DatasetSource source, Path target, FormatOptions options, ExportReport report, IProgressMonitor monitor)
            throws IOException {
        long size = source.sizeHint();
        SubMonitor progress = SubMonitor.convert(monitor, "Writing MOT sequence", size > 0 ? (int) Math.min(size, Integer.MAX_VALUE) : 1000);
        Dataset header = source.header();
        TrackNumbers tracks = TrackNumbers.scan(source, 1, Integer.MAX_VALUE, ShapeType.RECTANGLE);
        Map<Label, Integer> classes = new HashMap<>();
        for (int i = 0; i < header.getLabels().size(); i++) {
            classes.put(header.getLabels().get(i), i + 1);
        }
        boolean saveMedia = options.flag(SAVE_MEDIA);
        try (StagedOutput staged = StagedOutput.forFolder(target); ItemCursor items = source.items()) {
            Path root = staged.folder();
            Path images = Files.createDirectories(root.resolve("img1"));
            Files.createDirectories(root.resolve("gt"));
            SeqInfoWitness seqInfo = new SeqInfoWitness();
            Set<Integer> frames = new HashSet<>();
            try (BufferedWriter gt = Files.newBufferedWriter(root.resolve(MotSequence.GT), StandardCharsets.UTF_8)) {
                int index = 0;
                for (DatasetItem item = items.next(); item != null; item = items.next(), index++) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    report.item();
                    int frame = frameOf(item, index, report);
                    if (!frames.add(frame)) {
                        report.leftOut("item on a frame number another item has", "MOT has one image per frame; its boxes join frame "
                                + frame);
                    }
                    if (!"default".equals(item.getSubset())) {
                        report.leftOut("subset name", "a MOT sequence has no subsets");
                    }
                    for (Annotation annotation : item.getAnnotations()) {
                        writeBox(gt, frame, annotation, classes, tracks, report);
                    }
                    String extension = saveMedia ? copyImage(item, frame, images) : null;
                    seqInfo.see(item, frame, extension);
                    progress.setWorkRemaining(size > 0 ? (int) Math.max(1, size - report.items()) : 1000);
                    progress.worked(1);
                }
            }
            LabelsFile.write(root.resolve("gt/labels.txt"), header);
            SeqInfo info = seqInfo.result(header, frames.size());
            if (info != null) {
                info.write(root.resolve(SeqInfo.FILE));
            }
            staged.commit();
        }
    }

    /** Datumaro's rule: the id when it is a frame number, else the item's position from 1. */
    private static int frameOf(DatasetItem item, int index, ExportReport report) {
        try {
            int frame = Integer.parseInt(item.getId());
            if (frame >= 1) {
                return frame;
            }
        } catch (NumberFormatException e) {
            // not a number: numbered by position below
        }
        report.leftOut("item id that is no frame number", "MOT names frames by number; numbered by position");
        return index + 1;
    }

    private static void writeBox(BufferedWriter gt, int frame, Annotation annotation, Map<Label, Integer> classes, TrackNumbers tracks,
            ExportReport report) throws IOException {
        if (!(annotation instanceof Shape shape) || shape.getType() != ShapeType.RECTANGLE) {
            String kind = annotation instanceof Shape shape ? shape.getType().getLiteral() : annotation.eClass().getName().toLowerCase();
            report.leftOut(kind, "MOT holds boxes only");
            return;
        }
        if (shape.isOutside()) {
            report.leftOut("rectangle of a track outside the frame", "MOT lists visible boxes only");
            return;
        }
        long id = tracks.idOf(shape);
        if (id < 0) {
            report.leftOut("rectangle", "every MOT object id is taken");
            return;
        }
        if (tracks.wasRenumbered(shape)) {
            report.leftOut("track id outside 1.." + Integer.MAX_VALUE, "MOT object ids are positive; renumbered");
        }
        if (shape.getRotation() != 0) {
            report.leftOut("rotation of a rectangle", "MOT boxes are axis-aligned; written unrotated");
        }
        Coordinates points = shape.getPoints();
        float x1 = points.get(0), y1 = points.get(1), x2 = points.get(2), y2 = points.get(3);
        Integer classId = shape.getLabel() == null ? null : classes.get(shape.getLabel());
        double visibility = AnnotationAttributes.number(shape, "visibility", shape.isOccluded() ? 0 : 1);
        boolean ignored = AnnotationAttributes.flag(shape, "ignored");
        gt.write(frame + "," + id + "," + DecimalText.of(x1) + "," + DecimalText.of(y1) + "," + DecimalText.of(x2 - x1) + ","
                + DecimalText.of(y2 - y1) + "," + (ignored ? 0 : 1) + "," + (classId == null ? -1 : classId) + ","
                + DecimalText.of(visibility) + "\n");
        report.written("rectangle");
    }

    /** Copies the item's image to img1/%06d.ext; its extension, or null when there is no image file to copy. */
    private static String copyImage(DatasetItem item, int frame, Path images) throws IOException {
        Media media = item.getMedia();
        if (media == null || media.getPath() == null || !Files.isRegularFile(Path.of(media.getPath()))) {
            return null; // nothing to carry: the size, when known, travels in seqinfo.ini
        }
        String extension = SeqInfoWitness.extension(media.getPath());
        Files.copy(Path.of(media.getPath()), images.resolve(String.format(java.util.Locale.ROOT, "%06d%s", frame, extension)),
                StandardCopyOption.REPLACE_EXISTING);
        return extension;
    }
}
