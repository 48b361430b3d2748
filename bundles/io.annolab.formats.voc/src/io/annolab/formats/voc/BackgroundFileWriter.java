package io.annolab.formats.voc;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes small files on threads of their own, one per lane. An export creates one file per item
 * (and two more per item with masks), and creating a file costs the kernel more than composing
 * it costs us, so the two overlap; lanes write to different folders because creating files in
 * one folder is serialised by the file system anyway. Files are handed over in batches, so
 * the threads wake each other once per batch rather than once per file. Queues are bounded, so
 * memory stays flat; the first failure is rethrown to the exporting thread.
 */
final class BackgroundFileWriter implements AutoCloseable {

    private record Job(Path file, byte[] bytes) {
    }

    private static final List<Job> END = Collections.unmodifiableList(new ArrayList<>()); // compared by identity
    private static final int BATCH = 32;

    private final Lane[] lanes;
    private volatile IOException failure;
    private volatile boolean abandoned;

    BackgroundFileWriter(int laneCount) {
        lanes = new Lane[laneCount];
        for (int i = 0; i < laneCount; i++) {
            lanes[i] = new Lane("VOC file writer " + (i + 1));
        }
    }

    /** Queues a file on {@code lane} (0 .. lanes - 1); files of one folder should share a lane. */
    void write(int lane, Path file, byte[] bytes) throws IOException {
        rethrow();
        Lane target = lanes[lane];
        target.filling.add(new Job(file, bytes));
        if (target.filling.size() == BATCH) {
            target.handOver();
        }
    }

    /** Waits until every file is written; rethrows the first failure. */
    void finish() throws IOException {
        for (Lane lane : lanes) {
            lane.handOver();
        }
        stop();
        rethrow();
    }

    /** Stops without writing what is still queued (after a failure elsewhere: the staged folder goes anyway). */
    @Override
    public void close() throws IOException {
        abandoned = true;
        for (Lane lane : lanes) {
            lane.filling.clear();
            lane.queue.clear();
        }
        stop();
    }

    private void stop() throws IOException {
        try {
            for (Lane lane : lanes) {
                while (lane.thread.isAlive() && !lane.queue.offer(END, 50, TimeUnit.MILLISECONDS)) {
                    // the lane is draining a full queue
                }
            }
            for (Lane lane : lanes) {
                lane.thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while finishing the export");
        }
    }

    private void rethrow() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }

    /** One queue and the thread that empties it. */
    private final class Lane {
        final BlockingQueue<List<Job>> queue = new ArrayBlockingQueue<>(16);
        /** The batch being filled by the exporting thread. */
        List<Job> filling = new ArrayList<>(BATCH);
        final Set<Path> folders = new HashSet<>();
        final Thread thread;

        Lane(String name) {
            thread = new Thread(this::drain, name);
            thread.setDaemon(true);
            thread.start();
        }

        void handOver() throws IOException {
            if (filling.isEmpty()) {
                return;
            }
            try {
                queue.put(filling);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing " + filling.get(0).file());
            }
            filling = new ArrayList<>(BATCH);
        }

        private void drain() {
            try {
                for (List<Job> batch = queue.take(); batch != END; batch = queue.take()) {
                    for (Job job : batch) {
                        if (failure == null && !abandoned) {
                            write(job);
                        }
                    }
                }
            } catch (InterruptedException e) {
                failure = new InterruptedIOException("the file writer was interrupted");
            }
        }

        private void write(Job job) {
            try {
                Path folder = job.file().getParent();
                if (folders.add(folder)) {
                    Files.createDirectories(folder);
                }
                Files.write(job.file(), job.bytes());
            } catch (IOException e) {
                failure = e;
            }
        }
    }
}
