package io.annolab.inference.run;

import java.io.IOException;
import java.nio.file.Path;

import io.annolab.core.api.AnnolabException;
import io.annolab.media.api.DecodedImage;
import io.annolab.media.api.ImageDecoder;
import io.annolab.media.api.VideoReader;
import io.annolab.model.DatasetItem;
import io.annolab.model.Media;
import io.annolab.model.MediaType;

/**
 * Decodes the pixels of items: image files, or video frames from a reader kept open between
 * items, stepping forward instead of seeking when frames come in order. One thread only.
 */
final class MediaFrames implements AutoCloseable {

    private final ImageDecoder images = ImageDecoder.create();
    private Path videoPath;
    private VideoReader video;

    /**
     * The item's pixels, decoded at most {@code scale} times smaller when the file allows it
     * cheaply (JPEG) and the item knows its size; see the decoded image's size for what was done.
     */
    DecodedImage decode(DatasetItem item, double scale) throws IOException {
        Media media = item.getMedia();
        if (scale < SHRINK_WORTH_IT && media != null && media.getType() == MediaType.IMAGE && media.getWidth() > 0
                && media.getHeight() > 0 && media.getPath() != null) {
            int maxSide = (int) Math.ceil(Math.max(media.getWidth(), media.getHeight()) * scale);
            return images.decodeScaled(Path.of(media.getPath()), Math.max(1, maxSide));
        }
        return decode(item);
    }

    /** Below this factor a smaller decode saves more than the rescaling of predictions costs. */
    private static final double SHRINK_WORTH_IT = 0.9;

    DecodedImage decode(DatasetItem item) throws IOException {
        Media media = item.getMedia();
        if (media == null || media.getPath() == null || media.getPath().isEmpty()) {
            throw new AnnolabException("item '" + item.getId() + "' has no image to run the model on", null,
                    "Give a dataset whose items have media (images or video frames)");
        }
        Path path = Path.of(media.getPath());
        if (media.getType() != MediaType.VIDEO_FRAME) {
            return images.decode(path);
        }
        if (!path.equals(videoPath)) {
            close();
            video = VideoReader.open(path);
            videoPath = path;
        }
        return video.nextIndex() == media.getFrame() ? video.next() : video.frame(media.getFrame());
    }

    @Override
    public void close() {
        if (video != null) {
            video.close();
            video = null;
            videoPath = null;
        }
    }
}
