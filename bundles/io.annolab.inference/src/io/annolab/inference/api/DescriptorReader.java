package io.annolab.inference.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.annolab.core.api.AnnolabException;
import io.annolab.inference.api.InputSpec.ChannelOrder;

/**
 * Reads a model descriptor (JSON). Every error names the file and the field, says what was found
 * and what is expected. Example:
 *
 * <pre>
 * { "family": "yolov8", "name": "my detector", "model": "best.onnx",
 *   "input": { "width": 640, "height": 640, "resize": "letterbox", "channels": "RGB",
 *              "scale": 0.00392157, "mean": [0, 0, 0], "std": [1, 1, 1] },
 *   "labels": ["person", "car"],            (or "labels_file": "coco.names", one name a line)
 *   "thresholds": { "score": 0.25, "nms_iou": 0.45 },
 *   "options": { } }
 * </pre>
 */
public final class DescriptorReader {

    private static final Set<String> FIELDS = Set.of("family", "name", "model", "input", "labels", "labels_file",
            "thresholds", "options", "description");
    private static final Set<String> RESIZES = Set.of(InputSpec.LETTERBOX, InputSpec.LETTERBOX_TOP_LEFT,
            InputSpec.STRETCH, InputSpec.FIT);

    private final ObjectMapper json = new ObjectMapper();

    public ModelDescriptor read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new AnnolabException("the model descriptor does not exist", file,
                    "Give the path of a descriptor JSON file (see the README's 'Models' section)");
        }
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new AnnolabException("the descriptor is not valid JSON: " + e.getOriginalMessage(), file,
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "Fix the JSON syntax", e);
        }
        Fields fields = new Fields(file);
        if (root == null || !root.isObject()) {
            throw fields.error("", "the descriptor must be a JSON object");
        }
        for (var names = root.fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw fields.error(field, "unknown field; the fields are " + FIELDS);
            }
        }
        String family = fields.text(root, "family");
        String name = root.has("name") ? fields.text(root, "name") : family;
        Path model = folder(file).resolve(fields.text(root, "model"));
        InputSpec input = input(fields, root.get("input"));
        List<String> labels = labels(fields, root, file);
        JsonNode thresholds = root.path("thresholds");
        float score = (float) fields.fraction(thresholds, "thresholds.score", 0.5);
        float nms = (float) fields.fraction(thresholds, "thresholds.nms_iou", 0.45);
        Map<String, Object> options = new LinkedHashMap<>();
        JsonNode optionNode = root.get("options");
        if (optionNode != null) {
            if (!optionNode.isObject()) {
                throw fields.error("options", "must be an object of family-specific settings");
            }
            options.putAll(json.convertValue(optionNode, Map.class));
        }
        return new ModelDescriptor(file, family, name, model, input, labels, score, nms, Map.copyOf(options));
    }

    private static Path folder(Path file) {
        return file.toAbsolutePath().getParent();
    }

    private static InputSpec input(Fields fields, JsonNode node) throws AnnolabException {
        if (node == null || !node.isObject()) {
            throw fields.error("input", "missing: give at least { \"width\": W, \"height\": H }");
        }
        int width = fields.positive(node, "input.width");
        int height = fields.positive(node, "input.height");
        String resize = node.has("resize") ? fields.text(node, "input.resize") : InputSpec.LETTERBOX;
        if (!RESIZES.contains(resize)) {
            throw fields.error("input.resize", "is '" + resize + "'; expected one of " + RESIZES);
        }
        int multiple = node.has("multiple") ? fields.positive(node, "input.multiple") : 32;
        String order = node.has("channels") ? fields.text(node, "input.channels") : "RGB";
        ChannelOrder channels;
        try {
            channels = ChannelOrder.valueOf(order);
        } catch (IllegalArgumentException e) {
            throw fields.error("input.channels", "is '" + order + "'; expected RGB or BGR");
        }
        float scale = (float) fields.number(node, "input.scale", 1.0 / 255);
        float[] mean = fields.triple(node, "input.mean", 0);
        float[] std = fields.triple(node, "input.std", 1);
        for (int c = 0; c < 3; c++) {
            if (std[c] == 0) {
                throw fields.error("input.std[" + c + "]", "is 0; the divisor of normalisation must not be zero");
            }
        }
        // "normalized_zero": pad with 0 after normalisation (SAM); a number: that grey level before it (YOLO's 114)
        float pad = "normalized_zero".equals(node.path("pad_value").asText()) ? Float.NaN
                : (float) fields.number(node, "input.pad_value", 114);
        return new InputSpec(width, height, resize, multiple, channels, scale, mean, std, pad);
    }

    private static List<String> labels(Fields fields, JsonNode root, Path file) throws IOException {
        JsonNode labels = root.get("labels");
        if (labels != null && root.has("labels_file")) {
            throw fields.error("labels", "both 'labels' and 'labels_file' are given; keep one");
        }
        List<String> names = new ArrayList<>();
        if (labels != null) {
            if (!labels.isArray() || labels.isEmpty()) {
                throw fields.error("labels", "must be a non-empty array of label names, in the model's output order");
            }
            for (int i = 0; i < labels.size(); i++) {
                if (!labels.get(i).isTextual() || labels.get(i).asText().isBlank()) {
                    throw fields.error("labels[" + i + "]", "must be a non-empty string");
                }
                names.add(labels.get(i).asText());
            }
        } else if (root.has("labels_file")) {
            Path list = folder(file).resolve(fields.text(root, "labels_file"));
            if (!Files.isRegularFile(list)) {
                throw fields.error("labels_file", "names " + list + ", which does not exist");
            }
            Files.readAllLines(list).stream().map(String::strip).filter(line -> !line.isEmpty()).forEach(names::add);
        } else {
            throw fields.error("labels", "missing: give 'labels' (an array) or 'labels_file' (one name a line)");
        }
        return List.copyOf(names);
    }

    /** Typed access to fields, each failure naming the file and the field. */
    private record Fields(Path file) {

        AnnolabException error(String field, String problem) {
            String where = field.isEmpty() ? "" : "field '" + field + "': ";
            return new AnnolabException("bad model descriptor, " + where + problem, file,
                    "Fix the descriptor; see the README's 'Models' section for its fields");
        }

        private static String last(String path) {
            return path.substring(path.lastIndexOf('.') + 1);
        }

        String text(JsonNode node, String path) throws AnnolabException {
            JsonNode value = node.get(last(path));
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw error(path, value == null ? "missing" : "must be a non-empty string, is " + value);
            }
            return value.asText();
        }

        int positive(JsonNode node, String path) throws AnnolabException {
            JsonNode value = node.get(last(path));
            if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() <= 0) {
                throw error(path, value == null ? "missing" : "must be a positive whole number, is " + value);
            }
            return value.asInt();
        }

        double number(JsonNode node, String path, double fallback) throws AnnolabException {
            JsonNode value = node.get(last(path));
            if (value == null || value.isMissingNode()) {
                return fallback;
            }
            if (!value.isNumber()) {
                throw error(path, "must be a number, is " + value);
            }
            return value.asDouble();
        }

        double fraction(JsonNode node, String path, double fallback) throws AnnolabException {
            double value = number(node, path, fallback);
            if (value < 0 || value > 1) {
                throw error(path, "must lie in [0, 1], is " + value);
            }
            return value;
        }

        float[] triple(JsonNode node, String path, float fallback) throws AnnolabException {
            JsonNode value = node.get(last(path));
            if (value == null) {
                return new float[] { fallback, fallback, fallback };
            }
            if (!value.isArray() || value.size() != 3) {
                throw error(path, "must be an array of 3 numbers (one per channel, in the input's channel order), is "
                        + value);
            }
            float[] triple = new float[3];
            for (int c = 0; c < 3; c++) {
                if (!value.get(c).isNumber()) {
                    throw error(path + "[" + c + "]", "must be a number, is " + value.get(c));
                }
                triple[c] = (float) value.get(c).asDouble();
            }
            return triple;
        }
    }
}
