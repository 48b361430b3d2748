package io.annolab.formats.yolo;

import static io.annolab.formats.yolo.YoloTestSupport.SAVE_MEDIA;
import static io.annolab.formats.yolo.YoloTestSupport.assertSameDataset;
import static io.annolab.formats.yolo.YoloTestSupport.export;
import static io.annolab.formats.yolo.YoloTestSupport.files;
import static io.annolab.formats.yolo.YoloTestSupport.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatDetection;
import io.annolab.formats.testing.Conformance;
import io.annolab.formats.testing.ConformanceCase;
import io.annolab.model.Dataset;

/**
 * Every yolo* case of the conformance corpus: imports as Datumaro does, is detected as its own
 * format, and survives export → import (same dataset) and export → import → export (same bytes).
 */
class YoloConformanceTest {

    @TempDir
    Path temp;

    @Test
    void yolo() throws IOException {
        check("yolo");
    }

    @Test
    void yolov8Detection() throws IOException {
        check("yolov8_detection");
    }

    @Test
    void yolov8DetectionListOfImages() throws IOException {
        check("yolov8_detection_list_of_imgs");
    }

    @Test
    void yolov8DetectionListOfNames() throws IOException {
        check("yolov8_detection_list_of_names");
    }

    @Test
    void yolov8DetectionSubsetTxt() throws IOException {
        check("yolov8_detection_subset_txt");
    }

    @Test
    void yolov8Segmentation() throws IOException {
        check("yolov8_segmentation");
    }

    @Test
    void yolov8Pose() throws IOException {
        check("yolov8_pose");
    }

    @Test
    void yolov8PoseTwoValuesPerPoint() throws IOException {
        check("yolov8_pose_2vals");
    }

    @Test
    void yolov8OrientedBoxes() throws IOException {
        check("yolov8_obb");
    }

    @Test
    void yolov8Classification() throws IOException {
        check("yolov8_classification");
    }

    private void check(String name) throws IOException {
        ConformanceCase c = ConformanceCase.named(name);
        Dataset dataset = Conformance.assertConforms(c);
        assertEquals(c.format(), new FormatDetection().detect(c.dataset()), "detection of " + name);

        Path first = temp.resolve("first");
        ExportReport report = export(c.format(), dataset, first, SAVE_MEDIA);
        assertTrue(report.leftOutCounts().isEmpty(), () -> "left out: " + report.summaryLine());
        assertEquals(c.format(), new FormatDetection().detect(first), "detection of the export of " + name);
        Dataset again = load(c.format(), first);
        assertSameDataset(dataset, c.dataset(), again, first);

        Path second = temp.resolve("second");
        export(c.format(), again, second, SAVE_MEDIA);
        assertEquals(files(first), files(second), "export → import → export changed bytes");
    }
}
