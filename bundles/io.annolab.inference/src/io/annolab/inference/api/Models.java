package io.annolab.inference.api;

import java.io.IOException;
import java.nio.file.Path;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.launch.LoadedModel;
import io.annolab.core.api.launch.ModelLauncher;
import io.annolab.core.api.registry.Contribution;
import io.annolab.core.api.registry.Registries;
import io.annolab.core.api.registry.Registry;

/** Loads a model from its descriptor through the installed family the descriptor names. */
public final class Models {

    private Models() {
    }

    public static LoadedModel load(Path descriptor) throws IOException {
        return load(new DescriptorReader().read(descriptor));
    }

    /** Loads with the descriptor as given (e.g. with a threshold changed on the command line). */
    public static LoadedModel load(ModelDescriptor descriptor) throws IOException {
        Registry<ModelLauncher> launchers = Registries.launchers();
        ModelLauncher family = launchers.find(descriptor.family()).map(Contribution::get)
                .orElseThrow(() -> new AnnolabException("bad model descriptor, field 'family': '" + descriptor.family()
                        + "' is not an installed model family", descriptor.file(), "Installed families: "
                        + launchers.contributions().stream().map(Contribution::id).toList()));
        if (family instanceof DescriptorLauncher typed) {
            return typed.load(descriptor);
        }
        return family.load(descriptor.file());
    }

    /** A family that can load an already-read (and possibly adjusted) descriptor. */
    public interface DescriptorLauncher extends ModelLauncher {
        LoadedModel load(ModelDescriptor descriptor) throws IOException;
    }
}
