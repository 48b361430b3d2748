package io.annolab.core.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;

import io.annolab.core.api.registry.Contribution;
import io.annolab.core.api.registry.Identified;

/**
 * Contributions declared on an extension point. Descriptions come from the XML; a class is
 * loaded and instantiated only when {@link Contribution#get()} is first called. The list is
 * rebuilt when bundles that extend the point come or go, so formats installed at runtime show up
 * (and uninstalled ones disappear) without a restart.
 */
final class ExtensionPointRegistry<T extends Identified> extends AbstractRegistry<T> implements IRegistryEventListener {

    private final String extensionPointId;
    private final Class<T> type;
    private final IExtensionRegistry registry;
    private volatile List<Contribution<T>> contributions;

    ExtensionPointRegistry(String extensionPointId, Class<T> type) {
        this.extensionPointId = extensionPointId;
        this.type = type;
        this.registry = ExtensionRegistryAccess.registry();
        registry.addListener(this, extensionPointId);
        contributions = read();
    }

    @Override
    public List<Contribution<T>> contributions() {
        return contributions;
    }

    private List<Contribution<T>> read() {
        List<Contribution<T>> found = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPointId)) {
            if (element.getAttribute("class") != null && element.getAttribute("id") != null) {
                found.add(new Declared<>(element, type));
            }
        }
        found.sort(Comparator.comparing(Contribution::id));
        return List.copyOf(found);
    }

    private void refresh() {
        contributions = read();
        fireChanged();
    }

    @Override
    public void added(IExtension[] extensions) {
        refresh();
    }

    @Override
    public void removed(IExtension[] extensions) {
        refresh();
    }

    @Override
    public void added(IExtensionPoint[] extensionPoints) {
        refresh();
    }

    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
        refresh();
    }

    private static final class Declared<T> implements Contribution<T> {

        private final IConfigurationElement element;
        private final Class<T> type;
        private final String id;
        private final String name;
        private final String contributor;
        private T instance;

        Declared(IConfigurationElement element, Class<T> type) {
            this.element = element;
            this.type = type;
            this.id = element.getAttribute("id");
            String declaredName = element.getAttribute("name");
            this.name = declaredName == null ? id : declaredName;
            this.contributor = element.getContributor().getName();
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String attribute(String key) {
            return element.isValid() ? element.getAttribute(key) : null;
        }

        @Override
        public String contributor() {
            return contributor;
        }

        @Override
        public synchronized T get() {
            if (instance == null) {
                try {
                    instance = type.cast(element.createExecutableExtension("class"));
                } catch (CoreException | ClassCastException | org.eclipse.core.runtime.InvalidRegistryObjectException e) {
                    throw new IllegalStateException("The " + id + " contribution of bundle " + contributor
                            + " could not be created: " + e.getMessage() + ". Reinstall or update that bundle.", e);
                }
            }
            return instance;
        }
    }
}
