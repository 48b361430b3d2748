package io.annolab.core.api.dataset;

import java.io.IOException;

import io.annolab.model.Dataset;

/**
 * A dataset that streams: its header (name, labels, dataset attributes; never items) is known
 * at once, its items are read one at a time. Items reference the header's labels. Converters
 * pass items from a reader to a writer without holding the whole dataset in memory.
 */
public interface DatasetSource extends AutoCloseable {

    /** Name, labels and attributes. Its item list is empty. */
    Dataset header();

    /** A new pass over the items. Each call starts from the first item. */
    ItemCursor items() throws IOException;

    /** The number of items if known cheaply, else -1. */
    default long sizeHint() {
        return -1;
    }

    @Override
    default void close() throws IOException {
    }

    /** Opens a new pass over items. */
    @FunctionalInterface
    interface CursorFactory {
        ItemCursor open() throws IOException;
    }

    /** A source from its header, a way to open passes over its items, and its size (-1 if unknown). */
    static DatasetSource of(Dataset header, CursorFactory items, long sizeHint) {
        return new DatasetSource() {
            @Override
            public Dataset header() {
                return header;
            }

            @Override
            public ItemCursor items() throws IOException {
                return items.open();
            }

            @Override
            public long sizeHint() {
                return sizeHint;
            }
        };
    }
}
