package io.annolab.media.api;

import java.io.IOException;
import java.nio.file.Path;

import io.annolab.media.internal.DemoMediaGenerator;

/** Generated sample media for demo projects and tests; deterministic, so reruns give the same pixels. */
public final class DemoMedia {

    private DemoMedia() {
    }

    /**
     * Writes four 640x480 images of coloured shapes (two PNG, two JPEG) and a 60-frame 640x360 10 fps MP4 of
     * shapes moving along straight lines into {@code folder} (created if needed; same-named files are replaced).
     */
    public static DemoMediaSet generate(Path folder) throws IOException {
        return new DemoMediaGenerator().generate(folder);
    }
}
