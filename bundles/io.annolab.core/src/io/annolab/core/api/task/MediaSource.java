package io.annolab.core.api.task;

import java.nio.file.Path;

/**
 * One frame a new task will hold: an image file, an entry of a zip archive, or one frame of a video.
 *
 * @param name the name frames are sorted by: the path relative to the folder or archive it was
 *        found in ('/' separators), or the file name for a file added by itself; for a video frame
 *        {@code <video file name>/<frame, zero-padded>}
 * @param file the image file, the archive holding it, or the video
 * @param entry the archive entry, or null for a plain file or a video
 * @param video what the video holds, or null for an image
 * @param videoFrame the frame's index in the video (0-based), or -1 for an image
 */
public record MediaSource(String name, Path file, String entry, VideoFacts video, int videoFrame) {

    /** An image file ({@code entry} null) or an archive entry. */
    public MediaSource(String name, Path file, String entry) {
        this(name, file, entry, null, -1);
    }

    /** Frame {@code frame} of {@code video}, described by {@code facts}. */
    public static MediaSource videoFrame(Path video, VideoFacts facts, int frame) {
        int digits = Math.max(6, String.valueOf(facts.frameCount() - 1).length());
        return new MediaSource(video.getFileName() + "/" + String.format("%0" + digits + "d", frame), video, null, facts, frame);
    }

    public boolean isVideoFrame() {
        return video != null;
    }

    /** The path as {@link io.annolab.model.Media#getPath()} names it: a file, or {@code <zip>!/<entry>}. */
    public String mediaPath() {
        return entry == null ? file.toString() : file + "!/" + entry;
    }
}
