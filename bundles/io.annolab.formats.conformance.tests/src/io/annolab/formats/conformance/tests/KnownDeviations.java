package io.annolab.formats.conformance.tests;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.annolab.formats.testing.ExpectedAdjustments;

/**
 * Where a case is read differently from Datumaro on purpose, each with its reason: the import
 * options the case needs and the adjustment of Datumaro's expected result. Keep each one minimal.
 */
final class KnownDeviations {

    /** Options (as on the command line) and an adjustment of the expected JSON. */
    record Deviation(List<String> importOptions, UnaryOperator<JsonNode> expected, String reason) {
    }

    private static final Map<String, Deviation> BY_CASE = Map.of(
            // Item train/21 has a bbox with label_id 5 of 5 declared labels (0..4). Datumaro keeps the bare
            // index ("label": 5); Annolab's labels are objects, so the importer refuses the file unless told
            // to declare such labels, which it names after the index.
            "datumaro_diverse", new Deviation(List.of("--keep-undeclared-labels"), expected -> ExpectedAdjustments.declareBareLabelIndex(expected, 5),
                    "undeclared label_id 5 kept as a label named '5'"),
            // CVAT writes a skeleton point that is not there as outside="1". Datumaro's CVAT reader ignores
            // outside on skeleton points and reports them visible (2); Annolab reads them as absent (0), which
            // is what the annotator marked. These are exactly the points with outside="1" in the samples.
            "cvat_images", new Deviation(List.of(), expected -> absentSkeletonPoints(expected, "train/img0", 0, "train/img1", 2),
                    "skeleton points with outside=\"1\" read as absent"),
            "cvat_video", new Deviation(List.of(), expected -> absentSkeletonPoints(expected, "annotations/frame_000013", 2),
                    "skeleton points with outside=\"1\" read as absent"));

    private KnownDeviations() {
    }

    static Deviation of(String caseName) {
        return BY_CASE.getOrDefault(caseName, new Deviation(List.of(), UnaryOperator.identity(), null));
    }

    /** Sets visibility 0 on element N of the skeleton of each listed item ("subset/id", N, ...). */
    private static JsonNode absentSkeletonPoints(JsonNode expected, Object... itemsAndElements) {
        for (int i = 0; i < itemsAndElements.length; i += 2) {
            String key = (String) itemsAndElements[i];
            int element = (Integer) itemsAndElements[i + 1];
            for (JsonNode item : expected.path("items")) {
                if ((item.path("subset").asText() + "/" + item.path("id").asText()).equals(key)) {
                    for (JsonNode annotation : item.path("annotations")) {
                        if (annotation.path("type").asText().equals("skeleton")) {
                            ((ObjectNode) annotation.path("elements").get(element)).putArray("visibility").add(0);
                        }
                    }
                }
            }
        }
        return expected;
    }
}
