package io.annolab.formats.yolo;

import static io.annolab.formats.yolo.YoloTestSupport.copyTree;
import static io.annolab.formats.yolo.YoloTestSupport.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.format.DatasetImporter;
import io.annolab.core.api.format.FormatDetection;
import io.annolab.formats.testing.ConformanceCase;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Shape;

/** Layout variants beyond the conformance samples: several subsets, nested ids, and detection between look-alikes. */
class YoloImportTest {

    @TempDir
    Path temp;

    @Test
    void readsSeveralSubsetsNestedIdsAndSkipsEmptySubsets() throws IOException {
        Path root = temp.resolve("ds");
        copyTree(ConformanceCase.named("yolov8_detection").dataset(), root);
        Path image = root.resolve("images/train/1.jpg");
        Files.createDirectories(root.resolve("images/val/city/a"));
        Files.copy(image, root.resolve("images/val/city/a/2.jpg"));
        Files.createDirectories(root.resolve("labels/val/city/a"));
        Files.writeString(root.resolve("labels/val/city/a/2.txt"), "9 0.5 0.5 1 1\n");
        Files.writeString(root.resolve("data.yaml"), """
                path: /somewhere/else  # ignored: the folder holding data.yaml is the root
                train: images/train
                val: images/val
                test:
                names: [label_0, label_1, label_2, label_3, label_4, label_5, label_6, label_7, label_8, label_9]
                """);
        Dataset dataset = load("yolov8_detection", root);
        assertEquals(List.of("train/1", "val/city/a/2"), dataset.getItems().stream().map(i -> i.getSubset() + "/" + i.getId()).toList());
        DatasetItem val = dataset.getItems().get(1);
        Shape whole = (Shape) val.getAnnotations().get(0);
        assertEquals("label_9", whole.getLabel().getName());
        assertEquals(15f, whole.getPoints().get(2), 1e-4);
        assertEquals(10f, whole.getPoints().get(3), 1e-4);
    }

    @Test
    void fourCornerLinesAreBoxesWhenTheyFormRectanglesAndPolygonsOtherwise() throws IOException {
        Path root = temp.resolve("ds");
        copyTree(ConformanceCase.named("yolov8_obb").dataset(), root);
        assertEquals("yolov8_oriented_boxes", new FormatDetection().detect(root));
        Files.writeString(root.resolve("labels/train/1.txt"), "2 0.1 0.1 0.5 0.1 0.6 0.7 0.1 0.3\n");
        assertEquals("yolov8_segmentation", new FormatDetection().detect(root));
    }

    @Test
    void aFolderWithoutYoloFilesIsNotClaimed() throws IOException {
        Path root = Files.createDirectories(temp.resolve("plain"));
        Files.writeString(root.resolve("notes.txt"), "hello\n");
        for (String format : List.of("yolo", "yolov8_detection", "yolov8_segmentation", "yolov8_pose", "yolov8_oriented_boxes",
                "yolov8_classification")) {
            assertEquals(DatasetImporter.NONE, new io.annolab.core.api.format.Conversion().importer(format).detect(root), format);
        }
    }

    @Test
    void poseKeepsHiddenAndAbsentPoints() throws IOException {
        Path root = temp.resolve("ds");
        copyTree(ConformanceCase.named("yolov8_pose").dataset(), root);
        Files.writeString(root.resolve("labels/train/1.txt"), "0 0.1 0.3 0.2 0.2 0.1 0.2 2 0.3 0.4 1 0 0 0\n");
        Shape skeleton = (Shape) load("yolov8_pose", root).getItems().get(0).getAnnotations().get(0);
        assertEquals(List.of(2, 1, 0), skeleton.getElements().stream().map(e -> (int) e.getVisibility().get(0)).toList());
        assertTrue(skeleton.getElements().get(2).isOutside());
    }
}
