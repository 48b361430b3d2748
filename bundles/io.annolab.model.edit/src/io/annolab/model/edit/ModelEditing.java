package io.annolab.model.edit;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import io.annolab.model.provider.ModelItemProviderAdapterFactory;

/**
 * Creates editing domains for Annolab models. Every change a user makes goes through the
 * domain's command stack, which gives undo and redo, and one place to observe changes
 * (dirty state, autosave).
 */
public final class ModelEditing {

    private ModelEditing() {
    }

    /** The adapter factory for labels, icons, children and properties of every model object. */
    public static ComposedAdapterFactory createAdapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new ModelItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

    /** A new editing domain with its own command stack (one per open job). */
    public static AdapterFactoryEditingDomain createEditingDomain() {
        return new AdapterFactoryEditingDomain(createAdapterFactory(), new BasicCommandStack());
    }
}
