package io.annolab.formats.yolo;

import static io.annolab.formats.yolo.YoloTestSupport.copyTree;
import static io.annolab.formats.yolo.YoloTestSupport.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.AnnolabException;
import io.annolab.formats.testing.ConformanceCase;
import io.annolab.model.Dataset;

/** Broken and hostile datasets fail with the file, line and column, and a hint; none is read halfway. */
class YoloImportHostileTest {

    @TempDir
    Path temp;

    private Path copyOf(String caseName) throws IOException {
        Path copy = temp.resolve(caseName);
        copyTree(ConformanceCase.named(caseName).dataset(), copy);
        return copy;
    }

    private AnnolabException failure(String format, Path dataset) {
        return assertThrows(AnnolabException.class, () -> load(format, dataset));
    }

    @Test
    void aClassIndexOutOfRangeNamesTheFileAndLine() throws IOException {
        Path dataset = copyOf("yolov8_detection");
        Path labels = dataset.resolve("labels/train/1.txt");
        Files.writeString(labels, "2 0.1 0.1 0.1 0.1\n10 0.5 0.5 0.1 0.1\n");
        AnnolabException e = failure("yolov8_detection", dataset);
        assertEquals(labels.toAbsolutePath().normalize(), e.file().toAbsolutePath().normalize());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("class index 10 is not declared (10 classes)"), e.getMessage());
    }

    @Test
    void aMalformedLineNamesFileLineAndColumn() throws IOException {
        Path dataset = copyOf("yolo");
        Path labels = dataset.resolve("obj_train_data/1.txt");
        Files.writeString(labels, "2 0.1 0.1 0.1 0.1\n\n4 0.5 zero 0.1 0.1\n");
        AnnolabException e = failure("yolo", dataset);
        assertEquals(3, e.line());
        assertEquals(7, e.column());
        assertTrue(e.getMessage().contains("1.txt:3:7: 'zero' is not a number"), e.getMessage());
    }

    @Test
    void aLineWithTheWrongNumberOfValuesSaysWhatWasExpected() throws IOException {
        Path dataset = copyOf("yolov8_obb");
        Files.writeString(dataset.resolve("labels/train/1.txt"), "2 0.1 0.1 0.2 0.1 0.2 0.2\n");
        AnnolabException e = failure("yolov8_oriented_boxes", dataset);
        assertTrue(e.getMessage().contains("the line has 7 values; expected 9 values"), e.getMessage());
    }

    @Test
    void hugeNumbersAreRefusedNotTurnedIntoInfinity() throws IOException {
        Path dataset = copyOf("yolov8_segmentation");
        Files.writeString(dataset.resolve("labels/train/1.txt"), "2 0.1 0.1 1e308 0.1 0.4 0.5\n");
        AnnolabException e = failure("yolov8_segmentation", dataset);
        assertTrue(e.getMessage().contains("is not a coordinate relative to the image size"), e.getMessage());
        Files.writeString(dataset.resolve("labels/train/1.txt"), "99999999999999999999 0.1 0.1 0.1 0.1 0.4 0.5\n");
        assertTrue(failure("yolov8_segmentation", dataset).getMessage().contains("is not a whole number"));
    }

    @Test
    void aLabelFileWithoutItsImageIsReportedNotIgnored() throws IOException {
        Path dataset = copyOf("yolov8_detection");
        Path orphan = dataset.resolve("labels/train/ghost.txt");
        Files.writeString(orphan, "1 0.5 0.5 0.1 0.1\n");
        AnnolabException e = failure("yolov8_detection", dataset);
        assertEquals(orphan.toAbsolutePath().normalize(), e.file().toAbsolutePath().normalize());
        assertTrue(e.getMessage().contains("has no image"), e.getMessage());
    }

    @Test
    void aDarknetLabelFileThatNoListMentionsIsReported() throws IOException {
        Path dataset = copyOf("yolo");
        Path orphan = dataset.resolve("obj_train_data/2.txt");
        Files.writeString(orphan, "1 0.5 0.5 0.1 0.1\n");
        AnnolabException e = failure("yolo", dataset);
        assertEquals(orphan.toAbsolutePath().normalize(), e.file().toAbsolutePath().normalize());
        assertTrue(e.getMessage().contains("has no image in the subset lists"), e.getMessage());
    }

    @Test
    void pathTraversalInASubsetListIsRefused() throws IOException {
        Path dataset = copyOf("yolov8_detection_subset_txt");
        Files.writeString(dataset.resolve("train.txt"), "data/images/train/1.jpg\n../../../etc/passwd\n");
        AnnolabException e = failure("yolov8_detection", dataset);
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("points outside the dataset folder"), e.getMessage());

        Path darknet = copyOf("yolo");
        Files.writeString(darknet.resolve("train.txt"), "/etc/hosts\n");
        assertTrue(failure("yolo", darknet).getMessage().contains("points outside the dataset folder"));
        Files.writeString(darknet.resolve("obj.data"), "classes = 10\ntrain = data/train.txt\nnames = ../../obj.names\n");
        assertTrue(failure("yolo", darknet).getMessage().contains("obj.data:3"));
    }

    @Test
    void duplicateItemIdsInASubsetAreRefused() throws IOException {
        Path dataset = copyOf("yolo");
        Files.writeString(dataset.resolve("train.txt"), "data/obj_train_data/1.jpg\ndata/obj_train_data/1.jpg\n");
        AnnolabException e = failure("yolo", dataset);
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("already taken"), e.getMessage());
    }

    @Test
    void aMissingImageNeedsImagesMetaForItsSize() throws IOException {
        Path dataset = copyOf("yolo");
        Files.delete(dataset.resolve("obj_train_data/1.jpg"));
        AnnolabException e = failure("yolo", dataset);
        assertTrue(e.getMessage().contains("is unknown") && e.getMessage().contains("images.meta"), e.getMessage());

        Files.writeString(dataset.resolve("images.meta"), "# id height width\n1 10 15\n");
        Dataset read = load("yolo", dataset);
        assertEquals(15, read.getItems().get(0).getMedia().getWidth());
        assertEquals(2, read.getItems().get(0).getAnnotations().size());
    }

    @Test
    void brokenYamlNamesItsLine() throws IOException {
        Path dataset = copyOf("yolov8_detection");
        Files.writeString(dataset.resolve("data.yaml"), "path: .\ntrain: images/train\nnames:\n  0: 'label_0\n");
        AnnolabException e = failure("yolov8_detection", dataset);
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("not closed"), e.getMessage());

        Files.writeString(dataset.resolve("data.yaml"), "train: images/train\nnames:\n  0: a\n  2: b\n");
        assertTrue(failure("yolov8_detection", dataset).getMessage().contains("0, 1, 2"));
    }

    @Test
    void poseWithoutKeypointShapeOrWithBadVisibilityFails() throws IOException {
        Path dataset = copyOf("yolov8_pose");
        Files.writeString(dataset.resolve("labels/train/1.txt"), "0 0.1 0.3 0.2 0.2 0.1 0.2 7 0.3 0.4 2 0.5 0.6 2\n");
        assertTrue(failure("yolov8_pose", dataset).getMessage().contains("visibility '7' is not 0, 1 or 2"));
        Files.writeString(dataset.resolve("data.yaml"), "train: images/train\nnames:\n  0: skeleton_label\n");
        assertTrue(failure("yolov8_pose", dataset).getMessage().contains("kpt_shape is missing"));
    }

    @Test
    void classificationRefusesImagesOutsideAClassFolder() throws IOException {
        Path dataset = copyOf("yolov8_classification");
        Files.copy(dataset.resolve("train/label_0/1.jpg"), dataset.resolve("train/stray.jpg"));
        assertTrue(failure("yolov8_classification", dataset).getMessage().contains("not inside a SUBSET/CLASS folder"));
    }
}
