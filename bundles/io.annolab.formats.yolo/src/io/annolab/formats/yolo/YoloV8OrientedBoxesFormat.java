package io.annolab.formats.yolo;

/** Datumaro's {@code yolov8_oriented_boxes}: the Ultralytics layout with rotated boxes by their four corners. */
public class YoloV8OrientedBoxesFormat extends UltralyticsFormat {

    public YoloV8OrientedBoxesFormat() {
        super("yolov8_oriented_boxes", "YOLOv8 oriented boxes", YoloTask.ORIENTED_BOXES);
    }
}
