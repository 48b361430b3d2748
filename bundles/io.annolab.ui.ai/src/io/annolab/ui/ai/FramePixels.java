package io.annolab.ui.ai;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.api.ImageDecoder;
import io.annolab.media.api.VideoFrameCache;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.ui.editor.session.EditorSession;

/**
 * The pixels of a job's frames for models and trackers, decoded off the UI thread: stills with
 * OpenCV, video frames through one frame cache per video (sequential runs decode without seeking).
 */
final class FramePixels implements AutoCloseable {

    private static final int CACHED_FRAMES = 16;

    private final EditorSession session;
    private final ImageDecoder images = ImageDecoder.create();
    private final Map<Path, VideoFrameCache> videos = new HashMap<>();

    FramePixels(EditorSession session) {
        this.session = session;
    }

    /** The frame's pixels, 8-bit BGR; an IOException names the file and frame. */
    synchronized DecodedImage frame(int frame) throws IOException {
        Media media = session.media(frame);
        if (media == null || media.getPath() == null) {
            throw new IOException("Frame " + frame + " has no media in this task.");
        }
        Path file = session.mediaFile(media);
        if (media.getType() == MediaType.VIDEO_FRAME) {
            VideoFrameCache cache = videos.get(file);
            if (cache == null) {
                cache = VideoFrameCache.open(file, CACHED_FRAMES);
                videos.put(file, cache);
            }
            cache.setDirection(1);
            return cache.get(media.getFrame());
        }
        return images.decode(file);
    }

    @Override
    public synchronized void close() {
        videos.values().forEach(VideoFrameCache::close);
        videos.clear();
    }
}
