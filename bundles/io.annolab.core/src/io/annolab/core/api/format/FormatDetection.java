package io.annolab.core.api.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.registry.Contribution;
import io.annolab.core.api.registry.Registries;
import io.annolab.core.api.registry.Registry;

/**
 * Asks every importer how confident it is that a path holds its format; the best answer wins,
 * and a tie at the top is reported rather than decided by chance.
 */
public final class FormatDetection {

    /** One importer's answer. */
    public record Candidate(String formatId, int confidence) {
    }

    private final Registry<DatasetFormat> formats;

    public FormatDetection() {
        this(Registries.formats());
    }

    public FormatDetection(Registry<DatasetFormat> formats) {
        this.formats = formats;
    }

    /** Every importer's non-zero answer, most confident first. */
    public List<Candidate> candidates(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new AnnolabException("no such file or folder", path, "Check the path");
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Contribution<DatasetFormat> contribution : formats.contributions()) {
            DatasetImporter importer = contribution.get().importer();
            if (importer == null) {
                continue;
            }
            int confidence = importer.detect(path);
            if (confidence > DatasetImporter.NONE) {
                candidates.add(new Candidate(contribution.id(), confidence));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::confidence).reversed().thenComparing(Candidate::formatId));
        return candidates;
    }

    /** The single best format, or an error naming the tie or saying that nothing matched. */
    public String detect(Path path) throws IOException {
        List<Candidate> candidates = candidates(path);
        if (candidates.isEmpty()) {
            throw new AnnolabException("no installed format recognises this dataset", path,
                    "Name the format with -if (see 'annolab formats')");
        }
        List<Candidate> best = candidates.stream().filter(c -> c.confidence() == candidates.get(0).confidence()).toList();
        if (best.size() > 1) {
            throw new AnnolabException("several formats match equally well: "
                    + best.stream().map(Candidate::formatId).toList(), path, "Name the format with -if");
        }
        return best.get(0).formatId();
    }
}
