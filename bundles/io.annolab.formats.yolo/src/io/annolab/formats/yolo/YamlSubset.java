package io.annolab.formats.yolo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.annolab.core.api.AnnolabException;

/**
 * Reads the small part of YAML that Ultralytics' {@code data.yaml} files use: block mappings
 * ({@code key: value}), block lists ({@code - item}), flow lists ({@code [3, 3]}), plain and quoted
 * scalars and {@code #} comments. Anything else (anchors, flow mappings, multi-line scalars, tabs)
 * is refused with the file and line, rather than guessed at. Values are String (null for empty),
 * List and Map (in file order).
 */
final class YamlSubset {

    /** Deeper nesting than this is not in any data.yaml, and bounds the recursion. */
    private static final int MAX_DEPTH = 16;

    private record Line(int number, int indent, String text) {
    }

    private final Path file;
    private final List<Line> lines = new ArrayList<>();
    private int next;

    private YamlSubset(Path file) {
        this.file = file;
    }

    /** The top-level mapping of {@code file}. */
    static Map<String, Object> read(Path file) throws IOException {
        if (Files.size(file) > 16L * 1024 * 1024) {
            throw new AnnolabException("the YAML file is larger than 16 MB, too large for a dataset description", file,
                    "Check that this is the dataset's data.yaml");
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8), file);
    }

    static Map<String, Object> parse(String text, Path file) throws AnnolabException {
        YamlSubset reader = new YamlSubset(file);
        reader.split(text);
        if (reader.lines.isEmpty()) {
            return new LinkedHashMap<>();
        }
        Line first = reader.lines.get(0);
        if (first.indent != 0 || first.text.startsWith("- ")) {
            throw reader.error(first, 1, "the file must start with 'key: value' at the left margin");
        }
        Object root = reader.block(0, 0);
        if (reader.next < reader.lines.size()) {
            Line extra = reader.lines.get(reader.next);
            throw reader.error(extra, extra.indent + 1, "unexpected indentation");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) root;
        return map;
    }

    private void split(String text) throws AnnolabException {
        String[] raw = text.split("\r?\n|\r", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            if (indent < line.length() && line.charAt(indent) == '\t') {
                throw new AnnolabException("a tab indents this line; YAML allows spaces only", file, i + 1, indent + 1,
                        "Replace the tab with spaces", null);
            }
            String content = stripComment(line.substring(indent), i + 1, indent).stripTrailing();
            if (content.equals("---") || content.equals("...")) {
                continue;
            }
            if (!content.isEmpty()) {
                lines.add(new Line(i + 1, indent, content));
            }
        }
    }

    /** Removes a {@code #} comment that is outside quotes (at the start, or after a space). */
    private String stripComment(String text, int lineNumber, int indent) throws AnnolabException {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '\'' || c == '"') && (i == 0 || " :-[,".indexOf(text.charAt(i - 1)) >= 0)) {
                quote = c;
            } else if (c == '#' && (i == 0 || text.charAt(i - 1) == ' ')) {
                return text.substring(0, i);
            }
        }
        if (quote != 0) {
            throw new AnnolabException("a quoted string is not closed on its line", file, lineNumber, indent + 1,
                    "Close the quote; multi-line strings are not supported here", null);
        }
        return text;
    }

    /** A block (mapping or list) whose lines are indented exactly {@code indent}. */
    private Object block(int indent, int depth) throws AnnolabException {
        Line first = lines.get(next);
        if (depth > MAX_DEPTH) {
            throw error(first, first.indent + 1, "the nesting is deeper than " + MAX_DEPTH + " levels");
        }
        boolean list = first.text.equals("-") || first.text.startsWith("- ");
        Map<String, Object> map = new LinkedHashMap<>();
        List<Object> items = new ArrayList<>();
        while (next < lines.size()) {
            Line line = lines.get(next);
            if (line.indent < indent) {
                break;
            }
            if (line.indent > indent) {
                throw error(line, line.indent + 1, "unexpected indentation");
            }
            boolean item = line.text.equals("-") || line.text.startsWith("- ");
            if (item != list) {
                throw error(line, indent + 1, list ? "a list item ('- value') was expected" : "'key: value' was expected");
            }
            next++;
            if (list) {
                String rest = line.text.substring(1).strip();
                if (rest.isEmpty()) {
                    items.add(nested(indent, depth, line));
                } else if (looksLikeKey(rest)) {
                    throw error(line, indent + 3, "mappings inside list items are not supported here");
                } else {
                    items.add(scalarOrFlow(rest, line, indent + 3));
                }
            } else {
                int colon = keyEnd(line);
                String key = unquote(line.text.substring(0, colon).strip(), line, indent + 1);
                if (map.containsKey(key)) {
                    throw error(line, indent + 1, "the key '" + key + "' appears twice");
                }
                String rest = line.text.substring(colon + 1).strip();
                map.put(key, rest.isEmpty() ? nested(indent, depth, line) : scalarOrFlow(rest, line, indent + colon + 2));
            }
        }
        return list ? items : map;
    }

    /** The block under a key or dash with nothing after it; null when the next line is not deeper. */
    private Object nested(int indent, int depth, Line owner) throws AnnolabException {
        if (next < lines.size() && lines.get(next).indent > indent) {
            return block(lines.get(next).indent, depth + 1);
        }
        // Ultralytics writes "names:" followed by "- a" at the same indent as the key, which YAML allows for lists.
        if (next < lines.size() && lines.get(next).indent == indent && lines.get(next).text.startsWith("- ")
                && !owner.text.startsWith("-")) {
            return block(indent, depth + 1);
        }
        return null;
    }

    private int keyEnd(Line line) throws AnnolabException {
        String text = line.text;
        int start = 0;
        if (text.startsWith("'") || text.startsWith("\"")) {
            int close = text.indexOf(text.charAt(0), 1);
            start = close < 0 ? text.length() : close + 1;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) == ':' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        if (text.startsWith("{") || text.startsWith("&") || text.startsWith("*") || text.startsWith("|") || text.startsWith(">")) {
            throw error(line, line.indent + 1, "flow mappings, anchors and block scalars are not supported here");
        }
        throw error(line, line.indent + 1, "'key: value' was expected");
    }

    private static boolean looksLikeKey(String text) {
        if (text.startsWith("'") || text.startsWith("\"") || text.startsWith("[")) {
            return false;
        }
        int colon = text.indexOf(':');
        return colon > 0 && (colon + 1 == text.length() || text.charAt(colon + 1) == ' ');
    }

    private Object scalarOrFlow(String text, Line line, int column) throws AnnolabException {
        if (text.startsWith("[")) {
            if (!text.endsWith("]")) {
                throw error(line, column, "a flow list must open and close on one line");
            }
            List<Object> values = new ArrayList<>();
            String inner = text.substring(1, text.length() - 1).strip();
            if (!inner.isEmpty()) {
                for (String part : splitFlow(inner, line, column)) {
                    if (part.startsWith("[") || part.startsWith("{")) {
                        throw error(line, column, "nested flow collections are not supported here");
                    }
                    values.add(scalar(part.strip(), line, column));
                }
            }
            return values;
        }
        if (text.startsWith("{") || text.startsWith("&") || text.startsWith("*") || text.startsWith("|") || text.startsWith(">")) {
            throw error(line, column, "flow mappings, anchors and block scalars are not supported here");
        }
        return scalar(text, line, column);
    }

    private List<String> splitFlow(String inner, Line line, int column) throws AnnolabException {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ',') {
                parts.add(part.toString());
                part.setLength(0);
                continue;
            }
            part.append(c);
        }
        parts.add(part.toString());
        for (String p : parts) {
            if (p.isBlank()) {
                throw error(line, column, "an empty entry in a flow list");
            }
        }
        return parts;
    }

    private String scalar(String text, Line line, int column) throws AnnolabException {
        if (text.equals("~") || text.equals("null") || text.equals("Null") || text.equals("NULL")) {
            return null;
        }
        return unquote(text, line, column);
    }

    private String unquote(String text, Line line, int column) throws AnnolabException {
        if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
            String inner = text.substring(1, text.length() - 1);
            if (inner.replace("''", "").contains("'")) {
                throw error(line, column, "a single quote inside a single-quoted string must be doubled ('')");
            }
            return inner.replace("''", "'");
        }
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return unescape(text.substring(1, text.length() - 1), line, column);
        }
        if (text.startsWith("'") || text.startsWith("\"")) {
            throw error(line, column, "text follows a closed quote");
        }
        return text;
    }

    private String unescape(String inner, Line line, int column) throws AnnolabException {
        StringBuilder out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == inner.length()) {
                throw error(line, column, "a backslash ends the string");
            }
            char e = inner.charAt(i);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    try {
                        out.append((char) Integer.parseInt(inner.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException | StringIndexOutOfBoundsException bad) {
                        throw error(line, column, "\\u needs four hex digits");
                    }
                    i += 4;
                }
                default -> throw error(line, column, "the escape \\" + e + " is not supported here");
            }
        }
        return out.toString();
    }

    private AnnolabException error(Line line, int column, String what) {
        return new AnnolabException(what, file, line.number, column, "This reader accepts the YAML that data.yaml files use", null);
    }
}
