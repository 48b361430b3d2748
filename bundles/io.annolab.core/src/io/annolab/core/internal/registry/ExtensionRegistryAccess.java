package io.annolab.core.internal.registry;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** The only class that touches RegistryFactory, loaded only after its presence was checked. */
final class ExtensionRegistryAccess {

    private ExtensionRegistryAccess() {
    }

    static IExtensionRegistry registry() {
        return RegistryFactory.getRegistry();
    }
}
