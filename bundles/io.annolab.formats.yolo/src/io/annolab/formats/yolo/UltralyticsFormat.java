package io.annolab.formats.yolo;

import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.NamedFormat;
import io.annolab.core.api.format.DatasetImporter;

/** One member of Datumaro's YOLOv8 family; the subclasses exist so each can be named in plugin.xml. */
abstract class UltralyticsFormat extends NamedFormat {

    private final YoloTask task;

    UltralyticsFormat(String id, String name, YoloTask task) {
        super(id, name);
        this.task = task;
    }

    @Override
    public DatasetImporter importer() {
        return new UltralyticsImporter(task);
    }

    @Override
    public DatasetExporter exporter() {
        return new UltralyticsExporter(task);
    }
}
