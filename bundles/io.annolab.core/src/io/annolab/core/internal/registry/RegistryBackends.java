package io.annolab.core.internal.registry;

import io.annolab.core.api.registry.Identified;
import io.annolab.core.api.registry.Registry;

/** Chooses the extension registry under OSGi and ServiceLoader elsewhere. */
public final class RegistryBackends {

    private RegistryBackends() {
    }

    public static <T extends Identified> Registry<T> create(String extensionPointId, Class<T> type) {
        if (OsgiPresence.extensionRegistryAvailable()) {
            return new ExtensionPointRegistry<>(extensionPointId, type);
        }
        return createServiceLoaderRegistry(type);
    }

    /** The plain-JVM backend, also used by tests inside OSGi to check what plain-JVM users get. */
    public static <T extends Identified> Registry<T> createServiceLoaderRegistry(Class<T> type) {
        return new ServiceLoaderRegistry<>(type);
    }
}
