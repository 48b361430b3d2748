package io.annolab.core.api.filter;

/**
 * The property values of one object as the filter sees them (CVAT-FEATURES FLT-02). Implement it
 * for anything that should be filtered; {@link AnnotationSubject} does it for model annotations.
 */
public interface FilterSubject {

    /** Label name, or null. */
    String label();

    /** {@code shape}, {@code track} or {@code tag}. */
    String type();

    /** Shape type literal ({@code rectangle}, {@code cuboid_3d}, ...), or null for tags. */
    String shape();

    boolean occluded();

    /** Width in pixels, or {@link Double#NaN} when the object has no 2D extent (tags). */
    double width();

    /** Height in pixels, or {@link Double#NaN} when the object has no 2D extent. */
    double height();

    /** Persistent object id (CVAT's server id). */
    long serverId();

    /** Id shown in the objects sidebar (CVAT's client id). */
    long objectId();

    /**
     * The value of the named attribute: a {@link String}, a {@link Double} (number attributes)
     * or a {@link Boolean} (checkbox attributes), or null when the object has no such attribute.
     */
    Object attribute(String name);
}
