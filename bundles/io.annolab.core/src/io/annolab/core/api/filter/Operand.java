package io.annolab.core.api.filter;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

/** The right-hand side of a rule: a literal value or another field of the same object. */
sealed interface Operand {

    Object value(FilterSubject subject);

    String text();

    void writeJson(JsonGenerator json) throws IOException;

    /** A String, Double or Boolean typed by the user. */
    record Literal(Object value) implements Operand {

        @Override
        public Object value(FilterSubject subject) {
            return value;
        }

        @Override
        public String text() {
            return Values.literal(value);
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            writeValue(json, value);
        }

        static void writeValue(JsonGenerator json, Object value) throws IOException {
            if (value instanceof Double d) {
                if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                    json.writeNumber((long) d.doubleValue());
                } else {
                    json.writeNumber(d);
                }
            } else if (value instanceof Boolean b) {
                json.writeBoolean(b);
            } else {
                json.writeString(value.toString());
            }
        }
    }

    /** Compare with another property, e.g. {@code width > height}. */
    record Field(FilterField field) implements Operand {

        @Override
        public Object value(FilterSubject subject) {
            return field.valueOf(subject);
        }

        @Override
        public String text() {
            return field.text();
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            writeVar(json, field);
        }

        static void writeVar(JsonGenerator json, FilterField field) throws IOException {
            json.writeStartObject();
            json.writeStringField("var", field.jsonVar());
            json.writeEndObject();
        }
    }
}
