package io.annolab.formats.datumaro;

import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.DatasetFormat;
import io.annolab.core.api.format.DatasetImporter;

/** Datumaro's native format: {@code annotations/<subset>.json} beside {@code images/<subset>/}. */
public class DatumaroFormat implements DatasetFormat {

    @Override
    public String id() {
        return "datumaro";
    }

    @Override
    public String name() {
        return "Datumaro";
    }

    @Override
    public DatasetImporter importer() {
        return new DatumaroImporter();
    }

    @Override
    public DatasetExporter exporter() {
        return new DatumaroExporter();
    }
}
