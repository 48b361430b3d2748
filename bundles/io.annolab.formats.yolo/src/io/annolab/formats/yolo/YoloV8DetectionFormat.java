package io.annolab.formats.yolo;

/** Datumaro's {@code yolov8_detection}: the Ultralytics layout with axis-aligned boxes. */
public class YoloV8DetectionFormat extends UltralyticsFormat {

    public YoloV8DetectionFormat() {
        super("yolov8_detection", "YOLOv8 detection", YoloTask.DETECTION);
    }
}
