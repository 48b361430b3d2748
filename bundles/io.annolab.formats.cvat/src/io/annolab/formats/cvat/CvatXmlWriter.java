package io.annolab.formats.cvat;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes XML byte for byte as CVAT's writer (Python's {@code XMLGenerator}) does, spec §3.7:
 * every element on its own line indented two spaces per level, containers never self-closing
 * (their end tag on its own line even when empty), leaf text elements on one line, text escaping
 * {@code & < >} only, attributes quoted by {@code quoteattr}'s rules.
 */
final class CvatXmlWriter implements Closeable {

    private final OutputStream stream;
    private final Writer out;
    private int level;
    private boolean rootOpen;

    private CvatXmlWriter(OutputStream stream) {
        this.stream = stream;
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
    }

    /** A whole document: the declaration comes first. */
    static CvatXmlWriter document(OutputStream stream) throws IOException {
        CvatXmlWriter writer = new CvatXmlWriter(stream);
        writer.out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        return writer;
    }

    /** A part of a document's body, at the root's children's level, to be spliced in with {@link #splice}. */
    static CvatXmlWriter body(OutputStream stream) {
        CvatXmlWriter writer = new CvatXmlWriter(stream);
        writer.level = 1;
        writer.rootOpen = true;
        return writer;
    }

    /** Copies a part written by a {@link #body} writer here, as it is. */
    void splice(java.nio.file.Path part) throws IOException {
        out.flush();
        java.nio.file.Files.copy(part, stream);
    }

    /** Opens an element with children; {@code attributes} alternate name, value (null values are skipped). */
    void open(String name, String... attributes) throws IOException {
        newLine();
        startTag(name, attributes);
        level++;
        rootOpen = true;
    }

    void close(String name) throws IOException {
        level--;
        newLine();
        out.write("</");
        out.write(name);
        out.write('>');
    }

    /** A one-line element holding text, {@code <name>text</name>} (also when the text is empty). */
    void leaf(String name, String text, String... attributes) throws IOException {
        newLine();
        startTag(name, attributes);
        out.write(escapeText(text == null ? "" : text));
        out.write("</");
        out.write(name);
        out.write('>');
    }

    /** Ends the document after the root's end tag. */
    void finish() throws IOException {
        out.write('\n');
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void newLine() throws IOException {
        if (rootOpen) {
            out.write('\n');
            for (int i = 0; i < level; i++) {
                out.write("  ");
            }
        }
    }

    private void startTag(String name, String[] attributes) throws IOException {
        out.write('<');
        out.write(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.write(' ');
                out.write(attributes[i]);
                out.write('=');
                out.write(quoteAttribute(attributes[i + 1]));
            }
        }
        out.write('>');
    }

    static String escapeText(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /** Python's {@code xml.sax.saxutils.quoteattr}: the quoted value, quotes included. */
    static String quoteAttribute(String value) {
        String escaped = escapeText(value).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
        if (escaped.indexOf('"') >= 0) {
            if (escaped.indexOf('\'') >= 0) {
                return '"' + escaped.replace("\"", "&quot;") + '"';
            }
            return '\'' + escaped + '\'';
        }
        return '"' + escaped + '"';
    }
}
