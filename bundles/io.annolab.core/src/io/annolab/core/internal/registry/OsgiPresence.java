package io.annolab.core.internal.registry;

/**
 * Tells whether the Eclipse extension registry runs here. Kept free of OSGi types in its
 * signatures so that the class loads in a plain JVM, where those types are absent.
 */
final class OsgiPresence {

    private OsgiPresence() {
    }

    static boolean extensionRegistryAvailable() {
        try {
            Class.forName("org.eclipse.core.runtime.RegistryFactory", false, OsgiPresence.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
        return ExtensionRegistryAccess.registry() != null;
    }
}
