package io.annolab.formats.conformance.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.Datasets;
import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.DatasetFormat;
import io.annolab.core.api.format.DatasetImporter;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.registry.Contribution;
import io.annolab.core.api.registry.Registries;
import io.annolab.formats.testing.ConformanceCase;
import io.annolab.formats.testing.ConformanceComparator;
import io.annolab.formats.testing.DatumaroView;
import io.annolab.formats.testing.SharedData;
import io.annolab.model.Dataset;

/**
 * Every case of {@code conformance/cases.txt} against whatever formats are installed: import and
 * compare with Datumaro's result; where the format can also be written, export → import again
 * must lose nothing that the export report does not name. A case whose format no bundle provides
 * is skipped, naming the case and the format, so a new format bundle only has to be installed.
 */
class AllCasesConformanceTest {

    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger FAILED = new AtomicInteger();
    private static final Map<String, Integer> SKIPPED_BY_FORMAT = new TreeMap<>();

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        List<ConformanceCase> cases = ConformanceCase.all();
        if (cases.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("conformance corpus", () -> SharedData.require("conformance/cases.txt")));
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name() + " (" + c.format() + ")", () -> run(c)));
    }

    private static void run(ConformanceCase conformanceCase) throws IOException {
        Optional<DatasetFormat> format = Registries.formats().find(conformanceCase.format()).map(Contribution::get);
        DatasetImporter importer = format.map(DatasetFormat::importer).orElse(null);
        if (importer == null) {
            synchronized (SKIPPED_BY_FORMAT) {
                SKIPPED_BY_FORMAT.merge(conformanceCase.format(), 1, Integer::sum);
            }
            Assumptions.abort("skipped: case " + conformanceCase.name() + " needs the format '" + conformanceCase.format()
                    + "', which no installed bundle can read");
        }
        boolean passed = false;
        try {
            KnownDeviations.Deviation deviation = KnownDeviations.of(conformanceCase.name());
            FormatOptions options = FormatOptions.parse(deviation.importOptions(), importer.options());
            Dataset dataset = load(importer, conformanceCase.dataset(), options);
            JsonNode expected = deviation.expected().apply(new ObjectMapper().readTree(conformanceCase.expected().toFile()));
            assertNoDifferences(conformanceCase.name() + " differs from Datumaro",
                    ConformanceComparator.compare(expected, DatumaroView.of(dataset, conformanceCase.dataset())));
            DatasetExporter exporter = format.get().exporter();
            if (exporter != null) {
                roundTrip(conformanceCase, importer, exporter, dataset);
            }
            passed = true;
        } finally {
            (passed ? PASSED : FAILED).incrementAndGet();
        }
    }

    private static void roundTrip(ConformanceCase conformanceCase, DatasetImporter importer, DatasetExporter exporter, Dataset dataset)
            throws IOException {
        Path temp = Files.createTempDirectory("conformance-" + conformanceCase.name());
        try {
            Path exported = temp.resolve("export");
            ExportReport report = new ExportReport();
            exporter.export(Datasets.of(dataset), exported, withMedia(exporter), report, new NullProgressMonitor());
            if (!report.leftOutCounts().isEmpty()) {
                // the format cannot hold everything: what it dropped is named, so the comparison would only repeat it
                System.out.println("conformance: " + conformanceCase.name() + " round trip left out " + report.leftOutCounts());
                return;
            }
            Dataset again = load(importer, exported, FormatOptions.NONE);
            // media move on export by design (each format has its layout); the import comparison checked the paths
            assertNoDifferences(conformanceCase.name() + " lost something in export -> import",
                    ConformanceComparator.compare(withoutMediaPaths(DatumaroView.of(dataset, conformanceCase.dataset())),
                            withoutMediaPaths(DatumaroView.of(again, exported))));
        } finally {
            try (Stream<Path> files = Files.walk(temp)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Exports carry the images along where the format can: formats such as YOLO store coordinates
     * relative to the image size, which the re-import reads from the images.
     */
    private static FormatOptions withMedia(DatasetExporter exporter) {
        boolean canSaveMedia = exporter.options().stream().anyMatch(o -> o.name().replace('_', '-').equals("save-media"));
        return canSaveMedia ? FormatOptions.parse(java.util.List.of("--save-media"), exporter.options()) : FormatOptions.NONE;
    }

    private static Dataset load(DatasetImporter importer, Path path, FormatOptions options) throws IOException {
        try (DatasetSource source = importer.open(path, options)) {
            return Datasets.load(source);
        }
    }

    private static ObjectNode withoutMediaPaths(ObjectNode view) {
        view.path("items").forEach(item -> {
            if (item.path("media") instanceof ObjectNode media) {
                media.remove("path");
            }
        });
        return view;
    }

    private static void assertNoDifferences(String what, List<String> differences) {
        assertTrue(differences.isEmpty(), () -> what + " in " + differences.size() + " places:\n  "
                + String.join("\n  ", differences.subList(0, Math.min(40, differences.size()))));
    }

    @AfterAll
    static void summary() {
        int skipped = SKIPPED_BY_FORMAT.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("conformance: " + PASSED.get() + " passed, " + FAILED.get() + " failed, " + skipped
                + " skipped by format " + SKIPPED_BY_FORMAT);
    }
}
