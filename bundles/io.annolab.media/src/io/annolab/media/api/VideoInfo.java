package io.annolab.media.api;

import java.nio.file.Path;

/**
 * What an opened video contains. {@code width} and {@code height} are as displayed, i.e. after applying
 * {@code rotationDegrees} (clockwise, one of 0, 90, 180, 270) taken from the display matrix or "rotate" tag.
 */
public record VideoInfo(Path file, int frameCount, double fps, int width, int height, int rotationDegrees,
        String codec) {
}
