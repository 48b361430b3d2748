package io.annolab.inference.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A model as its descriptor file describes it, in the spirit of CVAT's function.yaml: the family
 * that runs it, its ONNX file, how images are prepared, its labels and thresholds.
 *
 * @param file      the descriptor file itself (errors name it)
 * @param model     the ONNX file, resolved against the descriptor's folder
 * @param options   family-specific settings (e.g. YOLOX strides, the SAM decoder file)
 */
public record ModelDescriptor(Path file, String family, String name, Path model, InputSpec input, List<String> labels,
        float scoreThreshold, float nmsIou, Map<String, Object> options) {

    /** A family option as a number, or the default when absent. */
    public double number(String option, double fallback) {
        return options.get(option) instanceof Number n ? n.doubleValue() : fallback;
    }

    /** A family option naming a file, resolved against the descriptor's folder; null when absent. */
    public Path file(String option) {
        return options.get(option) instanceof String s ? file.toAbsolutePath().getParent().resolve(s) : null;
    }

    /** A copy with another score threshold (the CLI's --threshold). */
    public ModelDescriptor withScoreThreshold(float threshold) {
        return new ModelDescriptor(file, family, name, model, input, labels, threshold, nmsIou, options);
    }
}
