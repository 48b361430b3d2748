package io.annolab.formats.image;

import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.DatasetFormat;
import io.annolab.core.api.format.DatasetImporter;

/**
 * Datumaro's {@code image_zip}: images inside a zip archive. An item's media path is
 * {@code <absolute zip path>!/<entry name>} (the JAR-URL convention), which
 * {@link ZipEntryPaths} splits again for the exporters and the media bundle.
 */
public class ImageZipFormat implements DatasetFormat {

    @Override
    public String id() {
        return "image_zip";
    }

    @Override
    public String name() {
        return "Image zip";
    }

    @Override
    public DatasetImporter importer() {
        return new ImageZipImporter();
    }

    @Override
    public DatasetExporter exporter() {
        return new ImageZipExporter();
    }
}
