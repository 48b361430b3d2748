package io.annolab.inference.api;

import java.io.IOException;
import java.util.List;

import io.annolab.core.api.launch.LoadedModel;
import io.annolab.core.api.launch.Prediction;

/**
 * A model whose work splits in two: preparing the input tensor (resize, normalise) and running
 * the session and decoding. A pipeline prepares the next image on one thread while another runs
 * the model, so the model never waits for pixels. {@code run} is safe on several threads.
 */
public interface StagedModel extends LoadedModel {

    /** An input tensor ready for {@link #run}. */
    interface Prepared {
    }

    Prepared prepare(byte[] bgr, int width, int height) throws IOException;

    /**
     * The largest factor {@link #prepare} scales an image of this size by (below 1 when it
     * shrinks it). A pipeline may decode the image that much smaller to begin with (JPEG decoders
     * scale for free) and scale the predictions back; the model sees the same pixels either way.
     */
    default double inputScale(int width, int height) {
        return 1;
    }

    List<Prediction> run(Prepared prepared) throws IOException;

    @Override
    default List<Prediction> predict(byte[] bgr, int width, int height) throws IOException {
        return run(prepare(bgr, width, height));
    }
}
