package io.annolab.formats.yolo;

/** Datumaro's {@code yolov8_segmentation}: the Ultralytics layout with polygons. */
public class YoloV8SegmentationFormat extends UltralyticsFormat {

    public YoloV8SegmentationFormat() {
        super("yolov8_segmentation", "YOLOv8 segmentation", YoloTask.SEGMENTATION);
    }
}
