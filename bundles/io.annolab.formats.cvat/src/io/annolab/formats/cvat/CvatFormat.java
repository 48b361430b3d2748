package io.annolab.formats.cvat;

import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.DatasetFormat;
import io.annolab.core.api.format.DatasetImporter;

/**
 * Datumaro's {@code cvat}: CVAT XML 1.1. Reads both CVAT for images and CVAT for video; writes
 * CVAT for images (what Datumaro writes). {@link CvatVideoFormat} writes the video layout.
 */
public class CvatFormat implements DatasetFormat {

    @Override
    public String id() {
        return "cvat";
    }

    @Override
    public String name() {
        return "CVAT for images 1.1";
    }

    @Override
    public DatasetImporter importer() {
        return new CvatImporter(true);
    }

    @Override
    public DatasetExporter exporter() {
        return new CvatImagesExporter();
    }
}
