package io.annolab.media.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import io.annolab.media.internal.PrefetchingFrameCache;

/**
 * Decoded frames of one video for a player: an LRU of recently used frames, filled by one daemon decoding
 * thread that owns a {@link VideoReader} and, while a direction is set, decodes the next frames in that
 * direction before they are asked for. Thread-safe.
 *
 * <p>A frame that cannot be decoded (damaged file) fails alone: its request ends with an {@link IOException}
 * naming the file and frame, and the other frames stay usable.
 */
public interface VideoFrameCache extends AutoCloseable {

    /**
     * Opens the video (indexing its frames, see {@link VideoReader#open}) and starts the decoding thread.
     *
     * @param capacityFrames frames kept decoded (at least 2); prefetch runs up to half of them ahead, so
     *        that frames fetched ahead are not evicted before they are shown. A 1080p frame takes 6 MB.
     */
    static VideoFrameCache open(Path file, int capacityFrames) throws IOException {
        return PrefetchingFrameCache.open(file, capacityFrames);
    }

    VideoInfo info();

    /** The frame, from the cache or decoded now; blocks until it is ready. Prefetch continues after it. */
    DecodedImage get(int frame) throws IOException;

    /** The frame, without blocking: completed at once on a hit, else when the decoding thread has it. */
    CompletableFuture<DecodedImage> request(int frame);

    /**
     * Where playback goes: {@code +step} or {@code -step} prefetches the frames after (before) the last one
     * requested, {@code step} apart (the task's frame step); 0 stops prefetching.
     */
    void setDirection(int step);

    /** Requests answered from the cache at once. */
    long hits();

    /** Requests that had to wait for the decoding thread (including frames it was already decoding). */
    long misses();

    /** Stops the decoding thread and closes the video; pending requests fail. */
    @Override
    void close();
}
