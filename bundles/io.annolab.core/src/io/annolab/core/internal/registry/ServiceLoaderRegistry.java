package io.annolab.core.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

import io.annolab.core.api.registry.Contribution;
import io.annolab.core.api.registry.Identified;

/**
 * Contributions found through {@link ServiceLoader} (META-INF/services), for plain-JVM use of
 * the core and format bundles. The set is read once: a plain class path does not change.
 */
final class ServiceLoaderRegistry<T extends Identified> extends AbstractRegistry<T> {

    private final List<Contribution<T>> contributions;

    ServiceLoaderRegistry(Class<T> type) {
        List<Contribution<T>> found = new ArrayList<>();
        for (T provider : ServiceLoader.load(type, type.getClassLoader())) {
            found.add(new Loaded<>(provider));
        }
        if (Thread.currentThread().getContextClassLoader() != null
                && Thread.currentThread().getContextClassLoader() != type.getClassLoader()) {
            for (T provider : ServiceLoader.load(type)) {
                if (found.stream().noneMatch(c -> c.id().equals(provider.id()))) {
                    found.add(new Loaded<>(provider));
                }
            }
        }
        found.sort(Comparator.comparing(Contribution::id));
        contributions = List.copyOf(found);
    }

    @Override
    public List<Contribution<T>> contributions() {
        return contributions;
    }

    private record Loaded<T extends Identified>(T provider) implements Contribution<T> {

        @Override
        public String id() {
            return provider.id();
        }

        @Override
        public String name() {
            return provider.name();
        }

        @Override
        public String attribute(String key) {
            return null;
        }

        @Override
        public String contributor() {
            return provider.getClass().getName();
        }

        @Override
        public T get() {
            return provider;
        }
    }
}
