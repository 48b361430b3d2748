package io.annolab.formats.mot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.annolab.core.api.image.ImageHeaders;
import io.annolab.core.api.image.ImageSize;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;

/** Builds one MOT frame's item from the checked rows, when the cursor asks for it. */
final class MotFrames {

    /** The dataset attribute holding seqinfo.ini's frame rate, so an export can write it back. */
    static final String FRAME_RATE = "frame_rate";

    private final Dataset header;
    private final MotRows rows;
    private final boolean groundTruth;
    private final float occlusionThreshold;
    private final SeqInfo seqInfo;
    private final Path imageDir;
    private final Map<Integer, Path> images;

    MotFrames(Dataset header, MotRows rows, boolean groundTruth, float occlusionThreshold, SeqInfo seqInfo, Path imageDir,
            Map<Integer, Path> images) {
        this.header = header;
        this.rows = rows;
        this.groundTruth = groundTruth;
        this.occlusionThreshold = occlusionThreshold;
        this.seqInfo = seqInfo;
        this.imageDir = imageDir;
        this.images = images;
    }

    DatasetItem item(int frame) throws IOException {
        DatasetItem item = ModelFactory.eINSTANCE.createDatasetItem();
        Path image = images.get(frame);
        // Datumaro keeps an image's own name as the id (000001) and the bare number otherwise.
        item.setId(image != null ? io.annolab.core.api.image.ImageFiles.stripExtension(image.getFileName().toString())
                : Integer.toString(frame));
        if (seqInfo != null) {
            item.setMedia(media(imageDir.resolve(seqInfo.frameName(frame)), new ImageSize(seqInfo.width(), seqInfo.height())));
        } else if (image != null) {
            item.setMedia(media(image, Files.isRegularFile(image) ? ImageHeaders.readSize(image) : null));
        }
        for (int position = rows.firstOf(frame), row = rows.row(position, frame); row >= 0; row = rows.row(++position, frame)) {
            item.getAnnotations().add(box(row));
        }
        return item;
    }

    private static Media media(Path path, ImageSize size) {
        Media media = ModelFactory.eINSTANCE.createMedia();
        media.setType(MediaType.IMAGE);
        media.setPath(path.toAbsolutePath().normalize().toString());
        if (size != null) {
            media.setWidth(size.width());
            media.setHeight(size.height());
        }
        return media;
    }

    private Shape box(int row) {
        Shape shape = ModelFactory.eINSTANCE.createShape();
        shape.setType(ShapeType.RECTANGLE);
        float x = rows.x(row), y = rows.y(row);
        shape.setPoints(Coordinates.of(x, y, x + rows.w(row), y + rows.h(row)));
        if (rows.classId(row) > 0) {
            shape.setLabel(header.getLabels().get(rows.classId(row) - 1));
        }
        if (rows.track(row) > 0) { // detections (-1) belong to no track
            AnnotationAttributes.put(shape, AnnotationAttributes.TRACK_ID, (long) rows.track(row));
        }
        if (groundTruth) {
            float visibility = rows.visibility(row);
            AnnotationAttributes.put(shape, "visibility", (double) visibility);
            AnnotationAttributes.put(shape, "ignored", rows.confidence(row) == 0);
            shape.setOccluded(visibility <= occlusionThreshold);
        } else {
            shape.setScore(rows.confidence(row));
        }
        return shape;
    }
}
