package io.annolab.formats.datumaro;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.annolab.core.api.AnnolabException;

/** Small typed reads over a Jackson parser whose errors name the file, line and column. */
final class JsonReading {

    private final JsonParser parser;
    private final Path file;

    JsonReading(JsonParser parser, Path file) {
        this.parser = parser;
        this.file = file;
    }

    JsonParser parser() {
        return parser;
    }

    Path file() {
        return file;
    }

    AnnolabException error(String what, String hint) {
        JsonLocation at = parser.currentTokenLocation();
        return new AnnolabException(what, file, (int) at.getLineNr(), (int) at.getColumnNr(), hint, null);
    }

    static AnnolabException malformed(Path file, com.fasterxml.jackson.core.JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return new AnnolabException("the file is not valid JSON (" + e.getOriginalMessage() + ")", file,
                at == null ? 0 : (int) at.getLineNr(), at == null ? 0 : (int) at.getColumnNr(),
                "Repair the file or export it again from its source", e);
    }

    void expect(JsonToken token, String what) throws AnnolabException {
        if (parser.currentToken() != token) {
            throw error(what + " must be " + describe(token) + ", not " + describe(parser.currentToken()),
                    "See Datumaro's format description");
        }
    }

    /** A string (numbers are accepted as their text, as Python's json would print them). */
    String text(String what) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getText();
        }
        throw error(what + " must be a string, not " + describe(token), "See Datumaro's format description");
    }

    long integer(String what) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT && parser.getDoubleValue() == Math.rint(parser.getDoubleValue())) {
            return (long) parser.getDoubleValue();
        }
        throw error(what + " must be a whole number, not " + describe(token), "See Datumaro's format description");
    }

    float number(String what) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getFloatValue();
        }
        throw error(what + " must be a number, not " + describe(token), "See Datumaro's format description");
    }

    /** An array of numbers, read into a right-sized array. */
    float[] numbers(String what) throws IOException {
        expect(JsonToken.START_ARRAY, what);
        float[] values = new float[16];
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = number("a value of " + what);
        }
        return Arrays.copyOf(values, count);
    }

    int[] integers(String what) throws IOException {
        expect(JsonToken.START_ARRAY, what);
        int[] values = new int[8];
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            long value = integer("a value of " + what);
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw error("a value of " + what + " is out of range: " + value, "See Datumaro's format description");
            }
            values[count++] = (int) value;
        }
        return Arrays.copyOf(values, count);
    }

    /**
     * An attribute object: values keep their JSON type (String, Boolean, Long, Double, null);
     * nested objects and arrays are kept as their JSON text.
     */
    Map<String, Object> attributes(String what) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return Map.of();
        }
        expect(JsonToken.START_OBJECT, what);
        Map<String, Object> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            values.put(name, value());
        }
        return values;
    }

    Object value() throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> parser.getText();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT -> parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case START_OBJECT, START_ARRAY -> nestedText();
            default -> throw error("unexpected " + describe(parser.currentToken()), "See Datumaro's format description");
        };
    }

    private String nestedText() throws IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        try (com.fasterxml.jackson.core.JsonGenerator out = parser.getCodec() == null
                ? new com.fasterxml.jackson.core.JsonFactory().createGenerator(text)
                : parser.getCodec().getFactory().createGenerator(text)) {
            out.copyCurrentStructure(parser);
        }
        return text.toString();
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }
}
