package io.annolab.core.api.launch;

import java.io.IOException;
import java.util.List;

import io.annolab.model.Annotation;

/** A model ready to run on images; closing it releases its session. */
public interface LoadedModel extends AutoCloseable {

    /** The model's own label names, in its output order. */
    List<String> labels();

    /**
     * Runs on one image given as packed 8-bit BGR pixels, row by row. Annotations come back with
     * label names in their attributes ("label") until they are mapped onto a project's labels.
     */
    List<Annotation> infer(byte[] bgr, int width, int height) throws IOException;

    @Override
    void close();
}
