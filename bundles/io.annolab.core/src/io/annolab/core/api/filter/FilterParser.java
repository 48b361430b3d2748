package io.annolab.core.api.filter;

import java.util.ArrayList;
import java.util.List;

import io.annolab.core.api.filter.FilterLexer.Kind;
import io.annolab.core.api.filter.FilterLexer.Token;
import io.annolab.model.ShapeType;

/**
 * Recursive descent over the filter text. Precedence, loosest first: {@code or}, {@code and},
 * {@code not}; parentheses group. Keywords and property names ignore case.
 */
final class FilterParser {

    static final List<String> TYPES = List.of("shape", "track", "tag");
    static final List<String> SHAPES = ShapeType.VALUES.stream().map(ShapeType::getLiteral).toList();

    private static final String OPERATORS = "==, !=, >, >=, <, <=, in, not in, is empty, is not empty, between, "
            + "not between, like, starts with, ends with";

    private final List<Token> tokens;
    private int position;

    private FilterParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The parsed tree, or null when the text holds no rule (an empty filter matches everything). */
    static Node parse(String text) throws FilterSyntaxException {
        FilterParser parser = new FilterParser(FilterLexer.tokens(text));
        if (parser.peek().kind() == Kind.END) {
            return null;
        }
        Node node = parser.or();
        Token rest = parser.peek();
        if (rest.kind() == Kind.RPAREN) {
            throw error("Filter: ')' at column " + rest.column() + " closes no '('", rest);
        }
        if (rest.kind() != Kind.END) {
            throw error("Filter: unexpected " + rest.describe() + " at column " + rest.column()
                    + "; join rules with and / or", rest);
        }
        return node;
    }

    private Node or() throws FilterSyntaxException {
        List<Node> parts = new ArrayList<>(List.of(and()));
        while (peek().isWord("or")) {
            position++;
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Node.Or(List.copyOf(parts));
    }

    private Node and() throws FilterSyntaxException {
        List<Node> parts = new ArrayList<>(List.of(unary()));
        while (peek().isWord("and")) {
            position++;
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Node.And(List.copyOf(parts));
    }

    private Node unary() throws FilterSyntaxException {
        Token token = peek();
        if (token.isWord("not")) {
            position++;
            return new Node.Not(unary());
        }
        if (token.kind() == Kind.LPAREN) {
            position++;
            Node inner = or();
            Token close = next();
            if (close.kind() != Kind.RPAREN) {
                throw error("Filter: missing ')' for the '(' at column " + token.column() + "; found "
                        + close.describe() + " at column " + close.column(), close);
            }
            return inner;
        }
        return rule();
    }

    private Node rule() throws FilterSyntaxException {
        FilterField field = field();
        Token op = next();
        String after = "after " + field.text() + " ";
        if (op.kind() == Kind.OPERATOR) {
            Operand right = operand(op);
            check(field, right, op);
            return new Node.Compare(field, Node.Comparison.of(op.value()), right);
        }
        if (op.isWord("in")) {
            return in(field, op);
        }
        if (op.isWord("not")) {
            Token what = next();
            if (what.isWord("in")) {
                return new Node.Not(in(field, what));
            }
            if (what.isWord("between")) {
                return new Node.Not(between(field, what));
            }
            throw error("Filter: expected 'in' or 'between' after 'not' at column " + what.column(), what);
        }
        if (op.isWord("is")) {
            Token what = next();
            boolean empty = true;
            if (what.isWord("not")) {
                empty = false;
                what = next();
            }
            if (!what.isWord("empty")) {
                throw error("Filter: expected 'empty' after '" + (empty ? "is" : "is not") + "' at column "
                        + what.column(), what);
            }
            return new Node.Empty(field, empty);
        }
        if (op.isWord("between")) {
            return between(field, op);
        }
        if (op.isWord("like")) {
            return new Node.Text(field, Node.TextMatch.LIKE, operand(op));
        }
        if (op.isWord("starts") || op.isWord("ends")) {
            Token with = next();
            if (!with.isWord("with")) {
                throw error("Filter: expected 'with' after '" + op.value() + "' at column " + with.column(), with);
            }
            Node.TextMatch match = op.isWord("starts") ? Node.TextMatch.STARTS_WITH : Node.TextMatch.ENDS_WITH;
            return new Node.Text(field, match, operand(with));
        }
        throw error("Filter: expected an operator (" + OPERATORS + ") " + after + "at column " + op.column(), op);
    }

    private Node in(FilterField field, Token in) throws FilterSyntaxException {
        Token open = next();
        if (open.kind() != Kind.LBRACKET) {
            throw error("Filter: expected '[' after 'in' at column " + open.column(), open);
        }
        List<Object> values = new ArrayList<>();
        while (true) {
            Token token = peek();
            Object value = literal(token);
            if (value == null) {
                throw error("Filter: expected a value in the list at column " + token.column(), token);
            }
            position++;
            check(field, new Operand.Literal(value), token);
            values.add(value);
            Token separator = next();
            if (separator.kind() == Kind.RBRACKET) {
                return new Node.In(field, List.copyOf(values));
            }
            if (separator.kind() != Kind.COMMA) {
                throw error("Filter: expected ',' or ']' in the list at column " + separator.column(), separator);
            }
        }
    }

    private Node between(FilterField field, Token between) throws FilterSyntaxException {
        Operand low = operand(between);
        check(field, low, between);
        Token and = next();
        if (!and.isWord("and")) {
            throw error("Filter: expected 'and' between the two values of 'between' at column " + and.column(), and);
        }
        Operand high = operand(and);
        check(field, high, and);
        return new Node.Between(field, low, high);
    }

    private Operand operand(Token after) throws FilterSyntaxException {
        Token token = peek();
        Object value = literal(token);
        if (value != null) {
            position++;
            return new Operand.Literal(value);
        }
        if (token.kind() == Kind.WORD && !isKeyword(token)) {
            if (!token.isWord("attr") && FilterField.fixed(token.value()) == null) {
                throw error("Filter: " + token.describe() + " at column " + token.column()
                        + " is no property; write text values in double quotes: " + Values.quote(token.value()), token);
            }
            return new Operand.Field(field());
        }
        throw error("Filter: expected a value after '" + after.value() + "' at column " + token.column(), token);
    }

    private static Object literal(Token token) {
        return switch (token.kind()) {
        case STRING -> token.value();
        case NUMBER -> Double.valueOf(token.value());
        case WORD -> token.isWord("true") ? Boolean.TRUE : token.isWord("false") ? Boolean.FALSE : null;
        default -> null;
        };
    }

    private static boolean isKeyword(Token token) {
        for (String word : List.of("and", "or", "not", "in", "is", "between", "like", "starts", "ends")) {
            if (token.isWord(word)) {
                return true;
            }
        }
        return false;
    }

    private FilterField field() throws FilterSyntaxException {
        Token token = next();
        if (token.kind() != Kind.WORD || isKeyword(token)) {
            throw error("Filter: expected a property (" + FilterField.allNames() + ") at column " + token.column()
                    + (token.kind() == Kind.END ? "" : ", found " + token.describe()), token);
        }
        if (token.isWord("attr")) {
            return attribute(token);
        }
        FilterField field = FilterField.fixed(token.value());
        if (field == null) {
            throw error("Filter: unknown property '" + token.value() + "' at column " + token.column() + "; use "
                    + FilterField.allNames(), token);
        }
        return field;
    }

    /** {@code attr["name"]}, {@code attr["label"]["name"]}, {@code attr.name}, {@code attr.label.name}. */
    private FilterField attribute(Token attr) throws FilterSyntaxException {
        List<String> names = new ArrayList<>();
        while (names.size() < 2) {
            Token token = peek();
            if (token.kind() == Kind.LBRACKET) {
                position++;
                Token name = next();
                Token close = next();
                if (name.kind() != Kind.STRING || close.kind() != Kind.RBRACKET) {
                    throw error("Filter: write an attribute as attr[\"name\"] (column " + token.column() + ")", token);
                }
                names.add(name.value());
            } else if (token.kind() == Kind.DOT) {
                position++;
                Token name = next();
                if (name.kind() != Kind.WORD) {
                    throw error("Filter: expected an attribute name after '.' at column " + name.column(), name);
                }
                names.add(name.value());
            } else {
                break;
            }
        }
        if (names.isEmpty()) {
            throw error("Filter: expected [\"name\"] after attr at column " + peek().column(), peek());
        }
        return names.size() == 1 ? FilterField.attribute(names.get(0)) : FilterField.attribute(names.get(0), names.get(1));
    }

    /** Catches values that can never match, such as {@code type == "box"}, while the user types. */
    private static void check(FilterField field, Operand operand, Token at) throws FilterSyntaxException {
        String problem = problem(field, operand);
        if (problem != null) {
            throw new FilterSyntaxException("Filter: " + problem + " (near column " + at.column() + ")", at.column());
        }
    }

    /** What is wrong with comparing the field with this operand, or null when nothing is. */
    static String problem(FilterField field, Operand operand) {
        if (!(operand instanceof Operand.Literal literal)) {
            return null;
        }
        Object value = literal.value();
        return switch (field.kind()) {
        case TYPE -> value instanceof String s && TYPES.contains(s) ? null
                : "type is one of " + String.join(", ", TYPES) + ", not " + Values.literal(value);
        case SHAPE -> value instanceof String s && SHAPES.contains(s) ? null
                : "shape is one of " + String.join(", ", SHAPES) + ", not " + Values.literal(value);
        case OCCLUDED -> value instanceof Boolean ? null : "occluded is true or false, not " + Values.literal(value);
        default -> field.isNumeric() && Values.asNumber(value) == null
                ? field.text() + " is a number, not " + Values.literal(value)
                : null;
        };
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        Token token = tokens.get(position);
        if (token.kind() != Kind.END) {
            position++;
        }
        return token;
    }

    private static FilterSyntaxException error(String message, Token token) {
        return new FilterSyntaxException(message, token.column());
    }
}
