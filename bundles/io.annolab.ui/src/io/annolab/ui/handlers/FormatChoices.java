package io.annolab.ui.handlers;

import java.util.Comparator;
import java.util.List;

import io.annolab.core.api.format.DatasetFormat;
import io.annolab.core.api.registry.Contribution;
import io.annolab.core.api.registry.Registries;

/** The installed formats that can read or write, from the format registry (so every installed bundle shows up). */
final class FormatChoices {

    private FormatChoices() {
    }

    static List<Contribution<DatasetFormat>> readable() {
        return formats("canImport");
    }

    static List<Contribution<DatasetFormat>> writable() {
        return formats("canExport");
    }

    private static List<Contribution<DatasetFormat>> formats(String capability) {
        return Registries.formats().contributions().stream()
                .filter(c -> !"false".equals(c.attribute(capability))).sorted(Comparator.comparing(Contribution::id)).toList();
    }
}
