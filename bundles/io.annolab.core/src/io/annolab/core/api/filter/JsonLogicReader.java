package io.annolab.core.api.filter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads CVAT's JSON Logic filters (what its filter builder stores) into filter nodes. CVAT keeps a
 * list of filters and shows objects matching any of them, so a top-level array reads as "or".
 */
final class JsonLogicReader {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String SUPPORTED = "and, or, !, !!, ==, !=, <, <=, >, >=, in, startsWith, endsWith";

    private JsonLogicReader() {
    }

    /** The tree, or null for a filter that matches everything ({@code true}, {@code null}, {@code {}}, {@code []}). */
    static Node read(String json) throws FilterSyntaxException {
        Object tree;
        try (JsonParser parser = JSON.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            tree = value(parser);
            if (parser.nextToken() != null) {
                throw new FilterSyntaxException("Filter JSON: unexpected text after the filter at line "
                        + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr(), 0);
            }
        } catch (JsonProcessingException e) {
            throw new FilterSyntaxException("Filter JSON: not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + " (" + e.getOriginalMessage() + ")", 0);
        } catch (IOException e) {
            throw new FilterSyntaxException("Filter JSON: cannot be read (" + e.getMessage() + ")", 0);
        }
        if (tree == null || Boolean.TRUE.equals(tree) || tree instanceof Map<?, ?> m && m.isEmpty()) {
            return null;
        }
        if (tree instanceof List<?> list) {
            if (list.isEmpty()) {
                return null;
            }
            List<Node> parts = new ArrayList<>();
            for (Object item : list) {
                parts.add(node(item));
            }
            return parts.size() == 1 ? parts.get(0) : new Node.Or(List.copyOf(parts));
        }
        return node(tree);
    }

    private static Object value(JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
        case START_OBJECT: {
            Map<String, Object> object = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                object.put(name, value(parser));
            }
            return object;
        }
        case START_ARRAY: {
            List<Object> array = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(parser));
            }
            return array;
        }
        case VALUE_STRING:
            return parser.getText();
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
            return parser.getDoubleValue();
        case VALUE_TRUE:
            return Boolean.TRUE;
        case VALUE_FALSE:
            return Boolean.FALSE;
        default:
            return null;
        }
    }

    private static Node node(Object json) throws FilterSyntaxException {
        if (!(json instanceof Map<?, ?> object) || object.size() != 1) {
            throw fail("expected an object with one operator, found " + describe(json));
        }
        Map.Entry<?, ?> entry = object.entrySet().iterator().next();
        String operator = (String) entry.getKey();
        List<?> args = entry.getValue() instanceof List<?> list ? list : java.util.Collections.singletonList(entry.getValue());
        switch (operator) {
        case "and":
        case "or": {
            if (args.isEmpty()) {
                throw fail("\"" + operator + "\" has no rules");
            }
            List<Node> parts = new ArrayList<>();
            for (Object arg : args) {
                parts.add(node(arg));
            }
            if (parts.size() == 1) {
                return parts.get(0);
            }
            return operator.equals("and") ? new Node.And(List.copyOf(parts)) : new Node.Or(List.copyOf(parts));
        }
        case "!":
            arity(operator, args, 1);
            return isVar(args.get(0)) ? new Node.Empty(field(args.get(0)), true) : new Node.Not(node(args.get(0)));
        case "!!":
            arity(operator, args, 1);
            return isVar(args.get(0)) ? new Node.Empty(field(args.get(0)), false)
                    : new Node.Not(new Node.Not(node(args.get(0))));
        case "in":
            arity(operator, args, 2);
            if (isVar(args.get(0)) && args.get(1) instanceof List<?> values) {
                List<Object> literals = new ArrayList<>();
                for (Object value : values) {
                    if (!(value instanceof String || value instanceof Double || value instanceof Boolean)) {
                        throw fail("\"in\" lists hold strings, numbers or booleans, not " + describe(value));
                    }
                    literals.add(value);
                }
                FilterField field = field(args.get(0));
                for (Object value : literals) {
                    checked(field, new Operand.Literal(value));
                }
                return new Node.In(field, List.copyOf(literals));
            }
            if (isVar(args.get(1))) {
                return new Node.Text(field(args.get(1)), Node.TextMatch.LIKE, operand(args.get(0)));
            }
            throw fail("\"in\" needs a property and a list, or a text and a property");
        case "startsWith":
        case "endsWith":
            arity(operator, args, 2);
            return new Node.Text(field(args.get(0)),
                    operator.equals("startsWith") ? Node.TextMatch.STARTS_WITH : Node.TextMatch.ENDS_WITH,
                    operand(args.get(1)));
        default:
            Node.Comparison comparison = Node.Comparison.of(operator.equals("===") ? "==" : operator.equals("!==") ? "!=" : operator);
            if (comparison == null) {
                throw fail("unsupported operator \"" + operator + "\"; Annolab reads " + SUPPORTED);
            }
            if (args.size() == 3 && comparison == Node.Comparison.LE) {
                FilterField field = field(args.get(1));
                return new Node.Between(field, checked(field, operand(args.get(0))), checked(field, operand(args.get(2))));
            }
            arity(operator, args, 2);
            if (isVar(args.get(0))) {
                FilterField field = field(args.get(0));
                return new Node.Compare(field, comparison, checked(field, operand(args.get(1))));
            }
            if (isVar(args.get(1))) {
                FilterField field = field(args.get(1));
                return new Node.Compare(field, comparison.mirrored(), checked(field, operand(args.get(0))));
            }
            throw fail("\"" + operator + "\" compares no property: " + describe(args));
        }
    }

    private static Operand checked(FilterField field, Operand operand) throws FilterSyntaxException {
        String problem = FilterParser.problem(field, operand);
        if (problem != null) {
            throw fail(problem);
        }
        return operand;
    }

    private static void arity(String operator, List<?> args, int count) throws FilterSyntaxException {
        if (args.size() != count) {
            throw fail("\"" + operator + "\" takes " + count + " argument" + (count == 1 ? "" : "s") + ", found "
                    + args.size());
        }
    }

    private static boolean isVar(Object json) {
        return json instanceof Map<?, ?> object && object.size() == 1 && object.containsKey("var");
    }

    private static FilterField field(Object json) throws FilterSyntaxException {
        if (!isVar(json)) {
            throw fail("expected a property {\"var\": ...}, found " + describe(json));
        }
        Object path = ((Map<?, ?>) json).get("var");
        if (path instanceof List<?> list && !list.isEmpty()) {
            path = list.get(0); // ["name", default]: the default does not matter to a filter
        }
        FilterField field = path instanceof String name ? FilterField.fromJsonVar(name) : null;
        if (field == null) {
            throw fail("unknown property " + describe(path) + "; use " + FilterField.allNames());
        }
        return field;
    }

    private static Operand operand(Object json) throws FilterSyntaxException {
        if (isVar(json)) {
            return new Operand.Field(field(json));
        }
        if (json instanceof String || json instanceof Double || json instanceof Boolean) {
            return new Operand.Literal(json);
        }
        throw fail("expected a value or a property, found " + describe(json));
    }

    private static String describe(Object json) {
        if (json instanceof String s) {
            return Values.quote(s);
        }
        return json instanceof Double d ? Values.number(d) : String.valueOf(json);
    }

    private static FilterSyntaxException fail(String message) {
        return new FilterSyntaxException("Filter JSON: " + message, 0);
    }
}
