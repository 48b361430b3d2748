package io.annolab.formats.voc;

import java.util.Set;

import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.NamedFormat;
import io.annolab.core.api.format.DatasetImporter;

/** One member of the VOC family: the same reader and writer restricted to some tasks. */
abstract class VocFormatBase extends NamedFormat {

    private final Set<VocTask> tasks;

    VocFormatBase(String id, String name, Set<VocTask> tasks) {
        super(id, name);
        this.tasks = tasks;
    }

    @Override
    public DatasetImporter importer() {
        return new VocImporter(tasks);
    }

    @Override
    public DatasetExporter exporter() {
        return new VocExporter(tasks);
    }
}
