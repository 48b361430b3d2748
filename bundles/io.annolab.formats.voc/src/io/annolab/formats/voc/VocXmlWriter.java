package io.annolab.formats.voc;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one {@code Annotations/<id>.xml} by hand into a reused buffer, in the element order
 * Datumaro writes: a streaming writer without per-element objects, since exports write one file
 * per item and hundreds of thousands of objects. It composes UTF-8 bytes directly (ASCII, the
 * usual case, a byte per char), so no string is built and encoded again per file.
 */
final class VocXmlWriter {

    /** One object: its box (x1, y1, x2, y2), flags, parts, actions and other attributes. */
    record VocObject(String name, float[] box, String pose, Integer truncated, Integer difficult, boolean occluded,
            List<Part> parts, List<Flag> actions, List<Flag> attributes) {
    }

    record Part(String name, float[] box) {
    }

    /** A name with a value (an action's 0/1, or any attribute's text). */
    record Flag(String name, String value) {
    }

    private static final int MAX_DEPTH = 4;

    private final Utf8Buffer xml = new Utf8Buffer();
    /** Per element name, its indented start tag and its end tag as bytes, by depth: made once, copied after. */
    private final Map<String, byte[][]> tags = new HashMap<>();

    /** The file's UTF-8 bytes. */
    byte[] write(String id, String filename, int width, int height, boolean segmented, List<VocObject> objects) {
        xml.clear();
        int underscore = id.indexOf('_');
        xml.append("<annotation>\n");
        element(1, "folder", underscore >= 0 ? id.substring(0, underscore) : "");
        element(1, "filename", filename);
        xml.append("  <source>\n");
        element(2, "database", "Unknown");
        element(2, "annotation", "Unknown");
        element(2, "image", "Unknown");
        xml.append("  </source>\n");
        if (width > 0 && height > 0) {
            xml.append("  <size>\n");
            element(2, "width", Integer.toString(width));
            element(2, "height", Integer.toString(height));
            element(2, "depth", "");
            xml.append("  </size>\n");
        }
        element(1, "segmented", segmented ? "1" : "0");
        for (VocObject object : objects) {
            xml.append("  <object>\n");
            element(2, "name", object.name());
            if (object.pose() != null) {
                element(2, "pose", object.pose());
            }
            if (object.truncated() != null) {
                element(2, "truncated", object.truncated().toString());
            }
            if (object.difficult() != null) {
                element(2, "difficult", object.difficult().toString());
            }
            element(2, "occluded", object.occluded() ? "1" : "0");
            box(2, object.box());
            for (Part part : object.parts()) {
                xml.append("    <part>\n");
                element(3, "name", part.name());
                box(3, part.box());
                xml.append("    </part>\n");
            }
            if (!object.actions().isEmpty()) {
                xml.append("    <actions>\n");
                for (Flag action : object.actions()) {
                    element(3, action.name(), action.value());
                }
                xml.append("    </actions>\n");
            }
            if (!object.attributes().isEmpty()) {
                xml.append("    <attributes>\n");
                for (Flag attribute : object.attributes()) {
                    xml.append("      <attribute>\n");
                    element(4, "name", attribute.name());
                    element(4, "value", attribute.value());
                    xml.append("      </attribute>\n");
                }
                xml.append("    </attributes>\n");
            }
            xml.append("  </object>\n");
        }
        xml.append("</annotation>\n");
        return xml.toBytes();
    }

    private void box(int depth, float[] box) {
        indent(depth);
        xml.append("<bndbox>\n");
        element(depth + 1, "xmin", number(box[0]));
        element(depth + 1, "ymin", number(box[1]));
        element(depth + 1, "xmax", number(box[2]));
        element(depth + 1, "ymax", number(box[3]));
        indent(depth);
        xml.append("</bndbox>\n");
    }

    private void element(int depth, String name, String text) {
        byte[][] tag = tags.computeIfAbsent(name, n -> new byte[2 * MAX_DEPTH + 2][]);
        if (tag[2 * depth] == null) {
            tag[2 * depth] = ("  ".repeat(depth) + "<" + name + ">").getBytes(StandardCharsets.UTF_8);
            tag[2 * depth + 1] = ("</" + name + ">\n").getBytes(StandardCharsets.UTF_8);
        }
        xml.append(tag[2 * depth]);
        escape(text);
        xml.append(tag[2 * depth + 1]);
    }

    private void indent(int depth) {
        for (int i = 0; i < depth; i++) {
            xml.append("  ");
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        xml.append(' '); // not representable in XML 1.0
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        xml.appendCodePoint(Character.toCodePoint(c, text.charAt(++i)));
                    } else {
                        xml.appendCodePoint(c);
                    }
                }
            }
        }
    }

    /** A growable byte buffer that takes chars and code points as UTF-8. */
    private static final class Utf8Buffer {
        private byte[] bytes = new byte[4096];
        private int size;

        void clear() {
            size = 0;
        }

        void append(char c) {
            appendCodePoint(c);
        }

        /** Appends markup or numbers: ASCII text. */
        void append(String ascii) {
            int length = ascii.length();
            ensure(length);
            for (int i = 0; i < length; i++) {
                bytes[size++] = (byte) ascii.charAt(i);
            }
        }

        void append(byte[] ready) {
            ensure(ready.length);
            System.arraycopy(ready, 0, bytes, size, ready.length);
            size += ready.length;
        }

        void appendCodePoint(int c) {
            ensure(4);
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (c < 0x10000) {
                if (Character.isSurrogate((char) c)) {
                    bytes[size++] = '?'; // a lone surrogate has no UTF-8 form (String.getBytes writes '?' too)
                    return;
                }
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else {
                bytes[size++] = (byte) (0xF0 | c >> 18);
                bytes[size++] = (byte) (0x80 | c >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            }
        }

        byte[] toBytes() {
            return java.util.Arrays.copyOf(bytes, size);
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    /** Like Python's str(float) for whole numbers ("12.0"), else the shortest float text. */
    static String number(float value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e7f) {
            return (long) value + ".0";
        }
        return Float.toString(value);
    }
}
