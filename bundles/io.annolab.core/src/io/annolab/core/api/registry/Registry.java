package io.annolab.core.api.registry;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The contributions of one kind (formats, transforms, validators, launchers, shape tools).
 * Under OSGi they come from an extension point and follow bundles that are installed or
 * uninstalled while the application runs; outside OSGi they come from {@link java.util.ServiceLoader}.
 */
public interface Registry<T> {

    /** The contributions present now, sorted by id. */
    List<Contribution<T>> contributions();

    Optional<Contribution<T>> find(String id);

    /** Called after contributions were added or removed (on the thread that changed the registry). */
    void addChangeListener(Consumer<Registry<T>> listener);

    void removeChangeListener(Consumer<Registry<T>> listener);
}
