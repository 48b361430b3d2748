package io.annolab.formats.voc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.io.SafeXml;

/**
 * A small element tree read through {@link SafeXml} (so XXE and DTDs are refused). VOC files
 * hold one image's annotations, so a tree is cheap, and it keeps each element's line and column
 * for error messages.
 */
final class XmlElement {

    /** Deeper nesting than this is not a VOC file but an attack on the stack. */
    private static final int MAX_DEPTH = 64;

    final String name;
    final int line;
    final int column;
    final List<XmlElement> children = new ArrayList<>(4);
    private StringBuilder text;

    private XmlElement(String name, int line, int column) {
        this.name = name;
        this.line = line;
        this.column = column;
    }

    static XmlElement read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = SafeXml.open(in, file);
            try {
                return read(reader, file);
            } catch (XMLStreamException e) {
                throw SafeXml.error(file, e);
            } finally {
                SafeXml.close(reader);
            }
        }
    }

    private static XmlElement read(XMLStreamReader reader, Path file) throws XMLStreamException, AnnolabException {
        List<XmlElement> stack = new ArrayList<>();
        XmlElement root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (stack.size() >= MAX_DEPTH) {
                    throw SafeXml.error(file, reader, "the XML nests deeper than " + MAX_DEPTH + " elements");
                }
                XmlElement element = new XmlElement(reader.getLocalName(), reader.getLocation().getLineNumber(),
                        reader.getLocation().getColumnNumber());
                if (stack.isEmpty()) {
                    root = element;
                } else {
                    stack.get(stack.size() - 1).children.add(element);
                }
                stack.add(element);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                stack.remove(stack.size() - 1);
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !stack.isEmpty()) {
                XmlElement current = stack.get(stack.size() - 1);
                if (current.text == null) {
                    current.text = new StringBuilder();
                }
                current.text.append(reader.getText());
            }
        }
        if (root == null) {
            throw new AnnolabException("the XML file has no root element", file, "Fix the file or re-export it from its source");
        }
        return root;
    }

    /** The first child named {@code child}, or null (ElementTree's {@code find}). */
    XmlElement child(String child) {
        for (XmlElement element : children) {
            if (element.name.equals(child)) {
                return element;
            }
        }
        return null;
    }

    List<XmlElement> all(String child) {
        List<XmlElement> found = new ArrayList<>(2);
        for (XmlElement element : children) {
            if (element.name.equals(child)) {
                found.add(element);
            }
        }
        return found;
    }

    /** The element's text, trimmed; "" when it has none. */
    String text() {
        return text == null ? "" : text.toString().trim();
    }

    /** The text of the first child named {@code child}, or null when there is no such child. */
    String childText(String child) {
        XmlElement element = child(child);
        return element == null ? null : element.text();
    }
}
