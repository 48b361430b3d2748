package io.annolab.formats.conformance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.Datasets;
import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.io.Folders;
import io.annolab.formats.testing.ConformanceCase;
import io.annolab.model.Dataset;

/**
 * Converts real samples of each native format into every other one, as {@code annolab convert}
 * does, and reads the result back with the target's own importer: nothing may fail, no item may
 * be lost, and every annotation must be accounted for in the report, written or left out with a
 * reason.
 */
class CrossFormatConversionTest {

    private static final List<String> SOURCES = List.of("coco_instances", "coco_person_keypoints", "cvat_images", "cvat_video",
            "datumaro_skeleton", "voc1", "yolov8_segmentation", "yolov8_pose");
    private static final List<String> TARGETS = List.of("coco_instances", "cvat", "cvat_video", "datumaro", "image_dir", "yolo",
            "yolov8_segmentation", "voc");

    @TestFactory
    Stream<DynamicTest> everyNativeFormatConvertsIntoEveryOther() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String sourceCase : SOURCES) {
            for (String target : TARGETS) {
                tests.add(DynamicTest.dynamicTest(sourceCase + " -> " + target, () -> convert(ConformanceCase.named(sourceCase), target)));
            }
        }
        return tests.stream();
    }

    private static void convert(ConformanceCase source, String target) throws IOException {
        Conversion conversion = new Conversion();
        Dataset dataset;
        try (DatasetSource read = conversion.importer(source.format()).open(source.dataset(), FormatOptions.NONE)) {
            dataset = Datasets.load(read);
        }
        long annotations = dataset.getItems().stream().mapToLong(i -> i.getAnnotations().size()).sum();
        Path temp = Files.createTempDirectory("cross-" + source.name() + "-" + target);
        try {
            Path output = temp.resolve("out");
            DatasetExporter exporter = conversion.exporter(target);
            boolean saveMedia = exporter.options().stream().anyMatch(o -> o.name().replace('_', '-').equals("save-media"));
            ExportReport report = new ExportReport();
            exporter.export(Datasets.of(dataset), output, saveMedia ? FormatOptions.parse(List.of("--save-media"), exporter.options())
                    : FormatOptions.NONE, report, new NullProgressMonitor());
            assertEquals(dataset.getItems().size(), report.items(), "every item is written: " + report.summaryLine());
            long accounted = report.writtenCounts().values().stream().mapToLong(Long::longValue).sum()
                    + report.leftOutCounts().values().stream().mapToLong(Long::longValue).sum();
            assertTrue(annotations == 0 || accounted > 0, "annotations are written or reported: " + report.summaryLine());
            Dataset again;
            try (DatasetSource read = conversion.importer(target.equals("cvat_video") ? "cvat" : target).open(output, FormatOptions.NONE)) {
                again = Datasets.load(read);
            }
            // Items the report names as left out (an image_dir item whose image is missing) cannot come back.
            long itemsLeftOut = report.leftOutCounts().entrySet().stream().filter(e -> e.getKey().startsWith("item whose") || e.getKey().startsWith("item without"))
                    .mapToLong(java.util.Map.Entry::getValue).sum();
            assertEquals(dataset.getItems().size() - itemsLeftOut, again.getItems().size(),
                    target + " reads back every item: " + report.summaryLine());
        } finally {
            Folders.deleteTree(temp);
        }
    }
}
