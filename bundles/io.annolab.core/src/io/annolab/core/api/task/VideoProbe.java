package io.annolab.core.api.task;

import java.io.IOException;
import java.nio.file.Path;

import io.annolab.core.api.registry.Identified;

/**
 * Reads a video's {@link VideoFacts}. The core decodes no video itself; the media bundle contributes a probe
 * to the extension point {@value io.annolab.core.api.registry.Registries#VIDEO_PROBES} (ServiceLoader outside
 * OSGi), so that tasks can be made from videos without the core depending on FFmpeg.
 */
public interface VideoProbe extends Identified {

    /** Throws an {@link IOException} naming the file when it is not a video this probe can read. */
    VideoFacts probe(Path video) throws IOException;
}
