package io.annolab.core.api.dataset;

import java.io.IOException;

import io.annolab.model.DatasetItem;

/** A one-pass stream of items, read lazily from a file or produced by an operation. */
public interface ItemCursor extends AutoCloseable {

    /** The next item, or null at the end. */
    DatasetItem next() throws IOException;

    @Override
    void close() throws IOException;
}
