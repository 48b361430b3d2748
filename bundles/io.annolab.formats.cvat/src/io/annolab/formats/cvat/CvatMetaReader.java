package io.annolab.formats.cvat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.io.SafeXml;
import io.annolab.model.AttributeInputType;
import io.annolab.model.AttributeSpec;
import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.model.ModelFactory;
import io.annolab.model.SkeletonEdge;

/**
 * Reads {@code <annotations>} up to its first frame ({@code <image>} or {@code <track>}): the
 * labels of {@code <meta>} (with attributes, colours, skeleton points and their SVG) and the
 * frame size of video tasks. Other meta (task id, dates, segments, owner) is not kept: CVAT's
 * own reader ignores it too (spec §3.8).
 */
final class CvatMetaReader {

    /** What the meta part declares. {@code frameWidth}/{@code frameHeight} are 0 when absent. */
    record Meta(List<Label> labels, int frameWidth, int frameHeight) {
    }

    private static final ModelFactory F = ModelFactory.eINSTANCE;
    private static final Pattern TAG = Pattern.compile("<(line|circle)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");

    private final XMLStreamReader reader;
    private final Path file;
    private final Deque<String> path = new ArrayDeque<>();

    private CvatMetaReader(XMLStreamReader reader, Path file) {
        this.reader = reader;
        this.file = file;
    }

    /**
     * Reads the meta part; the reader is left on the first body element's start (or on the root's
     * end when the document has no frames).
     */
    static Meta read(XMLStreamReader reader, Path file) throws AnnolabException {
        try {
            return new CvatMetaReader(reader, file).read();
        } catch (XMLStreamException e) {
            throw SafeXml.error(file, e);
        }
    }

    private Meta read() throws XMLStreamException, AnnolabException {
        while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
            // prolog: comments, processing instructions
        }
        if (!reader.isStartElement() || !reader.getLocalName().equals("annotations")) {
            throw SafeXml.error(file, reader, "this is not a CVAT annotation file: its root element is not <annotations>");
        }
        path.push("annotations");
        List<ParsedLabel> labels = new ArrayList<>();
        ParsedLabel label = null;
        AttributeSpec spec = null;
        int width = 0;
        int height = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                String name = path.pop();
                if (name.equals("label") && label != null) {
                    labels.add(label);
                    label = null;
                } else if (name.equals("attribute")) {
                    spec = null;
                } else if (name.equals("annotations")) {
                    break;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = reader.getLocalName();
            String parent = path.peek();
            if (path.size() == 1 && (name.equals("image") || name.equals("track") || name.equals("tag"))) {
                break; // the body begins
            }
            if (name.equals("label") && "labels".equals(parent)) {
                label = new ParsedLabel(F.createLabel(), reader.getLocation().getLineNumber(), reader.getLocation().getColumnNumber());
                label.label.setType(LabelType.ANY);
                path.push(name);
            } else if (name.equals("attribute") && "attributes".equals(parent) && label != null) {
                spec = F.createAttributeSpec();
                spec.setInputType(AttributeInputType.TEXT);
                label.label.getAttributes().add(spec);
                path.push(name);
            } else if (spec != null && "attribute".equals(parent)) {
                readSpecField(spec, name);
            } else if (label != null && "label".equals(parent)) {
                readLabelField(label, name);
            } else if ("original_size".equals(parent) && (name.equals("width") || name.equals("height"))) {
                int value = CvatBodyReader.size(reader, file, name, reader.getElementText().trim());
                if (name.equals("width")) {
                    width = value;
                } else {
                    height = value;
                }
            } else {
                path.push(name);
            }
        }
        return new Meta(assemble(labels), width, height);
    }

    private void readLabelField(ParsedLabel parsed, String name) throws XMLStreamException, AnnolabException {
        Label label = parsed.label;
        switch (name) {
            case "name" -> label.setName(reader.getElementText());
            case "color" -> label.setColor(reader.getElementText().trim());
            case "type" -> {
                String text = reader.getElementText().trim();
                LabelType type = text.equals("bbox") ? LabelType.RECTANGLE : LabelType.get(text);
                if (type == null) {
                    throw SafeXml.error(file, reader, "unknown label type '" + text + "'");
                }
                label.setType(type);
            }
            case "svg" -> label.setSvg(reader.getElementText());
            case "parent" -> parsed.parent = reader.getElementText();
            default -> path.push(name); // <attributes> and anything newer CVAT adds
        }
    }

    private void readSpecField(AttributeSpec spec, String name) throws XMLStreamException, AnnolabException {
        switch (name) {
            case "name" -> spec.setName(reader.getElementText());
            case "mutable" -> spec.setMutable(reader.getElementText().trim().equalsIgnoreCase("true"));
            case "input_type" -> {
                String text = reader.getElementText().trim();
                AttributeInputType type = AttributeInputType.get(text);
                if (type == null) {
                    throw SafeXml.error(file, reader, "unknown attribute input type '" + text + "'");
                }
                spec.setInputType(type);
            }
            case "default_value" -> spec.setDefaultValue(reader.getElementText());
            case "values" -> {
                String text = reader.getElementText();
                if (!text.isEmpty()) {
                    spec.getValues().addAll(List.of(text.split("\n", -1)));
                }
            }
            default -> path.push(name);
        }
    }

    /** Puts skeleton points under their skeleton and reads the skeleton's edges from its SVG. */
    private List<Label> assemble(List<ParsedLabel> parsed) throws AnnolabException {
        List<Label> topLevel = new ArrayList<>();
        Map<String, Label> byName = new HashMap<>();
        for (ParsedLabel entry : parsed) {
            if (entry.label.getName() == null) {
                throw new AnnolabException("a <label> has no <name>", file, entry.line, entry.column,
                        "Give every label a name", null);
            }
            if (entry.parent == null || entry.parent.isEmpty()) {
                if (byName.putIfAbsent(entry.label.getName(), entry.label) != null) {
                    throw new AnnolabException("the label '" + entry.label.getName() + "' is declared twice", file, entry.line,
                            entry.column, "Remove or rename one of them", null);
                }
                topLevel.add(entry.label);
            }
        }
        for (ParsedLabel entry : parsed) {
            if (entry.parent != null && !entry.parent.isEmpty()) {
                Label skeleton = byName.get(entry.parent);
                if (skeleton == null) {
                    throw new AnnolabException("the label '" + entry.label.getName() + "' names the parent '" + entry.parent
                            + "', which is not declared", file, entry.line, entry.column, "Declare the skeleton label", null);
                }
                skeleton.getSublabels().add(entry.label);
            }
        }
        for (Label label : topLevel) {
            if (label.getSvg() != null && !label.getSublabels().isEmpty()) {
                addEdges(label);
            }
        }
        return topLevel;
    }

    /** CVAT's SVG names points by data-node-id and data-label-name; lines join data-node-from and -to. */
    private static void addEdges(Label skeleton) {
        Map<String, Label> byNode = new HashMap<>();
        List<String[]> lines = new ArrayList<>();
        Matcher tag = TAG.matcher(skeleton.getSvg());
        while (tag.find()) {
            Map<String, String> attributes = new HashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2));
            }
            if (tag.group(1).equals("circle") && attributes.containsKey("data-node-id")) {
                Label point = CvatLabels.element(skeleton, attributes.get("data-label-name"));
                if (point != null) {
                    byNode.put(attributes.get("data-node-id"), point);
                }
            } else if (attributes.containsKey("data-node-from") && attributes.containsKey("data-node-to")) {
                lines.add(new String[] { attributes.get("data-node-from"), attributes.get("data-node-to") });
            }
        }
        for (String[] line : lines) {
            Label from = byNode.get(line[0]);
            Label to = byNode.get(line[1]);
            if (from != null && to != null) {
                SkeletonEdge edge = F.createSkeletonEdge();
                edge.setFrom(from);
                edge.setTo(to);
                skeleton.getEdges().add(edge);
            }
        }
    }

    private static final class ParsedLabel {
        final Label label;
        final int line;
        final int column;
        String parent;

        ParsedLabel(Label label, int line, int column) {
            this.label = label;
            this.line = line;
            this.column = column;
        }
    }
}
