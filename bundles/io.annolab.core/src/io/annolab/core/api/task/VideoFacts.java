package io.annolab.core.api.task;

/**
 * What a new task needs to know of a video: its exact frame count and its picture size as displayed (after
 * rotation metadata), as a {@link VideoProbe} found them.
 */
public record VideoFacts(int frameCount, int width, int height, double fps) {
}
