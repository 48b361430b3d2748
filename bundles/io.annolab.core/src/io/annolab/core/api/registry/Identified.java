package io.annolab.core.api.registry;

/**
 * Every contribution has a stable id (what users type: a format name such as {@code coco}) and a
 * name to show. Under OSGi both also stand in the extension's XML, so that menus can list a
 * contribution without loading its class.
 */
public interface Identified {

    String id();

    default String name() {
        return id();
    }
}
