package io.annolab.formats.mot;

import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.DatasetFormat;
import io.annolab.core.api.format.DatasetImporter;

/** Datumaro's {@code mot_seq}: a MOT Challenge sequence (written as Datumaro's {@code mot_seq_gt}). */
public class MotSeqFormat implements DatasetFormat {

    @Override
    public String id() {
        return "mot_seq";
    }

    @Override
    public String name() {
        return "MOT sequence";
    }

    @Override
    public DatasetImporter importer() {
        return new MotSeqImporter();
    }

    @Override
    public DatasetExporter exporter() {
        return new MotSeqExporter();
    }
}
