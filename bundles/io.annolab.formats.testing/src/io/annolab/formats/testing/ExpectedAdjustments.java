package io.annolab.formats.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Changes to Datumaro's expected results where Annolab reads a case differently on purpose. */
public final class ExpectedAdjustments {

    private ExpectedAdjustments() {
    }

    /**
     * Datumaro keeps an annotation's bare label index when no label declares it; Annolab, asked
     * to keep such labels, declares one named after the index. Adjusts the expected result so.
     */
    public static JsonNode declareBareLabelIndex(JsonNode expected, int index) {
        ObjectNode label = ((ArrayNode) expected.path("labels")).addObject();
        label.put("name", Integer.toString(index));
        label.put("parent", "");
        label.putArray("attributes");
        expected.path("items").forEach(item -> item.path("annotations").forEach(annotation -> {
            if (annotation.path("label").isInt() && annotation.path("label").asInt() == index) {
                ((ObjectNode) annotation).put("label", Integer.toString(index));
            }
        }));
        return expected;
    }
}
