package io.annolab.formats.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares what an importer read (as {@link DatumaroView}) with Datumaro's result in
 * {@code expected/CASE.json}, by the conformance README's rules: same items and subsets, labels,
 * annotation types, coordinates (to 1e-3), attributes and mask areas.
 * <p>
 * Decisions: labels are compared as a set (their order is an importer detail); annotations of an
 * item are matched regardless of order; attributes that Annolab keeps as model fields
 * ({@link DatumaroView#DERIVED}) must match when Datumaro has them and are ignored when it has not.
 */
public final class ConformanceComparator {

    private static final double TOLERANCE = 1e-3;

    private final List<String> differences = new ArrayList<>();

    private ConformanceComparator() {
    }

    /** Every difference, one line each, empty when the import conforms. */
    public static List<String> compare(JsonNode expected, JsonNode actual) {
        ConformanceComparator comparator = new ConformanceComparator();
        comparator.labels(expected.path("labels"), actual.path("labels"));
        comparator.items(expected.path("items"), actual.path("items"));
        return comparator.differences;
    }

    private void labels(JsonNode expected, JsonNode actual) {
        Set<String> want = labelKeys(expected), have = labelKeys(actual);
        for (String key : want) {
            if (!have.contains(key)) {
                differences.add("label missing: " + key);
            }
        }
        for (String key : have) {
            if (!want.contains(key)) {
                differences.add("label not in Datumaro's result: " + key);
            }
        }
    }

    private static Set<String> labelKeys(JsonNode labels) {
        Set<String> keys = new TreeSet<>();
        for (JsonNode label : labels) {
            Set<String> attributes = new TreeSet<>();
            label.path("attributes").forEach(a -> attributes.add(a.asText()));
            keys.add(label.path("name").asText() + " (parent '" + label.path("parent").asText() + "', attributes " + attributes + ")");
        }
        return keys;
    }

    private void items(JsonNode expected, JsonNode actual) {
        Map<String, JsonNode> have = new HashMap<>();
        actual.forEach(item -> have.put(key(item), item));
        Set<String> seen = new HashSet<>();
        for (JsonNode want : expected) {
            String key = key(want);
            seen.add(key);
            JsonNode item = have.get(key);
            if (item == null) {
                differences.add("item missing: " + key);
            } else {
                item(key, want, item);
            }
        }
        have.keySet().stream().filter(k -> !seen.contains(k)).sorted().forEach(k -> differences.add("item not in Datumaro's result: " + k));
    }

    private static String key(JsonNode item) {
        return item.path("subset").asText() + "/" + item.path("id").asText();
    }

    private void item(String key, JsonNode want, JsonNode have) {
        JsonNode wantMedia = want.path("media");
        if (wantMedia.has("path") && !wantMedia.path("path").asText().equals(have.path("media").path("path").asText())) {
            differences.add(key + ": media path " + have.path("media").path("path") + ", expected " + wantMedia.path("path"));
        }
        if (wantMedia.has("size_hw") && !wantMedia.path("size_hw").equals(have.path("media").path("size_hw"))) {
            differences.add(key + ": image size (h, w) " + have.path("media").path("size_hw") + ", expected " + wantMedia.path("size_hw"));
        }
        attributes(key, want.path("attributes"), have.path("attributes"), false);
        List<JsonNode> unmatched = new ArrayList<>();
        have.path("annotations").forEach(unmatched::add);
        for (JsonNode annotation : want.path("annotations")) {
            JsonNode match = unmatched.stream().filter(a -> sameShape(annotation, a)).findFirst().orElse(null);
            if (match == null) {
                differences.add(key + ": annotation missing: " + annotation);
                continue;
            }
            unmatched.remove(match);
            annotation(key + " " + annotation.path("type").asText() + " '" + annotation.path("label").asText() + "'", annotation, match);
        }
        unmatched.forEach(a -> differences.add(key + ": annotation not in Datumaro's result: " + a));
    }

    /** Same type, label and geometry: the identity used to pair annotations up. */
    private static boolean sameShape(JsonNode want, JsonNode have) {
        if (!want.path("type").equals(have.path("type")) || !want.path("label").equals(have.path("label"))) {
            return false;
        }
        for (String geometry : List.of("xywh", "points", "mask_bbox_xywh", "position", "scale")) {
            if (want.has(geometry) && !numbersClose(want.path(geometry), have.path(geometry))) {
                return false;
            }
        }
        if (want.has("caption") && !want.path("caption").equals(have.path("caption"))) {
            return false;
        }
        if (want.has("elements")) {
            if (want.path("elements").size() != have.path("elements").size()) {
                return false;
            }
            for (int i = 0; i < want.path("elements").size(); i++) {
                JsonNode w = want.path("elements").get(i), h = have.path("elements").get(i);
                if (!w.path("label").equals(h.path("label")) || !numbersClose(w.path("points"), h.path("points"))) {
                    return false;
                }
            }
        }
        return true;
    }

    private void annotation(String where, JsonNode want, JsonNode have) {
        for (String field : List.of("id", "group", "z_order", "mask_area", "visibility")) {
            if (want.has(field) && !numbersClose(want.path(field), have.path(field))) {
                differences.add(where + ": " + field + " " + have.path(field) + ", expected " + want.path(field));
            }
        }
        for (int i = 0; i < want.path("elements").size(); i++) {
            JsonNode w = want.path("elements").get(i), h = have.path("elements").get(i);
            if (!w.path("visibility").equals(h.path("visibility"))) {
                differences.add(where + ": element " + i + " visibility " + h.path("visibility") + ", expected " + w.path("visibility"));
            }
        }
        attributes(where, want.path("attributes"), have.path("attributes"), true);
    }

    private void attributes(String where, JsonNode want, JsonNode have, boolean allowDerived) {
        for (Iterator<String> names = want.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!have.has(name)) {
                differences.add(where + ": attribute '" + name + "' missing (expected " + want.path(name) + ")");
            } else if (!valuesEqual(want.path(name), have.path(name))) {
                differences.add(where + ": attribute '" + name + "' is " + have.path(name) + ", expected " + want.path(name));
            }
        }
        for (Iterator<String> names = have.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!want.has(name) && !(allowDerived && DatumaroView.DERIVED.contains(name))) {
                differences.add(where + ": attribute '" + name + "' = " + have.path(name) + " is not in Datumaro's result");
            }
        }
    }

    private static boolean valuesEqual(JsonNode want, JsonNode have) {
        if (want.isNumber() && have.isNumber()) {
            return Math.abs(want.asDouble() - have.asDouble()) <= TOLERANCE;
        }
        return want.equals(have) || (want.isTextual() && !have.isContainerNode() && want.asText().equals(have.asText()));
    }

    private static boolean numbersClose(JsonNode want, JsonNode have) {
        if (want.isArray()) {
            if (!have.isArray() || want.size() != have.size()) {
                return false;
            }
            for (int i = 0; i < want.size(); i++) {
                if (!numbersClose(want.get(i), have.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (want.isNumber() && have.isNumber()) {
            return Math.abs(want.asDouble() - have.asDouble()) <= TOLERANCE * Math.max(1, Math.abs(want.asDouble()));
        }
        return want.equals(have);
    }
}
