package io.annolab.core.api.task;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import io.annolab.core.api.AnnolabException;
import io.annolab.model.AttributeInputType;
import io.annolab.model.AttributeSpec;
import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.model.ModelFactory;

/**
 * Labels in the JSON of CVAT's raw label editor: a list of
 * {@code {name, id, color, type, attributes: [{name, id, mutable, input_type, default_value, values}], sublabels, svg}},
 * so label sets can be pasted between CVAT and Annolab. Reading drops every {@code id}, as CVAT
 * does for pasted text: the project gives the labels fresh ones.
 */
public final class CvatLabelsJson {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private CvatLabelsJson() {
    }

    /** Pretty-printed JSON of the labels; ids are written for labels that have one. */
    public static String write(List<Label> labels) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (Label label : labels) {
                writeLabel(json, label, false);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return text.toString();
    }

    private static void writeLabel(JsonGenerator json, Label label, boolean point) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", label.getName() == null ? "" : label.getName());
        if (label.getId() > 0) {
            json.writeNumberField("id", label.getId());
        }
        if (label.getColor() != null) {
            json.writeStringField("color", label.getColor());
        }
        LabelType type = point && label.getType() == LabelType.ANY ? LabelType.POINTS : label.getType();
        json.writeStringField("type", type.getLiteral());
        json.writeArrayFieldStart("attributes");
        for (AttributeSpec spec : label.getAttributes()) {
            json.writeStartObject();
            json.writeStringField("name", spec.getName() == null ? "" : spec.getName());
            if (spec.getId() > 0) {
                json.writeNumberField("id", spec.getId());
            }
            json.writeBooleanField("mutable", spec.isMutable());
            json.writeStringField("input_type", spec.getInputType().getLiteral());
            json.writeStringField("default_value", spec.getDefaultValue() == null ? "" : spec.getDefaultValue());
            json.writeArrayFieldStart("values");
            for (String value : spec.getValues()) {
                json.writeString(value);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        if (type == LabelType.SKELETON || !label.getSublabels().isEmpty()) {
            json.writeArrayFieldStart("sublabels");
            for (Label sublabel : label.getSublabels()) {
                writeLabel(json, sublabel, true);
            }
            json.writeEndArray();
            json.writeStringField("svg", label.getSvg() != null ? label.getSvg() : SkeletonSvg.write(label, Map.of()));
        }
        json.writeEndObject();
    }

    /**
     * The labels in {@code text}, without ids; a skeleton's edges come from its svg. Errors name
     * the line and column (also in {@link AnnolabException#line()} and {@link AnnolabException#column()}).
     */
    public static List<Label> read(String text) throws AnnolabException {
        try (JsonParser json = JSON.createParser(text)) {
            JsonToken first = json.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw error(json, "the labels must be a JSON list ([ ... ])" + (first == null ? ", but the text is empty" : ""));
            }
            List<Label> labels = new ArrayList<>();
            while (json.nextToken() != JsonToken.END_ARRAY) {
                labels.add(readLabel(json, false, new String[1]));
            }
            if (json.nextToken() != null) {
                throw error(json, "unexpected text after the list of labels");
            }
            return labels;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            throw error(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "the JSON is malformed: " + (message == null ? e.getClass().getSimpleName() : message.split("\n")[0]), e);
        } catch (AnnolabException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    /** Reads one label object; its pasted id goes to {@code id[0]} (svg circles may name points by it), not onto the label. */
    private static Label readLabel(JsonParser json, boolean point, String[] id) throws IOException {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            throw error(json, "each label must be a JSON object ({ ... })");
        }
        JsonLocation start = json.currentTokenLocation();
        Label label = F.createLabel();
        label.setType(point ? LabelType.POINTS : LabelType.ANY);
        Map<String, Label> pointIds = new HashMap<>();
        while (json.nextToken() != JsonToken.END_OBJECT) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "name" -> label.setName(text(json, value, "name"));
                case "color" -> label.setColor(value == JsonToken.VALUE_NULL ? null : text(json, value, "color"));
                case "type" -> label.setType(labelType(json, text(json, value, "type")));
                case "attributes" -> {
                    expectArray(json, value, "attributes");
                    while (json.nextToken() != JsonToken.END_ARRAY) {
                        label.getAttributes().add(readAttribute(json));
                    }
                }
                case "sublabels" -> {
                    expectArray(json, value, "sublabels");
                    while (json.nextToken() != JsonToken.END_ARRAY) {
                        JsonLocation at = json.currentTokenLocation();
                        String[] pointId = new String[1];
                        Label sublabel = readLabel(json, true, pointId);
                        label.getSublabels().add(sublabel);
                        if (pointId[0] != null) {
                            pointIds.put(pointId[0], sublabel);
                        }
                        if (sublabel.getType() == LabelType.SKELETON) {
                            throw error(at.getLineNr(), at.getColumnNr(), "a skeleton point cannot itself be a skeleton", null);
                        }
                    }
                }
                case "svg" -> label.setSvg(value == JsonToken.VALUE_NULL ? null : text(json, value, "svg"));
                case "id" -> {
                    if (value.isScalarValue()) {
                        id[0] = json.getText();
                    }
                    json.skipChildren();
                }
                default -> json.skipChildren(); // has_parent, project_id and whatever CVAT adds
            }
        }
        if (label.getName() == null || label.getName().isBlank()) {
            throw error(start.getLineNr(), start.getColumnNr(), "a label has no \"name\"", null);
        }
        if (!label.getSublabels().isEmpty()) {
            if (label.getType() == LabelType.ANY) {
                label.setType(LabelType.SKELETON);
            }
            SkeletonSvg.readEdges(label, pointIds);
        }
        return label;
    }

    private static AttributeSpec readAttribute(JsonParser json) throws IOException {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            throw error(json, "each attribute must be a JSON object ({ ... })");
        }
        JsonLocation start = json.currentTokenLocation();
        AttributeSpec spec = F.createAttributeSpec();
        spec.setInputType(AttributeInputType.SELECT);
        while (json.nextToken() != JsonToken.END_OBJECT) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "name" -> spec.setName(text(json, value, "name"));
                case "mutable" -> spec.setMutable(value == JsonToken.VALUE_TRUE
                        || (value == JsonToken.VALUE_STRING && json.getText().equalsIgnoreCase("true")));
                case "input_type" -> {
                    String type = text(json, value, "input_type");
                    AttributeInputType input = AttributeInputType.get(type.toLowerCase(java.util.Locale.ROOT));
                    if (input == null) {
                        throw error(json, "unknown input_type '" + type + "' (use select, radio, checkbox, text or number)");
                    }
                    spec.setInputType(input);
                }
                case "default_value" -> spec.setDefaultValue(value == JsonToken.VALUE_NULL ? "" : text(json, value, "default_value"));
                case "values" -> {
                    expectArray(json, value, "values");
                    while (json.nextToken() != JsonToken.END_ARRAY) {
                        spec.getValues().add(text(json, json.currentToken(), "values"));
                    }
                }
                default -> json.skipChildren();
            }
        }
        if (spec.getName() == null || spec.getName().isBlank()) {
            throw error(start.getLineNr(), start.getColumnNr(), "an attribute has no \"name\"", null);
        }
        return spec;
    }

    private static LabelType labelType(JsonParser json, String text) throws AnnolabException {
        LabelType type = text.equals("bbox") ? LabelType.RECTANGLE : LabelType.get(text);
        if (type == null) {
            throw error(json, "unknown label type '" + text + "' (use any, rectangle, polygon, polyline, points, ellipse, cuboid, "
                    + "cuboid_3d, mask, skeleton or tag)");
        }
        return type;
    }

    private static String text(JsonParser json, JsonToken value, String field) throws IOException {
        if (value == null || !value.isScalarValue()) {
            throw error(json, "\"" + field + "\" must be a string");
        }
        return json.getText();
    }

    private static void expectArray(JsonParser json, JsonToken value, String field) throws AnnolabException {
        if (value != JsonToken.START_ARRAY) {
            throw error(json, "\"" + field + "\" must be a list ([ ... ])");
        }
    }

    private static AnnolabException error(JsonParser json, String what) {
        JsonLocation at = json.currentTokenLocation();
        return error(at.getLineNr(), at.getColumnNr(), what, null);
    }

    private static AnnolabException error(int line, int column, String what, Throwable cause) {
        String where = line > 0 ? "line " + line + ", column " + column + ": " : "";
        return new AnnolabException(where + what, null, line, column, "Correct the label JSON", cause);
    }
}
