package io.annolab.formats.yolo;

/** Datumaro's {@code yolov8_pose}: the Ultralytics layout with skeletons (keypoints). */
public class YoloV8PoseFormat extends UltralyticsFormat {

    public YoloV8PoseFormat() {
        super("yolov8_pose", "YOLOv8 pose", YoloTask.POSE);
    }
}
