package io.annolab.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.dataset.ReadAhead;
import io.annolab.model.DatasetItem;
import io.annolab.model.ModelFactory;

class ReadAheadTest {

    @Test
    void itemsArriveInOrderAndAllOfThem() throws IOException {
        List<String> ids = new ArrayList<>();
        try (ItemCursor cursor = ReadAhead.of(source(5_000, -1, new AtomicBoolean())).items()) {
            for (DatasetItem item = cursor.next(); item != null; item = cursor.next()) {
                ids.add(item.getId());
            }
            assertNull(cursor.next(), "the end stays the end");
        }
        assertEquals(IntStream.range(0, 5_000).mapToObj(Integer::toString).toList(), ids);
    }

    @Test
    void aReadingFailureReachesTheWriterAsItWasThrown() throws IOException {
        try (ItemCursor cursor = ReadAhead.of(source(100, 40, new AtomicBoolean())).items()) {
            for (int i = 0; i < 40; i++) {
                assertEquals(Integer.toString(i), cursor.next().getId());
            }
            AnnolabException error = assertThrows(AnnolabException.class, cursor::next);
            assertEquals("damaged at item 40", error.what());
        }
    }

    @Test
    void closingEarlyStopsTheReaderAndClosesItsSource() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        ItemCursor cursor = ReadAhead.of(source(1_000_000, -1, closed)).items();
        cursor.next();
        cursor.close();
        assertTrue(closed.get(), "the underlying cursor was closed by the reader thread");
    }

    private static DatasetSource source(int count, int failAt, AtomicBoolean closed) {
        return DatasetSource.of(ModelFactory.eINSTANCE.createDataset(), () -> new ItemCursor() {
            private int next;

            @Override
            public DatasetItem next() throws IOException {
                if (next == failAt) {
                    throw new AnnolabException("damaged at item " + next, null, "");
                }
                if (next >= count) {
                    return null;
                }
                DatasetItem item = ModelFactory.eINSTANCE.createDatasetItem();
                item.setId(Integer.toString(next++));
                return item;
            }

            @Override
            public void close() {
                closed.set(true);
            }
        }, count);
    }
}
