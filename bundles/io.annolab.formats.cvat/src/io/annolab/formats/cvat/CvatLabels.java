package io.annolab.formats.cvat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.annolab.model.Label;

/**
 * The labels of a CVAT dataset, found by name as CVAT's reader finds them (spec §3.8): shapes by
 * the top-level label's name, skeleton points by name within their skeleton.
 */
final class CvatLabels {

    private final Map<String, Label> byName = new LinkedHashMap<>();

    /** Adds the labels whose names are new; labels already known keep their first declaration. */
    void merge(List<Label> labels) {
        for (Label label : labels) {
            byName.putIfAbsent(label.getName(), label);
        }
    }

    Label find(String name) {
        return byName.get(name);
    }

    static Label element(Label skeleton, String name) {
        if (skeleton == null) {
            return null;
        }
        for (Label sublabel : skeleton.getSublabels()) {
            if (sublabel.getName().equals(name)) {
                return sublabel;
            }
        }
        return null;
    }

    List<Label> all() {
        return new ArrayList<>(byName.values());
    }
}
