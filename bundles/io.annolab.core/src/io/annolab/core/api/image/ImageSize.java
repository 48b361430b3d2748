package io.annolab.core.api.image;

/** Width and height of an image in pixels. */
public record ImageSize(int width, int height) {
}
