package io.annolab.ui.editor.canvas;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.widgets.Display;

import io.annolab.media.api.VideoReader;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.ui.editor.session.EditorSession;

/**
 * Chooses how a frame's picture is made: still images through SWT's decoder, video frames
 * through one frame-accurate JavaCV reader per video file, kept open while the editor is.
 */
public final class FrameImages {

    private FrameImages() {
    }

    public static AnnotationCanvas.FrameImageFactory forDisplay(Display display) {
        Map<Path, VideoReader> readers = new LinkedHashMap<>();
        display.disposeExec(() -> readers.values().forEach(VideoReader::close));
        return (session, frame, repaint) -> open(display, readers, session, frame, repaint);
    }

    private static FrameImage open(Display display, Map<Path, VideoReader> readers, EditorSession session, int frame, Runnable repaint) {
        Media media = session.media(frame);
        if (media == null) {
            return new MissingFrameImage("Frame " + frame + " has no media in this task.");
        }
        Path file = session.mediaFile(media);
        if (media.getType() == MediaType.VIDEO_FRAME) {
            int index = media.getFrame();
            return new DecodedFrameImage(display, media.getWidth(), media.getHeight(), "frame " + index + " of " + file, () -> {
                VideoReader reader;
                synchronized (readers) {
                    reader = readers.get(file);
                    if (reader == null) {
                        reader = VideoReader.open(file);
                        readers.put(file, reader);
                    }
                }
                synchronized (reader) {
                    return reader.frame(index);
                }
            }, repaint);
        }
        try {
            return new TiledFrameImage(display, file, repaint);
        } catch (Exception e) {
            // The pyramid refuses what OpenCV cannot read; SWT's decoder gets a second chance and reports its own problem.
            return new SwtFrameImage(display, file, media.getWidth(), media.getHeight(), repaint);
        }
    }
}
