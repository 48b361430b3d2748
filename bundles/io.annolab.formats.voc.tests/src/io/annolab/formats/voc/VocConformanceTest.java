package io.annolab.formats.voc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.Datasets;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.formats.testing.Conformance;
import io.annolab.formats.testing.ConformanceCase;
import io.annolab.formats.testing.DatumaroView;
import io.annolab.model.Dataset;

/** Datumaro's VOC samples read as Datumaro reads them, and survive being written and read again. */
class VocConformanceTest {

    @ParameterizedTest
    @ValueSource(strings = { "voc1", "voc1_detection", "voc1_segmentation", "voc2", "voc3" })
    void importConformsToDatumaro(String name) throws IOException {
        Conformance.assertConforms(ConformanceCase.named(name));
    }

    @ParameterizedTest
    @ValueSource(strings = { "voc1", "voc1_detection", "voc1_segmentation", "voc2", "voc3" })
    void exportedCaseReadsBackTheSame(String name, @TempDir Path temp) throws IOException {
        ConformanceCase conformanceCase = ConformanceCase.named(name);
        Dataset imported = Conformance.importCase(conformanceCase, conformanceCase.format());
        Path out = temp.resolve("out");
        Conversion conversion = new Conversion();
        conversion.exporter(conformanceCase.format()).export(Datasets.of(imported), out,
                new FormatOptions(Map.of("save-media", "true")), new ExportReport(), new NullProgressMonitor());
        Dataset again;
        try (DatasetSource source = conversion.importer(conformanceCase.format()).open(out, FormatOptions.NONE)) {
            again = Datasets.load(source);
        }
        // with the images copied, even the relative media paths agree
        assertEquals(DatumaroView.of(imported, conformanceCase.dataset()).toPrettyString(),
                DatumaroView.of(again, out).toPrettyString());
    }
}
