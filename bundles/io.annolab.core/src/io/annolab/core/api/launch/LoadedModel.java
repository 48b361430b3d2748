package io.annolab.core.api.launch;

import java.io.IOException;
import java.util.List;

import io.annolab.model.Annotation;

/** A model ready to run on images; closing it releases its session. */
public interface LoadedModel extends AutoCloseable {

    /** The attribute holding the model's label name on annotations not yet mapped onto project labels. */
    String LABEL_ATTRIBUTE = "label";

    /** The model's own label names, in its output order. */
    List<String> labels();

    /**
     * Runs on one image given as packed 8-bit BGR pixels, row by row, and returns what it found in
     * image coordinates, above the model's score threshold, best first.
     */
    List<Prediction> predict(byte[] bgr, int width, int height) throws IOException;

    /**
     * {@link #predict} as automatic shapes, with label names in their attributes
     * ({@value #LABEL_ATTRIBUTE}) until they are mapped onto a project's labels.
     */
    default List<Annotation> infer(byte[] bgr, int width, int height) throws IOException {
        return predict(bgr, width, height).stream().<Annotation>map(Prediction::toShape).toList();
    }

    @Override
    void close();
}
