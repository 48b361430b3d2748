package io.annolab.formats.image;

import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.DatasetFormat;
import io.annolab.core.api.format.DatasetImporter;

/** Datumaro's {@code image_dir}: a folder of images and nothing else. */
public class ImageDirFormat implements DatasetFormat {

    @Override
    public String id() {
        return "image_dir";
    }

    @Override
    public String name() {
        return "Image directory";
    }

    @Override
    public DatasetImporter importer() {
        return new ImageDirImporter();
    }

    @Override
    public DatasetExporter exporter() {
        return new ImageDirExporter();
    }
}
