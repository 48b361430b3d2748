package io.annolab.core.api.filter;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * One node of a parsed filter. A filter is parsed once into these small immutable objects and
 * then tested against many subjects without further parsing.
 */
sealed interface Node {

    boolean test(FilterSubject subject);

    /** Appends the canonical filter text; {@code inAnd} asks an or-group to wrap itself in parentheses. */
    void appendText(StringBuilder text, boolean inAnd);

    void writeJson(JsonGenerator json) throws IOException;

    record And(List<Node> parts) implements Node {

        @Override
        public boolean test(FilterSubject subject) {
            for (Node part : parts) {
                if (!part.test(subject)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void appendText(StringBuilder text, boolean inAnd) {
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    text.append(" and ");
                }
                parts.get(i).appendText(text, true);
            }
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            writeGroup(json, "and", parts);
        }
    }

    record Or(List<Node> parts) implements Node {

        @Override
        public boolean test(FilterSubject subject) {
            for (Node part : parts) {
                if (part.test(subject)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void appendText(StringBuilder text, boolean inAnd) {
            if (inAnd) {
                text.append('(');
            }
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    text.append(" or ");
                }
                parts.get(i).appendText(text, false);
            }
            if (inAnd) {
                text.append(')');
            }
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            writeGroup(json, "or", parts);
        }
    }

    /** CVAT's group "Not" toggle; also how "not in" and "not between" are held. */
    record Not(Node inner) implements Node {

        @Override
        public boolean test(FilterSubject subject) {
            return !inner.test(subject);
        }

        @Override
        public void appendText(StringBuilder text, boolean inAnd) {
            if (inner instanceof In in) {
                text.append(in.field().text()).append(" not ");
                in.appendList(text);
            } else if (inner instanceof Between between) {
                text.append(between.field().text()).append(" not ");
                between.appendRange(text);
            } else {
                text.append("not (");
                inner.appendText(text, false);
                text.append(')');
            }
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeFieldName("!");
            inner.writeJson(json);
            json.writeEndObject();
        }
    }

    enum Comparison {
        EQ("=="), NE("!="), GT(">"), GE(">="), LT("<"), LE("<=");

        final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        static Comparison of(String symbol) {
            for (Comparison op : values()) {
                if (op.symbol.equals(symbol)) {
                    return op;
                }
            }
            return null;
        }

        /** The same test with its sides swapped: {@code 5 < width} is {@code width > 5}. */
        Comparison mirrored() {
            return switch (this) {
            case GT -> LT;
            case GE -> LE;
            case LT -> GT;
            case LE -> GE;
            default -> this;
            };
        }

        boolean holds(Object left, Object right) {
            switch (this) {
            case EQ:
                return Values.equal(left, right);
            case NE:
                return !Values.equal(left, right);
            default:
                int order = Values.compare(left, right);
                if (order == Integer.MIN_VALUE) {
                    return false;
                }
                return switch (this) {
                case GT -> order > 0;
                case GE -> order >= 0;
                case LT -> order < 0;
                default -> order <= 0;
                };
            }
        }
    }

    record Compare(FilterField field, Comparison op, Operand right) implements Node {

        @Override
        public boolean test(FilterSubject subject) {
            return op.holds(field.valueOf(subject), right.value(subject));
        }

        @Override
        public void appendText(StringBuilder text, boolean inAnd) {
            text.append(field.text()).append(' ').append(op.symbol).append(' ').append(right.text());
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeArrayFieldStart(op.symbol);
            Operand.Field.writeVar(json, field);
            right.writeJson(json);
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** {@code field in [a, b]}: CVAT's "Any in". */
    record In(FilterField field, List<Object> values) implements Node {

        @Override
        public boolean test(FilterSubject subject) {
            Object value = field.valueOf(subject);
            for (Object candidate : values) {
                if (Values.equal(value, candidate)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void appendText(StringBuilder text, boolean inAnd) {
            text.append(field.text()).append(' ');
            appendList(text);
        }

        void appendList(StringBuilder text) {
            text.append("in [");
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    text.append(", ");
                }
                text.append(Values.literal(values.get(i)));
            }
            text.append(']');
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeArrayFieldStart("in");
            Operand.Field.writeVar(json, field);
            json.writeStartArray();
            for (Object value : values) {
                Operand.Literal.writeValue(json, value);
            }
            json.writeEndArray();
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** {@code field between low and high}, both ends included (JSON Logic's three-argument {@code <=}). */
    record Between(FilterField field, Operand low, Operand high) implements Node {

        @Override
        public boolean test(FilterSubject subject) {
            Object value = field.valueOf(subject);
            return Comparison.LE.holds(low.value(subject), value) && Comparison.LE.holds(value, high.value(subject));
        }

        @Override
        public void appendText(StringBuilder text, boolean inAnd) {
            text.append(field.text()).append(' ');
            appendRange(text);
        }

        void appendRange(StringBuilder text) {
            text.append("between ").append(low.text()).append(" and ").append(high.text());
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeArrayFieldStart("<=");
            low.writeJson(json);
            Operand.Field.writeVar(json, field);
            high.writeJson(json);
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** {@code is empty} (no value, or empty text) and {@code is not empty}. */
    record Empty(FilterField field, boolean empty) implements Node {

        @Override
        public boolean test(FilterSubject subject) {
            return Values.isEmpty(field.valueOf(subject)) == empty;
        }

        @Override
        public void appendText(StringBuilder text, boolean inAnd) {
            text.append(field.text()).append(empty ? " is empty" : " is not empty");
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeFieldName(empty ? "!" : "!!");
            Operand.Field.writeVar(json, field);
            json.writeEndObject();
        }
    }

    enum TextMatch {
        LIKE("like", "in"), STARTS_WITH("starts with", "startsWith"), ENDS_WITH("ends with", "endsWith");

        final String words;
        final String jsonOperator;

        TextMatch(String words, String jsonOperator) {
            this.words = words;
            this.jsonOperator = jsonOperator;
        }

        boolean holds(String value, String part) {
            return switch (this) {
            case LIKE -> value.contains(part);
            case STARTS_WITH -> value.startsWith(part);
            case ENDS_WITH -> value.endsWith(part);
            };
        }
    }

    /** {@code like} (contains), {@code starts with}, {@code ends with}; case-sensitive like CVAT. */
    record Text(FilterField field, TextMatch match, Operand part) implements Node {

        @Override
        public boolean test(FilterSubject subject) {
            Object value = field.valueOf(subject);
            Object wanted = part.value(subject);
            return value != null && wanted != null && match.holds(Values.text(value), Values.text(wanted));
        }

        @Override
        public void appendText(StringBuilder text, boolean inAnd) {
            text.append(field.text()).append(' ').append(match.words).append(' ').append(part.text());
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeStartObject();
            json.writeArrayFieldStart(match.jsonOperator);
            if (match == TextMatch.LIKE) {
                // JSON Logic's "in" on strings is "first is a substring of second"
                part.writeJson(json);
                Operand.Field.writeVar(json, field);
            } else {
                Operand.Field.writeVar(json, field);
                part.writeJson(json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeGroup(JsonGenerator json, String operator, List<Node> parts) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart(operator);
        for (Node part : parts) {
            part.writeJson(json);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
