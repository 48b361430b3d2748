package io.annolab.formats.voc;

import java.util.Set;

import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.DatasetFormat;
import io.annolab.core.api.format.DatasetImporter;

/** One member of the VOC family: the same reader and writer restricted to some tasks. */
abstract class VocFormatBase implements DatasetFormat {

    private final String id;
    private final String name;
    private final Set<VocTask> tasks;

    VocFormatBase(String id, String name, Set<VocTask> tasks) {
        this.id = id;
        this.name = name;
        this.tasks = tasks;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
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
