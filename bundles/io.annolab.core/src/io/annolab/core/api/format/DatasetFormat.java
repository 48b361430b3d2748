package io.annolab.core.api.format;

import io.annolab.core.api.registry.Identified;

/**
 * A dataset format, contributed to the {@code io.annolab.core.formats} extension point (or as a
 * {@link java.util.ServiceLoader} provider). Its {@link #id()} is Datumaro's format name.
 */
public interface DatasetFormat extends Identified {

    /** The reader, or null when the format can only be written. */
    default DatasetImporter importer() {
        return null;
    }

    /** The writer, or null when the format can only be read. */
    default DatasetExporter exporter() {
        return null;
    }
}
