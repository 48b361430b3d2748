package io.annolab.formats.yolo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes many small files from a few threads. A YOLO export is one label file per image, and
 * creating a file costs far more in the kernel than formatting its few lines, so the writes
 * overlap while the caller goes on reading items. A bounded number of files is in flight, so
 * memory stays small; the first failure is thrown to the caller.
 */
final class ParallelFileWriter implements AutoCloseable {

    private static final int IN_FLIGHT = 512;

    private final ExecutorService threads;
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private final AtomicReference<IOException> failure = new AtomicReference<>();

    ParallelFileWriter() {
        int count = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        threads = Executors.newFixedThreadPool(count, runnable -> {
            Thread thread = new Thread(runnable, "yolo-label-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues {@code bytes} to be written to {@code file}, whose folder must exist. */
    void write(Path file, byte[] bytes) throws IOException {
        rethrow();
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while writing " + file);
        }
        threads.execute(() -> {
            try {
                Files.write(file, bytes);
            } catch (IOException e) {
                failure.compareAndSet(null, e);
            } finally {
                slots.release();
            }
        });
    }

    /** Waits for every queued file, then throws the first failure if there was one. */
    void finish() throws IOException {
        try {
            slots.acquire(IN_FLIGHT);
            slots.release(IN_FLIGHT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while writing label files");
        }
        rethrow();
    }

    private void rethrow() throws IOException {
        IOException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    /** Stops the threads after the queued writes end, so a failed export can remove its staging folder. */
    @Override
    public void close() {
        threads.shutdown();
        try {
            threads.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
