package io.annolab.core.api.task;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.registry.Contribution;
import io.annolab.core.api.registry.Registries;

/** Asks the installed {@link VideoProbe}s, in id order, for a video's facts. */
public final class VideoProbes {

    private VideoProbes() {
    }

    public static VideoFacts probe(Path video) throws IOException {
        List<Contribution<VideoProbe>> probes = Registries.videoProbes().contributions();
        if (probes.isEmpty()) {
            throw new AnnolabException("reading videos needs the media bundle io.annolab.media, which is not installed", video,
                    "Install Annolab's media support, or extract the frames as images");
        }
        IOException first = null;
        for (Contribution<VideoProbe> probe : probes) {
            try {
                return probe.get().probe(video);
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }
}
