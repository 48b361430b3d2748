package io.annolab.formats.yolo;

import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.DatasetFormat;
import io.annolab.core.api.format.DatasetImporter;

/** Datumaro's {@code yolov8_classification}: SUBSET/CLASS/image files, one label per image. */
public class YoloV8ClassificationFormat implements DatasetFormat {

    @Override
    public String id() {
        return "yolov8_classification";
    }

    @Override
    public String name() {
        return "YOLOv8 classification";
    }

    @Override
    public DatasetImporter importer() {
        return new ClassificationImporter();
    }

    @Override
    public DatasetExporter exporter() {
        return new ClassificationExporter();
    }
}
