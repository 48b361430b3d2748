package io.annolab.core.api.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;

/**
 * Reads items on a second thread while the caller writes the previous ones, so a conversion
 * costs about the slower of reading and writing rather than their sum. The queue is bounded:
 * memory stays flat however large the dataset.
 */
public final class ReadAhead {

    /**
     * A failure caught on a background thread, to throw on the thread that waits for its result as
     * it would have been thrown there: I/O and runtime exceptions and errors as they are, anything
     * else wrapped. Use: {@code throw ReadAhead.rethrown(failure);}
     */
    public static IOException rethrown(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        } else if (failure instanceof RuntimeException runtime) {
            throw runtime;
        } else if (failure instanceof Error error) {
            throw error;
        }
        throw new UncheckedIOException(new IOException(failure));
    }

    /** Items held between the reader and the writer at most. */
    public static final int QUEUE_ITEMS = 512;

    private ReadAhead() {
    }

    /** The same source; each pass over its items is read ahead on a background thread. */
    public static DatasetSource of(DatasetSource source) {
        return new DatasetSource() {
            @Override
            public Dataset header() {
                return source.header();
            }

            @Override
            public ItemCursor items() throws IOException {
                return new Cursor(source.items());
            }

            @Override
            public long sizeHint() {
                return source.sizeHint();
            }

            @Override
            public void close() throws IOException {
                source.close();
            }
        };
    }

    /** What the reader thread hands over: an item, the end, or the failure that stopped it. */
    private record Element(DatasetItem item, Throwable failure) {
        static final Element END = new Element(null, null);
    }

    private static final class Cursor implements ItemCursor {

        private final BlockingQueue<Element> queue = new ArrayBlockingQueue<>(QUEUE_ITEMS);
        private final Thread reader;
        private boolean finished;

        Cursor(ItemCursor source) {
            reader = Thread.ofPlatform().daemon().name("annolab-read-ahead").unstarted(() -> read(source));
            reader.start();
        }

        private void read(ItemCursor source) {
            Element last = Element.END;
            try (source) {
                for (DatasetItem item = source.next(); item != null; item = source.next()) {
                    queue.put(new Element(item, null));
                }
            } catch (InterruptedException e) {
                return; // the writer closed the cursor: stop quietly
            } catch (Throwable e) {
                last = new Element(null, e);
            }
            try {
                queue.put(last);
            } catch (InterruptedException e) {
                // closed meanwhile: nobody waits for the end
            }
        }

        @Override
        public DatasetItem next() throws IOException {
            if (finished) {
                return null;
            }
            Element element;
            try {
                element = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading ahead", e);
            }
            if (element.item() != null) {
                return element.item();
            }
            finished = true;
            Throwable failure = element.failure();
            if (failure == null) {
                return null;
            }
            // the reader's failure, rethrown on the caller's thread as it would have been without read-ahead
            throw rethrown(failure);
        }

        @Override
        public void close() throws IOException {
            finished = true;
            reader.interrupt();
            queue.clear();
            try {
                reader.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
