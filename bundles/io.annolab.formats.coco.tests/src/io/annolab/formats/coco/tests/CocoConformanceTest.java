package io.annolab.formats.coco.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.Datasets;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.formats.testing.Conformance;
import io.annolab.formats.testing.ConformanceCase;
import io.annolab.formats.testing.ConformanceComparator;
import io.annolab.formats.testing.DatumaroView;
import io.annolab.model.Dataset;

/** Every COCO case of the conformance corpus, then export → import and export → import → export. */
class CocoConformanceTest {

    @ParameterizedTest
    @ValueSource(strings = { "coco_all", "coco_instances", "coco_person_keypoints", "coco_panoptic", "coco_stuff", "coco_labels",
            "coco_captions", "coco_image_info" })
    void conformsAndSurvivesARoundTrip(String name, @TempDir Path temp) throws Exception {
        ConformanceCase conformanceCase = ConformanceCase.named(name);
        Dataset first = Conformance.assertConforms(conformanceCase);

        Path out = temp.resolve("out");
        FormatOptions options = new FormatOptions(Map.of("save-media", "true"));
        ExportReport report = new ExportReport();
        new Conversion().exporter(conformanceCase.format()).export(Datasets.of(first), out, options, report, new NullProgressMonitor());
        assertTrue(report.leftOutCounts().isEmpty(), () -> name + " left out " + report.leftOutCounts());
        Dataset second = load(conformanceCase.format(), out);
        JsonNode before = DatumaroView.of(first, conformanceCase.dataset());
        JsonNode after = DatumaroView.of(second, out);
        List<String> differences = ConformanceComparator.compare(before, after);
        assertTrue(differences.isEmpty(), () -> name + " changed in a round trip:\n  " + String.join("\n  ", differences));

        Path again = temp.resolve("again");
        new Conversion().exporter(conformanceCase.format()).export(Datasets.of(second), again, options, new ExportReport(),
                new NullProgressMonitor());
        Map<String, byte[]> a = files(out), b = files(again);
        assertEquals(a.keySet(), b.keySet());
        for (String file : a.keySet()) {
            assertArrayEquals(a.get(file), b.get(file), file + " differs after export → import → export");
        }
    }

    static Dataset load(String format, Path path) throws IOException {
        try (DatasetSource source = new Conversion().importer(format).open(path, FormatOptions.NONE)) {
            return Datasets.load(source);
        }
    }

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
