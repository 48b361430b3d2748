package io.annolab.core.api.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.annolab.core.api.AnnolabException;

/**
 * XML readers that refuse what makes XML dangerous: DTDs and external entities (XXE, billion
 * laughs). Every format that reads XML gets its reader here.
 */
public final class SafeXml {

    private static final XMLInputFactory FACTORY = createFactory();

    private SafeXml() {
    }

    private static XMLInputFactory createFactory() {
        // The JDK's own implementation: no provider lookup through (OSGi) class loaders.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** A streaming reader; a document with a DOCTYPE is refused when the reader meets it. */
    public static XMLStreamReader open(InputStream in, Path file) throws AnnolabException {
        try {
            return new DoctypeRefusingReader(FACTORY.createXMLStreamReader(in), file);
        } catch (XMLStreamException e) {
            throw error(file, e);
        }
    }

    /** An error naming the file, line and column of an XML problem. */
    public static AnnolabException error(Path file, XMLStreamException e) {
        Location location = e.getLocation();
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
        return new AnnolabException("malformed XML: " + message, file, location == null ? 0 : location.getLineNumber(),
                location == null ? 0 : location.getColumnNumber(), "Fix the file or re-export it from its source", e);
    }

    /** An error at the reader's current position. */
    public static AnnolabException error(Path file, XMLStreamReader reader, String what) {
        Location location = reader.getLocation();
        return new AnnolabException(what, file, location.getLineNumber(), location.getColumnNumber(),
                "Fix the file or re-export it from its source", null);
    }

    /** Closes a reader, turning its checked exception into an IOException. */
    public static void close(XMLStreamReader reader) throws IOException {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Skips the element the reader is on, with everything inside it. */
    public static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The attribute of the current element, or an error naming the element, file, line and column. */
    public static String requiredAttribute(XMLStreamReader reader, Path file, String attribute) throws AnnolabException {
        String value = reader.getAttributeValue(null, attribute);
        if (value == null) {
            throw error(file, reader, "<" + reader.getLocalName() + "> has no " + attribute + " attribute");
        }
        return value;
    }
}
