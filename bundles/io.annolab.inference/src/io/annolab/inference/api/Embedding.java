package io.annolab.inference.api;

/**
 * An image encoded once by an interactive segmenter; every click on that image decodes against
 * it, which is what makes clicks fast. About 4 MB for SAM: keep a few, per frame.
 *
 * @param scale how image coordinates map into the encoder's input
 */
public record Embedding(float[] data, long[] shape, int imageWidth, int imageHeight, float scale) {
}
