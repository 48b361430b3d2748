package io.annolab.core.api.dataset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.ModelFactory;

/** Bridges between whole in-memory datasets and streaming sources. */
public final class Datasets {

    private Datasets() {
    }

    /** A source over a dataset held in memory; items are handed out as they are (not copied). */
    public static DatasetSource of(Dataset dataset) {
        List<DatasetItem> items = List.copyOf(dataset.getItems());
        return DatasetSource.of(dataset, () -> ItemCursor.over(items, item -> item), items.size());
    }

    /**
     * Reads every item of a source into one dataset. The header's labels and attributes move
     * into the result (items keep pointing at the same label objects), so the source is used up.
     */
    public static Dataset load(DatasetSource source) throws IOException {
        Dataset header = source.header();
        Dataset dataset = ModelFactory.eINSTANCE.createDataset();
        dataset.setName(header.getName());
        List<DatasetItem> collected = new ArrayList<>();
        try (ItemCursor cursor = source.items()) {
            for (DatasetItem item = cursor.next(); item != null; item = cursor.next()) {
                collected.add(item);
            }
        }
        dataset.getLabels().addAll(List.copyOf(header.getLabels()));
        dataset.getAttributes().addAll(List.copyOf(header.getAttributes()));
        dataset.getItems().addAll(collected);
        return dataset;
    }
}
