package io.annolab.formats.mot;

import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.DatasetFormat;
import io.annolab.core.api.format.DatasetImporter;

/** Datumaro's {@code mots}: instance masks in 16-bit PNGs, class * 1000 + instance (written as Datumaro's {@code mots_png}). */
public class MotsFormat implements DatasetFormat {

    @Override
    public String id() {
        return "mots";
    }

    @Override
    public String name() {
        return "MOTS PNG";
    }

    @Override
    public DatasetImporter importer() {
        return new MotsImporter();
    }

    @Override
    public DatasetExporter exporter() {
        return new MotsExporter();
    }
}
