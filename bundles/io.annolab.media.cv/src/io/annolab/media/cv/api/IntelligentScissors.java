package io.annolab.media.cv.api;

import java.io.IOException;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.cv.internal.OpenCvIntelligentScissors;

/**
 * Live-wire boundary tracing (OpenCV's IntelligentScissorsMB, CVAT CV-02): the path between two clicked points
 * that follows the strongest edges. The edge cost map is computed once per image; each {@link #startAt} computes
 * the shortest paths from one point, after which {@link #pathTo} is cheap enough to call on every mouse move.
 * Holds native memory until {@link #close()}. Not thread-safe.
 */
public interface IntelligentScissors extends AutoCloseable {

    /** Computes the cost map of {@code image} with Canny edges, CVAT's settings. */
    static IntelligentScissors on(DecodedImage image) throws IOException {
        return OpenCvIntelligentScissors.on(image, new Box(0, 0, image.width(), image.height()));
    }

    /**
     * Computes the cost map of {@code region} of {@code image} only, like CVAT's threshold square around the
     * last point: {@link #startAt} costs about 0.3 ms per thousand pixels of the region, so a whole 1280x960
     * image takes 0.4 s per click. Coordinates stay those of the image, clamped into the region.
     */
    static IntelligentScissors on(DecodedImage image, Box region) throws IOException {
        return OpenCvIntelligentScissors.on(image, region);
    }

    /** Makes (x, y), clamped into the image (or region), the start of the following paths. */
    void startAt(int x, int y);

    /**
     * The path from the start point to (x, y), clamped into the image (or region), as x, y pairs of pixel coordinates, both
     * end points included.
     */
    float[] pathTo(int x, int y);

    @Override
    void close();
}
