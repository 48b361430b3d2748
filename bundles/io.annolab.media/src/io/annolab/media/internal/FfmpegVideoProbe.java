package io.annolab.media.internal;

import java.io.IOException;
import java.nio.file.Path;

import io.annolab.core.api.task.VideoFacts;
import io.annolab.core.api.task.VideoProbe;
import io.annolab.media.api.VideoInfo;
import io.annolab.media.api.VideoReader;

/**
 * Gives the core the exact frame count (from the reader's frame index, not the container's estimate) and the
 * displayed size of a video, for video tasks.
 */
public final class FfmpegVideoProbe implements VideoProbe {

    @Override
    public String id() {
        return "ffmpeg";
    }

    @Override
    public String name() {
        return "FFmpeg (JavaCV)";
    }

    @Override
    public VideoFacts probe(Path video) throws IOException {
        try (VideoReader reader = VideoReader.open(video)) {
            VideoInfo info = reader.info();
            return new VideoFacts(info.frameCount(), info.width(), info.height(), info.fps());
        }
    }
}
