package io.annolab.core.internal.registry;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.annolab.core.api.registry.Contribution;
import io.annolab.core.api.registry.Registry;

/** Listener bookkeeping and lookup shared by both registry backends. */
abstract class AbstractRegistry<T> implements Registry<T> {

    private final List<Consumer<Registry<T>>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public Optional<Contribution<T>> find(String id) {
        return contributions().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public void addChangeListener(Consumer<Registry<T>> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(Consumer<Registry<T>> listener) {
        listeners.remove(listener);
    }

    protected void fireChanged() {
        for (Consumer<Registry<T>> listener : listeners) {
            listener.accept(this);
        }
    }
}
