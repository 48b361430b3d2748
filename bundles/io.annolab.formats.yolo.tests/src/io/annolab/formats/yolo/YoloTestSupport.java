package io.annolab.formats.yolo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.Datasets;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.formats.testing.ConformanceComparator;
import io.annolab.formats.testing.DatumaroView;
import io.annolab.model.Dataset;

/** Import, export and comparison helpers shared by the YOLO tests. */
final class YoloTestSupport {

    static final FormatOptions SAVE_MEDIA = new FormatOptions(Map.of("save-media", "true"));

    private YoloTestSupport() {
    }

    static Dataset load(String format, Path path) throws IOException {
        try (DatasetSource source = new Conversion().importer(format).open(path, FormatOptions.NONE)) {
            return Datasets.load(source);
        }
    }

    static ExportReport export(String format, Dataset dataset, Path target, FormatOptions options) throws IOException {
        ExportReport report = new ExportReport();
        new Conversion().exporter(format).export(Datasets.of(dataset), target, options, report, new NullProgressMonitor());
        return report;
    }

    /** Fails listing the differences between two datasets in Datumaro's view (media paths relative to each root). */
    static void assertSameDataset(Dataset expected, Path expectedRoot, Dataset actual, Path actualRoot) {
        List<String> differences = ConformanceComparator.compare(DatumaroView.of(expected, expectedRoot), DatumaroView.of(actual, actualRoot));
        assertTrue(differences.isEmpty(), () -> "datasets differ:\n  " + String.join("\n  ", differences));
    }

    /** Every file under {@code root} with its bytes, by relative path. */
    static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Nothing but {@code allowed} is left in {@code parent}: no staging folder survives a failure. */
    static void assertOnly(Path parent, String... allowed) throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(List.of(allowed).containsAll(names), () -> "unexpected leftovers: " + names);
        }
    }
}
