package io.annolab.formats.voc;

import java.util.List;

/**
 * Writes one {@code Annotations/<id>.xml} by hand into a reused buffer, in the element order
 * Datumaro writes: a streaming writer without per-element objects, since exports write one file
 * per item and hundreds of thousands of objects.
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

    private final StringBuilder xml = new StringBuilder(4096);

    String write(String id, String filename, int width, int height, boolean segmented, List<VocObject> objects) {
        xml.setLength(0);
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
        return xml.toString();
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
        indent(depth);
        xml.append('<').append(name).append('>');
        escape(text);
        xml.append("</").append(name).append(">\n");
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
                    } else {
                        xml.append(c);
                    }
                }
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
