package io.annolab.formats.datumaro;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.annolab.model.AttributeInputType;
import io.annolab.model.AttributeSpec;
import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.model.ModelFactory;
import io.annolab.model.SkeletonEdge;

/**
 * Datumaro's {@code categories} ↔ our labels. Datumaro keeps one flat, indexed label list; a
 * skeleton is a label whose points category names labels that have it as parent: those become
 * the skeleton's sublabels, and the category's joints (1-based, COCO style) its edges. Colours
 * come from the mask colormap. Points categories that name unrelated labels (keypoint names of
 * the older COCO style) have no place in the model and are not kept.
 */
final class DatumaroCategories {

    /** Dataset attribute holding the label categories' shared attribute names, one a line. */
    static final String SHARED_ATTRIBUTES = "categories.label.attributes";

    /** The labels in Datumaro's index order (sublabels right after... wherever they were declared). */
    final List<Label> byIndex = new ArrayList<>();
    /** Top-level labels, sublabels nested. */
    final List<Label> topLevel = new ArrayList<>();
    final List<String> sharedAttributes = new ArrayList<>();
    /** Compared across subset files, which must agree. */
    String signature = "";

    private record Declared(String name, String parent, List<String> attributes) {
    }

    private record PointsCategory(List<String> names, int[][] joints) {
    }

    static DatumaroCategories read(JsonReading json) throws IOException {
        JsonParser p = json.parser();
        json.expect(JsonToken.START_OBJECT, "\"categories\"");
        List<Declared> declared = new ArrayList<>();
        Map<Integer, String> colors = new HashMap<>();
        Map<Integer, PointsCategory> points = new LinkedHashMap<>();
        DatumaroCategories categories = new DatumaroCategories();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String section = p.currentName();
            p.nextToken();
            switch (section) {
                case "label" -> readLabels(json, declared, categories.sharedAttributes);
                case "mask" -> readColormap(json, colors);
                case "points" -> readPoints(json, points);
                default -> p.skipChildren();
            }
        }
        categories.build(json, declared, colors, points);
        return categories;
    }

    private static void readLabels(JsonReading json, List<Declared> declared, List<String> shared) throws IOException {
        JsonParser p = json.parser();
        json.expect(JsonToken.START_OBJECT, "\"categories.label\"");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("labels")) {
                json.expect(JsonToken.START_ARRAY, "\"labels\"");
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    json.expect(JsonToken.START_OBJECT, "a label");
                    String name = null, parent = "";
                    List<String> attributes = new ArrayList<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        p.nextToken();
                        switch (key) {
                            case "name" -> name = json.text("a label's name");
                            case "parent" -> parent = p.currentToken() == JsonToken.VALUE_NULL ? "" : json.text("a label's parent");
                            case "attributes" -> names(json, attributes, "a label's attributes");
                            default -> p.skipChildren();
                        }
                    }
                    if (name == null) {
                        throw json.error("a label has no name", "Give every entry of categories.label.labels a \"name\"");
                    }
                    declared.add(new Declared(name, parent, attributes));
                }
            } else if (field.equals("attributes")) {
                names(json, shared, "categories.label.attributes");
            } else {
                p.skipChildren();
            }
        }
    }

    private static void names(JsonReading json, List<String> into, String what) throws IOException {
        json.expect(JsonToken.START_ARRAY, what);
        while (json.parser().nextToken() != JsonToken.END_ARRAY) {
            into.add(json.text("a name in " + what));
        }
    }

    private static void readColormap(JsonReading json, Map<Integer, String> colors) throws IOException {
        JsonParser p = json.parser();
        json.expect(JsonToken.START_OBJECT, "\"categories.mask\"");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (!field.equals("colormap")) {
                p.skipChildren();
                continue;
            }
            json.expect(JsonToken.START_ARRAY, "\"colormap\"");
            while (p.nextToken() != JsonToken.END_ARRAY) {
                json.expect(JsonToken.START_OBJECT, "a colormap entry");
                long id = -1, r = 0, g = 0, b = 0;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    switch (key) {
                        case "label_id" -> id = json.integer("label_id");
                        case "r" -> r = json.integer("r");
                        case "g" -> g = json.integer("g");
                        case "b" -> b = json.integer("b");
                        default -> p.skipChildren();
                    }
                }
                if (r < 0 || r > 255 || g < 0 || g > 255 || b < 0 || b > 255) {
                    throw json.error("a colormap colour is out of 0..255", "Fix the colormap entry of label " + id);
                }
                colors.put((int) id, String.format("#%02x%02x%02x", r, g, b));
            }
        }
    }

    private static void readPoints(JsonReading json, Map<Integer, PointsCategory> points) throws IOException {
        JsonParser p = json.parser();
        json.expect(JsonToken.START_OBJECT, "\"categories.points\"");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (!field.equals("items")) {
                p.skipChildren();
                continue;
            }
            json.expect(JsonToken.START_ARRAY, "\"categories.points.items\"");
            while (p.nextToken() != JsonToken.END_ARRAY) {
                json.expect(JsonToken.START_OBJECT, "a points category");
                long id = -1;
                List<String> names = new ArrayList<>();
                List<int[]> joints = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    switch (key) {
                        case "label_id" -> id = json.integer("label_id");
                        case "labels" -> names(json, names, "a points category's labels");
                        case "joints" -> {
                            json.expect(JsonToken.START_ARRAY, "joints");
                            while (p.nextToken() != JsonToken.END_ARRAY) {
                                int[] joint = json.integers("a joint");
                                if (joint.length != 2) {
                                    throw json.error("a joint must name two points", "Write joints as [[a, b], ...]");
                                }
                                joints.add(joint);
                            }
                        }
                        default -> p.skipChildren();
                    }
                }
                points.put((int) id, new PointsCategory(names, joints.toArray(int[][]::new)));
            }
        }
    }

    private void build(JsonReading json, List<Declared> declared, Map<Integer, String> colors,
            Map<Integer, PointsCategory> points) throws IOException {
        ModelFactory factory = ModelFactory.eINSTANCE;
        Map<String, Integer> indexByName = new HashMap<>();
        for (int i = 0; i < declared.size(); i++) {
            Declared d = declared.get(i);
            if (indexByName.putIfAbsent(d.name(), i) != null) {
                throw json.error("the label '" + d.name() + "' is declared twice", "Give every label a distinct name");
            }
            Label label = factory.createLabel();
            label.setId(i);
            label.setName(d.name());
            label.setColor(colors.get(i));
            for (String attribute : d.attributes()) {
                AttributeSpec spec = factory.createAttributeSpec();
                spec.setName(attribute);
                spec.setInputType(AttributeInputType.TEXT);
                label.getAttributes().add(spec);
            }
            byIndex.add(label);
        }
        Map<Label, Label> skeletonOf = new IdentityHashMap<>();
        for (Map.Entry<Integer, PointsCategory> entry : points.entrySet()) {
            int index = entry.getKey();
            if (index < 0 || index >= byIndex.size()) {
                continue; // Datumaro ignores these too: they describe no declared label
            }
            Label skeleton = byIndex.get(index);
            List<Label> elements = new ArrayList<>();
            for (String name : entry.getValue().names()) {
                Integer element = indexByName.get(name);
                if (element == null || !declared.get(element).parent().equals(skeleton.getName())
                        || skeletonOf.containsKey(byIndex.get(element))) {
                    elements = null;
                    break;
                }
                elements.add(byIndex.get(element));
            }
            if (elements == null || elements.isEmpty()) {
                continue;
            }
            skeleton.setType(LabelType.SKELETON);
            for (Label element : elements) {
                element.setType(LabelType.POINTS);
                skeletonOf.put(element, skeleton);
            }
            skeleton.getSublabels().addAll(elements);
            for (int[] joint : entry.getValue().joints()) {
                if (joint[0] < 1 || joint[0] > elements.size() || joint[1] < 1 || joint[1] > elements.size()) {
                    throw new io.annolab.core.api.AnnolabException("the skeleton '" + skeleton.getName() + "' has a joint "
                            + java.util.Arrays.toString(joint) + " outside its " + elements.size() + " points", json.file(),
                            "Joints number the points from 1, as in COCO");
                }
                SkeletonEdge edge = factory.createSkeletonEdge();
                edge.setFrom(elements.get(joint[0] - 1));
                edge.setTo(elements.get(joint[1] - 1));
                skeleton.getEdges().add(edge);
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < byIndex.size(); i++) {
            Label label = byIndex.get(i);
            Declared d = declared.get(i);
            if (!skeletonOf.containsKey(label)) {
                label.setParent(d.parent().isEmpty() ? null : d.parent());
                topLevel.add(label);
            }
            text.append(d).append(colors.get(i)).append('\n');
        }
        signature = text.append(points.keySet()).append(sharedAttributes).toString();
    }

    /** The Datumaro index of each label, flattened: each top-level label followed by its sublabels. */
    static Map<Label, Integer> indexLabels(List<Label> topLevel) {
        Map<Label, Integer> index = new IdentityHashMap<>();
        for (Label label : topLevel) {
            index.put(label, index.size());
            for (Label element : label.getSublabels()) {
                index.put(element, index.size());
            }
        }
        return index;
    }

    static void write(JsonGenerator out, List<Label> topLevel, List<String> sharedAttributes) throws IOException {
        List<Label> flat = new ArrayList<>();
        Map<Label, Label> parentOf = new IdentityHashMap<>();
        for (Label label : topLevel) {
            flat.add(label);
            for (Label element : label.getSublabels()) {
                flat.add(element);
                parentOf.put(element, label);
            }
        }
        out.writeObjectFieldStart("categories");
        out.writeObjectFieldStart("label");
        out.writeArrayFieldStart("labels");
        for (Label label : flat) {
            out.writeStartObject();
            out.writeStringField("name", label.getName());
            Label skeleton = parentOf.get(label);
            out.writeStringField("parent", skeleton != null ? skeleton.getName() : label.getParent() == null ? "" : label.getParent());
            out.writeArrayFieldStart("attributes");
            for (AttributeSpec spec : label.getAttributes()) {
                out.writeString(spec.getName());
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("attributes");
        for (String name : sharedAttributes) {
            out.writeString(name);
        }
        out.writeEndArray();
        out.writeEndObject();
        if (flat.stream().anyMatch(l -> l.getColor() != null && l.getColor().matches("#[0-9a-fA-F]{6}"))) {
            out.writeObjectFieldStart("mask");
            out.writeArrayFieldStart("colormap");
            for (int i = 0; i < flat.size(); i++) {
                String color = flat.get(i).getColor();
                if (color != null && color.matches("#[0-9a-fA-F]{6}")) {
                    int rgb = Integer.parseInt(color.substring(1), 16);
                    out.writeStartObject();
                    out.writeNumberField("label_id", i);
                    out.writeNumberField("r", rgb >> 16 & 0xFF);
                    out.writeNumberField("g", rgb >> 8 & 0xFF);
                    out.writeNumberField("b", rgb & 0xFF);
                    out.writeEndObject();
                }
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        if (topLevel.stream().anyMatch(l -> !l.getSublabels().isEmpty())) {
            out.writeObjectFieldStart("points");
            out.writeArrayFieldStart("items");
            for (int i = 0; i < flat.size(); i++) {
                Label skeleton = flat.get(i);
                if (skeleton.getSublabels().isEmpty()) {
                    continue;
                }
                out.writeStartObject();
                out.writeNumberField("label_id", i);
                out.writeArrayFieldStart("labels");
                for (Label element : skeleton.getSublabels()) {
                    out.writeString(element.getName());
                }
                out.writeEndArray();
                out.writeArrayFieldStart("joints");
                for (SkeletonEdge edge : skeleton.getEdges()) {
                    out.writeStartArray();
                    out.writeNumber(skeleton.getSublabels().indexOf(edge.getFrom()) + 1);
                    out.writeNumber(skeleton.getSublabels().indexOf(edge.getTo()) + 1);
                    out.writeEndArray();
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndObject();
    }
}
