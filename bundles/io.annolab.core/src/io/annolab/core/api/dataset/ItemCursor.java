package io.annolab.core.api.dataset;

import java.io.IOException;

import io.annolab.model.DatasetItem;

/** A one-pass stream of items, read lazily from a file or produced by an operation. */
public interface ItemCursor extends AutoCloseable {

    /** The next item, or null at the end. */
    DatasetItem next() throws IOException;

    @Override
    void close() throws IOException;

    /** Produces the item for one index of a list: reading, copying, converting. */
    @FunctionalInterface
    interface ItemMaker<T> {
        DatasetItem make(T element) throws IOException;
    }

    /** A cursor that makes one item per element of a list, when asked, in order. */
    static <T> ItemCursor over(java.util.List<T> elements, ItemMaker<T> maker) {
        return new ItemCursor() {
            private int next;

            @Override
            public DatasetItem next() throws IOException {
                return next < elements.size() ? maker.make(elements.get(next++)) : null;
            }

            @Override
            public void close() {
            }
        };
    }
}
