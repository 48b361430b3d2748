package io.annolab.formats.yolo;

import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.DatasetFormat;
import io.annolab.core.api.format.DatasetImporter;

/** One member of Datumaro's YOLOv8 family; the subclasses exist so each can be named in plugin.xml. */
abstract class UltralyticsFormat implements DatasetFormat {

    private final String id;
    private final String name;
    private final YoloTask task;

    UltralyticsFormat(String id, String name, YoloTask task) {
        this.id = id;
        this.name = name;
        this.task = task;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
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
