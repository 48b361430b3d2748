package io.annolab.media.api;

import java.nio.file.Path;
import java.util.List;

/** The files {@link DemoMedia#generate} wrote, and where the shapes are on each frame of the video. */
public record DemoMediaSet(List<Path> images, Path video, int videoFrameCount, double videoFps,
        List<ShapeTrack> tracks) {

    public DemoMediaSet {
        images = List.copyOf(images);
        tracks = List.copyOf(tracks);
    }
}
