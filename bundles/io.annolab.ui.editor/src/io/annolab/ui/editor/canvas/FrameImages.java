package io.annolab.ui.editor.canvas;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;

import io.annolab.core.api.image.ImageHeaders;
import io.annolab.core.api.image.ImageSize;
import io.annolab.media.api.DecodedImage;
import io.annolab.media.api.VideoFrameCache;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.ui.editor.session.EditorSession;

/**
 * Chooses how a frame's picture is made: stills from the tile pyramid (SWT's decoder for what
 * OpenCV cannot read), video frames through one {@link VideoFrameCache} per video file (its own
 * decoding thread and the last {@value #VIDEO_FRAMES_CACHED} frames), kept open while the display is.
 */
public final class FrameImages {

    /** About 200 MB of 1080p frames: stepping back and forth over a second of video decodes nothing again. */
    static final int VIDEO_FRAMES_CACHED = 32;

    private FrameImages() {
    }

    public static AnnotationCanvas.FrameImageFactory forDisplay(Display display) {
        Map<Path, VideoFrameCache> caches = new LinkedHashMap<>();
        display.disposeExec(() -> caches.values().forEach(VideoFrameCache::close));
        return new AnnotationCanvas.FrameImageFactory() {
            @Override
            public FrameImage open(EditorSession session, int frame, Runnable repaint) {
                return FrameImages.open(display, caches, session, frame, repaint);
            }

            @Override
            public void playing(int step) {
                synchronized (caches) {
                    caches.values().forEach(cache -> cache.setDirection(step));
                }
            }
        };
    }

    private static FrameImage open(Display display, Map<Path, VideoFrameCache> caches, EditorSession session, int frame, Runnable repaint) {
        Media media = session.media(frame);
        if (media == null) {
            return new MissingFrameImage("Frame " + frame + " has no media in this task.");
        }
        Path file = session.mediaFile(media);
        if (media.getType() == MediaType.VIDEO_FRAME) {
            int index = media.getFrame();
            return new BackgroundFrameImage(display, media.getWidth(), media.getHeight(), "frame " + index + " of " + file,
                    () -> toImageData(videoFrame(caches, file, index)), repaint);
        }
        try {
            return new TiledFrameImage(display, file, repaint);
        } catch (Exception e) {
            // The pyramid refuses what OpenCV cannot read; SWT's decoder gets a second chance and reports its own problem.
            int[] size = sizeOf(media, file);
            return new BackgroundFrameImage(display, size[0], size[1], file.toString(), () -> new ImageData(file.toString()), repaint);
        }
    }

    private static DecodedImage videoFrame(Map<Path, VideoFrameCache> caches, Path file, int index) throws java.io.IOException {
        VideoFrameCache cache;
        synchronized (caches) {
            cache = caches.get(file);
            if (cache == null) {
                cache = VideoFrameCache.open(file, VIDEO_FRAMES_CACHED);
                caches.put(file, cache);
            }
        }
        return cache.get(index); // thread-safe: the cache decodes on its own thread
    }

    private static int[] sizeOf(Media media, Path file) {
        if (media.getWidth() > 0 && media.getHeight() > 0) {
            return new int[] { media.getWidth(), media.getHeight() };
        }
        try {
            ImageSize size = ImageHeaders.readSize(file);
            return new int[] { size.width(), size.height() };
        } catch (Exception e) {
            return new int[] { 1, 1 }; // the decoder reports the problem
        }
    }

    /** Decoded BGR as packed RGB image data (no scanline padding), ready for the display filters. */
    static ImageData toImageData(DecodedImage decoded) {
        byte[] bgr = decoded.bgr();
        byte[] rgb = new byte[bgr.length];
        for (int i = 0; i + 2 < bgr.length; i += 3) {
            rgb[i] = bgr[i + 2];
            rgb[i + 1] = bgr[i + 1];
            rgb[i + 2] = bgr[i];
        }
        return new ImageData(decoded.width(), decoded.height(), 24, RgbPixels.RGB_PALETTE, 1, rgb);
    }
}
