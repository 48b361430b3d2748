package io.annolab.inference.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.annolab.model.Dataset;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;

/**
 * Model labels onto a dataset's labels, by name (case-insensitive, as CVAT matches them). A model
 * label the dataset lacks is added to it; names listed as ignored (e.g. an SSD's background)
 * map to nothing, and their predictions are dropped.
 */
public final class LabelMapping {

    private final List<Label> byModelIndex = new ArrayList<>();

    public LabelMapping(List<String> modelLabels, Dataset header, List<String> ignored) {
        Map<String, Label> existing = new HashMap<>();
        for (Label label : header.getLabels()) {
            existing.putIfAbsent(label.getName().toLowerCase(java.util.Locale.ROOT), label);
        }
        for (String name : modelLabels) {
            if (ignored.stream().anyMatch(name::equalsIgnoreCase)) {
                byModelIndex.add(null);
                continue;
            }
            Label label = existing.get(name.toLowerCase(java.util.Locale.ROOT));
            if (label == null) {
                label = ModelFactory.eINSTANCE.createLabel();
                label.setName(name);
                header.getLabels().add(label);
                existing.put(name.toLowerCase(java.util.Locale.ROOT), label);
            }
            byModelIndex.add(label);
        }
    }

    /** The dataset label of a model label index, or null when predictions of it are dropped. */
    public Label label(int modelIndex) {
        return modelIndex >= 0 && modelIndex < byModelIndex.size() ? byModelIndex.get(modelIndex) : null;
    }
}
