package io.annolab.core.api.registry;

/**
 * One contribution to a registry: its description is known at once, its implementation is
 * created on first {@link #get()} and then kept.
 */
public interface Contribution<T> {

    String id();

    String name();

    /** An extra attribute of the declaration (for example {@code canExport}), or null. */
    String attribute(String key);

    /** Who contributed it: a bundle symbolic name, or the jar/class under ServiceLoader. */
    String contributor();

    /** The implementation, created on first call. */
    T get();
}
