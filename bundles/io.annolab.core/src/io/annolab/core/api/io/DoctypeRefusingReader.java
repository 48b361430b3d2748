package io.annolab.core.api.io;

import java.nio.file.Path;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Fails on a DOCTYPE: with DTD support off, the JDK's reader skips a DTD quietly, and an
 * annotation file has no business declaring one (it is how XXE attacks begin), so say so.
 */
final class DoctypeRefusingReader extends StreamReaderDelegate {

    private final Path file;

    DoctypeRefusingReader(XMLStreamReader reader, Path file) {
        super(reader);
        this.file = file;
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        if (event == XMLStreamConstants.DTD) {
            throw new XMLStreamException("the document declares a DTD (<!DOCTYPE>); DTDs and external entities are refused"
                    + " for safety (XXE) in " + file, getLocation());
        }
        return event;
    }
}
