package io.annolab.core.api.filter;

import java.util.ArrayList;
import java.util.List;

/** Splits filter text into tokens, each remembering its column for error messages. */
final class FilterLexer {

    enum Kind {
        WORD, STRING, NUMBER, OPERATOR, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT, END
    }

    /** {@code value} is the unquoted text of a string, the spelling of anything else. */
    record Token(Kind kind, String value, int column) {

        boolean isWord(String word) {
            return kind == Kind.WORD && value.equalsIgnoreCase(word);
        }

        /** How to name the token in a message. */
        String describe() {
            return switch (kind) {
            case END -> "the end";
            case STRING -> Values.quote(value);
            default -> "'" + value + "'";
            };
        }
    }

    private FilterLexer() {
    }

    static List<Token> tokens(String text) throws FilterSyntaxException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int column = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                StringBuilder value = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        throw new FilterSyntaxException("Filter: the text starting at column " + column
                                + " has no closing '\"'", column);
                    }
                    char s = text.charAt(i++);
                    if (s == '"') {
                        break;
                    }
                    if (s == '\\' && i < n) {
                        char escaped = text.charAt(i++);
                        value.append(switch (escaped) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> escaped;
                        });
                    } else {
                        value.append(s);
                    }
                }
                tokens.add(new Token(Kind.STRING, value.toString(), column));
            } else if (Character.isDigit(c) || (c == '-' || c == '.') && i + 1 < n && Character.isDigit(text.charAt(i + 1))
                    && !(c == '.' && endsWithWord(tokens))) {
                int start = i++;
                while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.'
                        || (text.charAt(i) == 'e' || text.charAt(i) == 'E') && i + 1 < n
                                && (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '-'))) {
                    if (text.charAt(i) == 'e' || text.charAt(i) == 'E') {
                        i++; // the exponent's sign
                    }
                    i++;
                }
                String number = text.substring(start, i);
                try {
                    Double.parseDouble(number);
                } catch (NumberFormatException e) {
                    throw new FilterSyntaxException("Filter: '" + number + "' at column " + column + " is not a number",
                            column);
                }
                tokens.add(new Token(Kind.NUMBER, number, column));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(start, i), column));
            } else if (c == '=' || c == '!' || c == '<' || c == '>') {
                boolean twoChars = i + 1 < n && text.charAt(i + 1) == '=';
                String operator = text.substring(i, i + (twoChars ? 2 : 1));
                if (operator.equals("=")) {
                    throw new FilterSyntaxException("Filter: use '==' instead of '=' at column " + column, column);
                }
                if (operator.equals("!")) {
                    throw new FilterSyntaxException("Filter: use '!=' or not (...) instead of '!' at column " + column,
                            column);
                }
                tokens.add(new Token(Kind.OPERATOR, operator, column));
                i += operator.length();
            } else {
                Kind kind = switch (c) {
                case '(' -> Kind.LPAREN;
                case ')' -> Kind.RPAREN;
                case '[' -> Kind.LBRACKET;
                case ']' -> Kind.RBRACKET;
                case ',' -> Kind.COMMA;
                case '.' -> Kind.DOT;
                default -> throw new FilterSyntaxException("Filter: unexpected character '" + c + "' at column " + column,
                        column);
                };
                tokens.add(new Token(kind, String.valueOf(c), column));
                i++;
            }
        }
        tokens.add(new Token(Kind.END, "", n + 1));
        return tokens;
    }

    /** After {@code attr} a dot separates names, it does not start a number. */
    private static boolean endsWithWord(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() == Kind.WORD;
    }
}
