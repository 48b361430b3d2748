package io.annolab.core.api.format;

/**
 * A format whose id and name are fixed when it is made: the usual base for the members of a
 * format family (COCO's tasks, VOC's tasks, the YOLOv8 variants), which differ only in what they
 * hand their importer and exporter.
 */
public abstract class NamedFormat implements DatasetFormat {

    private final String id;
    private final String name;

    protected NamedFormat(String id, String name) {
        this.id = id;
        this.name = name;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String name() {
        return name;
    }
}
