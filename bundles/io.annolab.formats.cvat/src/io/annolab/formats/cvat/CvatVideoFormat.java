package io.annolab.formats.cvat;

import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.DatasetFormat;
import io.annolab.core.api.format.DatasetImporter;

/**
 * CVAT's "CVAT for video 1.1" ({@code cvat_video}; Datumaro has no separate name, it reads it as
 * {@code cvat}): the interpolation layout with {@code <track>}s. Its reader is the {@code cvat}
 * one; it does not take part in detection, which {@code cvat} answers for both layouts.
 */
public class CvatVideoFormat implements DatasetFormat {

    @Override
    public String id() {
        return "cvat_video";
    }

    @Override
    public String name() {
        return "CVAT for video 1.1";
    }

    @Override
    public DatasetImporter importer() {
        return new CvatImporter(false);
    }

    @Override
    public DatasetExporter exporter() {
        return new CvatVideoExporter();
    }
}
