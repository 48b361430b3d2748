package io.annolab.media.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.api.VideoFrameCache;
import io.annolab.media.api.VideoInfo;
import io.annolab.media.api.VideoReader;

/**
 * {@link VideoFrameCache} with one decoding thread. Requests wait in a stack (the newest is what the user
 * looks at now); when none waits, the thread fills the prefetch window: forward from the nearest missing
 * frame, backward in runs from the farthest missing one, so that both directions decode forward through the
 * file and half a backward window costs one seek, not one per frame. The window follows the last requested frame, so a
 * seek re-aims it at once; at most the single frame being decoded is wasted.
 */
public final class PrefetchingFrameCache implements VideoFrameCache {

    private static final int FAILURES_KEPT = 1024;
    /** The reader decodes forward instead of seeking for hops up to this long. */
    private static final int FORWARD_RUN = FfmpegVideoReader.MAX_FORWARD_DECODE;

    private final Path file;
    private final VideoInfo info;
    private final int ahead;
    private final Object lock = new Object();
    private final LruMap<Integer, DecodedImage> frames;
    /** Frames that could not be decoded: asked again, they fail at once instead of being decoded again. */
    private final LruMap<Integer, IOException> failures = new LruMap<>(FAILURES_KEPT);
    private final Map<Integer, CompletableFuture<DecodedImage>> pending = new HashMap<>();
    private final Deque<Integer> demanded = new ArrayDeque<>();
    private final Thread decoder;
    /** Touched by the decoding thread only, after the constructor. */
    private VideoReader reader;
    private int anchor = -1;
    private int direction;
    private boolean closed;
    private long hits;
    private long misses;

    private PrefetchingFrameCache(VideoReader reader, int capacityFrames) {
        this.reader = reader;
        this.info = reader.info();
        this.file = info.file();
        this.frames = new LruMap<>(capacityFrames);
        this.ahead = Math.max(1, capacityFrames / 2);
        this.decoder = new Thread(this::decodeUntilClosed, "Annolab video decoder: " + file.getFileName());
        decoder.setDaemon(true);
    }

    public static PrefetchingFrameCache open(Path file, int capacityFrames) throws IOException {
        if (capacityFrames < 2) {
            throw new IllegalArgumentException("A frame cache for " + file + " needs room for 2 frames or more, not "
                    + capacityFrames);
        }
        PrefetchingFrameCache cache = new PrefetchingFrameCache(VideoReader.open(file), capacityFrames);
        cache.decoder.start();
        return cache;
    }

    @Override
    public VideoInfo info() {
        return info;
    }

    @Override
    public DecodedImage get(int frame) throws IOException {
        try {
            return request(frame).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException failure) {
                throw new IOException(failure.getMessage(), failure); // this thread's stack, the decoder's cause
            }
            throw new IOException("Frame " + frame + " of " + file + " could not be read: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for frame " + frame + " of " + file, e);
        }
    }

    @Override
    public CompletableFuture<DecodedImage> request(int frame) {
        if (frame < 0 || frame >= info.frameCount()) {
            throw new IndexOutOfBoundsException("Frame " + frame + " of " + file + " does not exist: it has "
                    + info.frameCount() + " frames (0.." + (info.frameCount() - 1) + ").");
        }
        synchronized (lock) {
            if (closed) {
                return CompletableFuture.failedFuture(closedFailure(frame));
            }
            anchor = frame;
            lock.notifyAll(); // the prefetch window moved
            DecodedImage cached = frames.get(frame);
            if (cached != null) {
                hits++;
                return CompletableFuture.completedFuture(cached);
            }
            IOException failed = failures.get(frame);
            if (failed != null) {
                hits++;
                return CompletableFuture.failedFuture(failed);
            }
            misses++;
            demanded.remove(frame);
            demanded.addFirst(frame);
            return pending.computeIfAbsent(frame, f -> new CompletableFuture<>());
        }
    }

    @Override
    public void setDirection(int step) {
        synchronized (lock) {
            direction = step;
            lock.notifyAll();
        }
    }

    @Override
    public long hits() {
        synchronized (lock) {
            return hits;
        }
    }

    @Override
    public long misses() {
        synchronized (lock) {
            return misses;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            lock.notifyAll();
        }
        if (Thread.currentThread() != decoder) {
            try {
                decoder.join(5_000); // the frame being decoded finishes first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void decodeUntilClosed() {
        try {
            while (true) {
                int frame = -1;
                synchronized (lock) {
                    while (!closed && (frame = nextToDecode()) < 0) {
                        lock.wait();
                    }
                    if (closed) {
                        return;
                    }
                    pending.putIfAbsent(frame, new CompletableFuture<>()); // a prefetch: requests for it join this
                }
                decodeAndPublish(frame);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            reader.close();
            failPending();
        }
    }

    private void decodeAndPublish(int frame) {
        DecodedImage image = null;
        IOException failure = null;
        try {
            image = decode(frame);
        } catch (IOException | RuntimeException e) {
            failure = new IOException("Frame " + frame + " of " + file + " cannot be decoded: " + reason(frame, e)
                    + " The other frames stay usable.", e);
            reopenAfterFailure();
        }
        CompletableFuture<DecodedImage> waiting;
        synchronized (lock) {
            if (image != null) {
                frames.put(frame, image);
            } else {
                failures.put(frame, failure);
            }
            waiting = pending.remove(frame);
        }
        if (waiting != null) { // completed outside the lock: callbacks may request more frames
            if (image != null) {
                waiting.complete(image);
            } else {
                waiting.completeExceptionally(failure);
            }
        }
    }

    /** The reader's explanation without its own "Cannot decode frame N of FILE:" prefix, said once already. */
    private String reason(int frame, Exception e) {
        String message = String.valueOf(e.getMessage());
        String prefix = "Cannot decode frame " + frame + " of " + file + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** Stepping uses next(): the reader then decodes on from where it is, without seeking. */
    private DecodedImage decode(int frame) throws IOException {
        return reader.nextIndex() == frame ? reader.next() : reader.frame(frame);
    }

    /** After a decoding error the demuxer and decoder may be anywhere; a fresh reader starts from a known state. */
    private void reopenAfterFailure() {
        reader.close();
        try {
            reader = VideoReader.open(file);
        } catch (IOException e) {
            // keep the closed reader: every later frame then fails with its own message naming the file
        }
    }

    /** Under the lock: the newest request still waiting, else the next frame of the prefetch window, else -1. */
    private int nextToDecode() {
        while (!demanded.isEmpty()) {
            int frame = demanded.peekFirst();
            if (pending.containsKey(frame) && !known(frame)) {
                return backwardRunTowards(frame);
            }
            demanded.pollFirst(); // already answered by a prefetch
        }
        if (direction == 0 || anchor < 0) {
            return -1;
        }
        return direction > 0 ? nearestMissingAhead() : nextBehind();
    }

    /**
     * Playing backwards, a requested frame that a run of the backward window is decoding up to is reached by
     * continuing the run (cheap short hops, each frame kept for the steps back that follow) instead of seeking
     * to it and seeking back afterwards. Without such a run, the frame is decoded at once.
     */
    private int backwardRunTowards(int frame) {
        int position = reader.nextIndex();
        int step = -direction;
        if (direction >= 0 || position > frame || frame - position > (long) ahead * step) {
            return frame;
        }
        for (int candidate = position; candidate < frame; candidate++) {
            if ((frame - candidate) % step == 0 && !known(candidate)) {
                return candidate;
            }
        }
        return frame;
    }

    private int nearestMissingAhead() {
        for (int k = 1; k <= ahead; k++) {
            long frame = anchor + (long) k * direction;
            if (frame >= info.frameCount()) {
                return -1;
            }
            if (!known((int) frame)) {
                return (int) frame;
            }
        }
        return -1;
    }

    /**
     * Backward prefetch decodes forward through the file: it continues the current run (the lowest missing
     * window frame a short hop after the reader's position), and starts a new run only once the nearer half of
     * the window has a gap or half the window is missing, so that a run costs one seek for half a window of
     * steps back, not one per step. The run starts at the window's far end, or, when even the next frame back
     * is missing (playback just turned), at the nearer half's far end, so that the first step back waits for
     * half a window only.
     */
    private int nextBehind() {
        int position = reader.nextIndex();
        int half = (ahead + 1) / 2;
        int farthest = -1;
        int farthestNear = -1;
        int missing = 0;
        for (int k = ahead; k >= 1; k--) { // from the far end: ascending frames
            long frame = anchor + (long) k * direction;
            if (frame < 0 || known((int) frame)) {
                continue;
            }
            if (frame >= position && frame - position <= FORWARD_RUN) {
                return (int) frame;
            }
            missing++;
            farthest = farthest < 0 ? (int) frame : farthest;
            farthestNear = farthestNear < 0 && k <= half ? (int) frame : farthestNear;
        }
        boolean turned = anchor + direction >= 0 && !known(anchor + direction);
        return turned ? farthestNear : farthestNear >= 0 || missing >= half ? farthest : -1;
    }

    private boolean known(int frame) {
        return frames.containsKey(frame) || failures.containsKey(frame);
    }

    private IOException closedFailure(int frame) {
        return new IOException("Frame " + frame + " of " + file + " was not decoded: the video was closed.");
    }

    private void failPending() {
        List<Map.Entry<Integer, CompletableFuture<DecodedImage>>> left;
        synchronized (lock) {
            closed = true;
            left = new ArrayList<>(pending.entrySet());
            pending.clear();
            demanded.clear();
        }
        left.forEach(entry -> entry.getValue().completeExceptionally(closedFailure(entry.getKey())));
    }

    /** Least recently used entries go first once {@code capacity} is exceeded. */
    private static final class LruMap<K, V> extends LinkedHashMap<K, V> {

        private static final long serialVersionUID = 1L;
        private final int capacity;

        LruMap(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
        }
    }
}
