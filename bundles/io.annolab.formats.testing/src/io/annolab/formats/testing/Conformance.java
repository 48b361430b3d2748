package io.annolab.formats.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.Datasets;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.model.Dataset;

/** Runs one conformance case: import with the registry's importer and compare with Datumaro's result. */
public final class Conformance {

    private Conformance() {
    }

    /** Imports the case with {@code formatId} (the case's own format unless given). */
    public static Dataset importCase(ConformanceCase conformanceCase, String formatId) throws IOException {
        try (DatasetSource source = new Conversion().importer(formatId).open(conformanceCase.dataset(), FormatOptions.NONE)) {
            return Datasets.load(source);
        }
    }

    /** The differences between an imported dataset and the case's expected result. */
    public static List<String> differences(ConformanceCase conformanceCase, Dataset dataset) throws IOException {
        JsonNode expected = DatumaroView.read(conformanceCase.expected());
        return ConformanceComparator.compare(expected, DatumaroView.of(dataset, conformanceCase.dataset()));
    }

    /** Imports the case and fails listing every difference from Datumaro's result. */
    public static Dataset assertConforms(ConformanceCase conformanceCase) throws IOException {
        Dataset dataset = importCase(conformanceCase, conformanceCase.format());
        List<String> differences = differences(conformanceCase, dataset);
        assertTrue(differences.isEmpty(), () -> conformanceCase.name() + " differs from Datumaro in " + differences.size()
                + " places:\n  " + String.join("\n  ", differences.subList(0, Math.min(40, differences.size()))));
        return dataset;
    }
}
