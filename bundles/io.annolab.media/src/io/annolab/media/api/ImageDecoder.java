package io.annolab.media.api;

import java.io.IOException;
import java.nio.file.Path;

import io.annolab.media.internal.OpenCvImageDecoder;

/**
 * Decodes image files (JPEG, PNG incl. grey and palette, TIFF incl. 16-bit, BMP, WebP ...) to 8-bit BGR.
 * A missing, broken or truncated file gives an {@link IOException} naming the file, never a crash.
 */
public interface ImageDecoder {

    /** The OpenCV-backed decoder; natives load on its first use, not before. */
    static ImageDecoder create() {
        return new OpenCvImageDecoder();
    }

    DecodedImage decode(Path file) throws IOException;

    /**
     * Decodes so that neither side exceeds {@code maxSide} (never upscales), for thumbnails. JPEGs are decoded
     * at 1/2, 1/4 or 1/8 size directly by the codec, which is much faster than decoding fully and shrinking.
     */
    DecodedImage decodeScaled(Path file, int maxSide) throws IOException;
}
