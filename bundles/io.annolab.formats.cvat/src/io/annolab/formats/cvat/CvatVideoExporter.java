package io.annolab.formats.cvat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.annolab.core.api.format.ExportReport;
import io.annolab.model.Annotation;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Media;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Tag;

/**
 * CVAT for video: items are frames (numbered by their "frame" attribute, else by a
 * {@code frame_NNNNNN} id, else in order); their shapes are gathered into tracks by
 * {@link CvatTracks} and written at the end of each subset. Frame images are named
 * {@code frame_NNNNNN}. Tags cannot be written (CVAT for video has none) and are reported.
 */
final class CvatVideoExporter extends CvatExporter {

    private static final Pattern FRAME_ID = Pattern.compile("frame_(\\d{1,9})");

    @Override
    SubsetFile newFile(String subset, String fileStem, Path part, boolean withImages) throws IOException {
        return new VideoFile(subset, fileStem, part, withImages);
    }

    private static final class VideoFile extends SubsetFile {
        private final CvatTracks tracks = new CvatTracks();
        private final TreeSet<Integer> frames = new TreeSet<>();
        private final java.util.Map<DatasetItem, Integer> frameOf = new java.util.IdentityHashMap<>();
        private int width;
        private int height;

        VideoFile(String subset, String fileStem, Path part, boolean withImages) throws IOException {
            super(subset, fileStem, part, withImages);
        }

        @Override
        String imageName(DatasetItem item) {
            Integer frame = frameOf.get(item);
            // Each subset is its own video whose frames restart at 0: its frames go to images/<subset>/.
            return subset + "/" + String.format("frame_%06d", frame == null ? 0 : frame) + extension(item, ".png");
        }

        @Override
        void add(DatasetItem item, ExportReport report) {
            Matcher id = FRAME_ID.matcher(item.getId() == null ? "" : item.getId());
            int frame = frame(item, id.matches() ? Integer.valueOf(id.group(1)) : null);
            frameOf.clear(); // only the current item's image is asked for
            frameOf.put(item, frame);
            frames.add(frame);
            items++;
            if (!id.matches() || Integer.parseInt(id.group(1)) != frame) {
                report.leftOut("item name", "CVAT for video names frames frame_NNNNNN");
            }
            Media media = item.getMedia();
            if (width == 0 && media != null && media.getWidth() > 0 && media.getHeight() > 0) {
                width = media.getWidth();
                height = media.getHeight();
            }
            boolean hasShapes = false;
            for (Annotation annotation : item.getAnnotations()) {
                if (annotation instanceof Shape shape && shape.getType() != ShapeType.CUBOID3D) {
                    tracks.add(shape, frame, report);
                    hasShapes = true;
                } else if (annotation instanceof Shape) {
                    report.leftOut("cuboid_3d", "CVAT XML for 2D tasks has no 3D cuboids");
                } else if (annotation instanceof Tag) {
                    report.leftOut("tag", "CVAT for video has no tags");
                } else {
                    report.leftOut(annotation.eClass().getName().toLowerCase(), "CVAT for video holds tracks of shapes");
                }
            }
            boolean imageWritten = withImages && media != null && media.getPath() != null
                    && java.nio.file.Files.isRegularFile(Path.of(media.getPath()));
            if (!hasShapes && !imageWritten) {
                report.leftOut("frame without shapes or image", "CVAT for video lists only frames that have tracks");
            }
        }

        @Override
        void finishBody(ExportReport report) throws IOException {
            tracks.write(body, new CvatShapeWriter(body, report), subsetAttribute(), step(), frames.isEmpty() ? 0 : frames.last(), report);
        }

        /** The frame step: the smallest gap between frames, 1 when there is none. */
        private int step() {
            int step = 0;
            Integer previous = null;
            for (int frame : frames) {
                if (previous != null && (step == 0 || frame - previous < step)) {
                    step = frame - previous;
                }
                previous = frame;
            }
            return Math.max(1, step);
        }

        @Override
        CvatMetaWriter.Task task(String name, List<Label> labels) {
            int start = frames.isEmpty() ? 0 : frames.first();
            int stop = frames.isEmpty() ? 0 : frames.last();
            int step = step();
            return new CvatMetaWriter.Task(name, subset, true, frames.isEmpty() ? 0 : (stop - start) / step + 1, start, stop, step, labels,
                    width, height);
        }
    }
}
