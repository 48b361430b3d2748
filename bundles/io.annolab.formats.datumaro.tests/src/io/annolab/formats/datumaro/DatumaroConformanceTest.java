package io.annolab.formats.datumaro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.annolab.formats.testing.ExpectedAdjustments;

import io.annolab.core.api.dataset.Datasets;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.formats.testing.Conformance;
import io.annolab.formats.testing.ConformanceCase;
import io.annolab.formats.testing.ConformanceComparator;
import io.annolab.formats.testing.DatumaroView;
import io.annolab.model.Dataset;

/**
 * Every datumaro case of the conformance corpus: import equals Datumaro's result, and export →
 * import loses nothing (and export → import → export repeats the bytes).
 */
class DatumaroConformanceTest {

    @Test
    void skeletonCaseConformsAndRoundTrips(@TempDir Path temp) throws Exception {
        ConformanceCase skeleton = ConformanceCase.named("datumaro_skeleton");
        Dataset dataset = Conformance.assertConforms(skeleton);
        roundTrip(skeleton, dataset, FormatOptions.NONE, temp);
    }

    /**
     * Documented exception: datumaro_diverse's item train/21 has a bbox with label_id 5 while only
     * labels 0..4 are declared. Datumaro keeps the bare index (its expected result shows
     * {@code "label": 5}); Annolab's labels are objects, so it refuses such a file unless
     * {@code --keep-undeclared-labels} is given, which declares a label named "5". The expected
     * result is adjusted to that one declared label, nothing else.
     */
    @Test
    void diverseCaseConformsWithItsUndeclaredLabelKept(@TempDir Path temp) throws Exception {
        ConformanceCase diverse = ConformanceCase.named("datumaro_diverse");
        FormatOptions keep = FormatOptions.parse(List.of("--keep-undeclared-labels"), new DatumaroImporter().options());
        Dataset dataset = DatumaroFormatTest.load(diverse.dataset(), keep);
        JsonNode expected = ExpectedAdjustments.declareBareLabelIndex(new ObjectMapper().readTree(diverse.expected().toFile()), 5);
        assertEquals(List.of(), ConformanceComparator.compare(expected, DatumaroView.of(dataset, diverse.dataset())));
        roundTrip(diverse, dataset, FormatOptions.NONE, temp);
    }

    @Test
    void diverseCaseWithoutTheOptionNamesTheUndeclaredLabel() throws Exception {
        ConformanceCase diverse = ConformanceCase.named("datumaro_diverse");
        var error = org.junit.jupiter.api.Assertions.assertThrows(io.annolab.core.api.AnnolabException.class,
                () -> DatumaroFormatTest.load(diverse.dataset(), FormatOptions.NONE));
        org.junit.jupiter.api.Assertions.assertTrue(error.getMessage().contains("train.json") && error.getMessage().contains("label_id 5"),
                error.getMessage());
    }

    private static void roundTrip(ConformanceCase conformanceCase, Dataset dataset, FormatOptions importOptions, Path temp)
            throws IOException {
        Path first = temp.resolve("first"), second = temp.resolve("second");
        ExportReport report = new ExportReport();
        new Conversion().exporter("datumaro").export(Datasets.of(dataset), first, FormatOptions.NONE, report, new NullProgressMonitor());
        assertEquals(java.util.Map.of(), report.leftOutCounts(), conformanceCase.name());
        Dataset again = DatumaroFormatTest.load(first, importOptions);
        // media paths are images/<subset>/<id><ext> in both, so they compare relative to each root
        assertEquals(List.of(), ConformanceComparator.compare(DatumaroView.of(dataset, conformanceCase.dataset()),
                DatumaroView.of(again, first)), conformanceCase.name() + " lost something in export -> import");
        new Conversion().convert("datumaro", first, importOptions, "datumaro", second, FormatOptions.NONE, new NullProgressMonitor());
        try (var files = Files.list(first.resolve("annotations"))) {
            for (Path file : files.toList()) {
                assertEquals(Files.readString(file), Files.readString(second.resolve("annotations").resolve(file.getFileName())),
                        file.getFileName() + " changed in export -> import -> export");
            }
        }
    }
}
