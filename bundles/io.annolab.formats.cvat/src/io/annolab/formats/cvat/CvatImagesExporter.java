package io.annolab.formats.cvat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.annolab.core.api.format.ExportReport;
import io.annolab.model.Annotation;
import io.annolab.model.AttributeValue;
import io.annolab.model.Caption;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Media;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Tag;
import io.annolab.model.values.PointVisibility;

/**
 * CVAT for images: one {@code <image>} per item, streamed as items come. Shapes of tracks are
 * written per frame (their track identity is reported as left out, outside frames are not
 * visible and are skipped, as CVAT does); shapes sorted by z_order, then tags (spec §3.6).
 */
final class CvatImagesExporter extends CvatExporter {

    @Override
    SubsetFile newFile(String subset, String fileStem, Path part, boolean withImages) throws IOException {
        return new ImagesFile(subset, fileStem, part, withImages);
    }

    private static final class ImagesFile extends SubsetFile {
        private int minFrame = Integer.MAX_VALUE;
        private int maxFrame = -1;

        ImagesFile(String subset, String fileStem, Path part, boolean withImages) throws IOException {
            super(subset, fileStem, part, withImages);
        }

        @Override
        String imageName(DatasetItem item) {
            return item.getId() + extension(item, ".jpg");
        }

        @Override
        void add(DatasetItem item, ExportReport report) throws IOException {
            int frame = frame(item, null);
            items++;
            minFrame = Math.min(minFrame, frame);
            maxFrame = Math.max(maxFrame, frame);
            Media media = item.getMedia();
            boolean sized = media != null && media.getWidth() > 0 && media.getHeight() > 0;
            body.open("image", "id", Integer.toString(frame), "name", imageName(item), "subset", subsetAttribute(), "width",
                    sized ? Integer.toString(media.getWidth()) : null, "height", sized ? Integer.toString(media.getHeight()) : null);
            CvatShapeWriter writer = new CvatShapeWriter(body, report);
            List<Shape> visible = new ArrayList<>();
            List<Tag> tags = new ArrayList<>();
            for (Annotation annotation : item.getAnnotations()) {
                if (annotation instanceof Tag tag) {
                    tags.add(tag);
                } else if (annotation instanceof Shape shape) {
                    if (writable(shape, report)) {
                        visible.add(shape);
                    }
                } else if (annotation instanceof Caption) {
                    report.leftOut("caption", "CVAT XML has no captions");
                } else {
                    report.leftOut(annotation.eClass().getName().toLowerCase(), "CVAT for images holds shapes and tags of frames");
                }
            }
            visible.sort(Comparator.comparingInt(Shape::getZOrder)); // stable, as CVAT sorts
            for (Shape shape : visible) {
                writer.imageShape(shape);
                report.written(shape.getType().getLiteral());
            }
            for (Tag tag : tags) {
                writer.tag(tag);
                report.written("tag");
            }
            body.close("image");
        }

        private static boolean writable(Shape shape, ExportReport report) {
            if (shape.getType() == ShapeType.CUBOID3D) {
                report.leftOut("cuboid_3d", "CVAT XML for 2D tasks has no 3D cuboids");
                return false;
            }
            boolean tracked = shape.getAttributes().stream().map(AttributeValue::getName).anyMatch(CvatBodyReader.TRACK_ID::equals);
            if (shape.isOutside()) {
                report.leftOut("outside track frame", "not visible; CVAT for images lists visible shapes only");
                return false;
            }
            if (tracked) {
                report.leftOut("track_id and keyframe of a shape", "CVAT for images splits tracks into shapes per frame");
            }
            PointVisibility visibility = shape.getVisibility();
            if (shape.getType() == ShapeType.POINTS && visibility != null) {
                for (int i = 0; i < visibility.size(); i++) {
                    if (visibility.get(i) != PointVisibility.VISIBLE) {
                        report.leftOut("point visibility", "CVAT points shapes have no per-point visibility");
                        break;
                    }
                }
            }
            return true;
        }

        @Override
        CvatMetaWriter.Task task(String name, List<Label> labels) {
            return new CvatMetaWriter.Task(name, subset, false, items, items == 0 ? 0 : minFrame, Math.max(0, maxFrame), 1, labels, 0, 0);
        }
    }
}
