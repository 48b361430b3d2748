package io.annolab.formats.yolo;

import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.DatasetFormat;
import io.annolab.core.api.format.DatasetImporter;

/** Datumaro's {@code yolo}: the Darknet layout with obj.data, obj.names and axis-aligned boxes. */
public class DarknetFormat implements DatasetFormat {

    @Override
    public String id() {
        return "yolo";
    }

    @Override
    public String name() {
        return "YOLO (Darknet)";
    }

    @Override
    public DatasetImporter importer() {
        return new DarknetImporter();
    }

    @Override
    public DatasetExporter exporter() {
        return new DarknetExporter();
    }
}
