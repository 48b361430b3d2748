package io.annolab.formats.cvat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.image.ImageHeaders;
import io.annolab.core.api.image.ImageSize;
import io.annolab.core.api.io.SafeXml;
import io.annolab.model.Annotation;
import io.annolab.model.AnnotationSource;
import io.annolab.model.AttributeValue;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.Tag;

/**
 * Reads the frames of one CVAT XML file as Datumaro does. CVAT for images streams: one item per
 * {@code <image>}, read when asked for. CVAT for video cannot: a track runs across frames, so
 * the whole file is read and then handed out frame by frame, each frame's shapes carrying the
 * track as {@code track_id} (annotation id = track id), with their keyframe and outside flags.
 */
final class CvatBodyReader implements ItemCursor {

    static final String FRAME = "frame";
    static final String TRACK_ID = "track_id";

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private final XMLStreamReader reader;
    private final Path file;
    private final CvatFrames frames;
    private final CvatLabels labels;
    private final CvatShapeReader shapes;
    private final Set<Integer> frameNumbers = new HashSet<>();
    private final Set<String> itemKeys;
    private TreeMap<Integer, Frame> collected;
    private boolean started;

    CvatBodyReader(XMLStreamReader reader, Path file, CvatFrames frames, CvatLabels labels, Set<String> itemKeys) {
        this.reader = reader;
        this.file = file;
        this.frames = frames;
        this.labels = labels;
        this.itemKeys = itemKeys;
        this.shapes = new CvatShapeReader(reader, file, labels);
    }

    @Override
    public DatasetItem next() throws IOException {
        try {
            if (collected == null) {
                DatasetItem item = nextImage();
                if (item != null) {
                    return item;
                }
                if (collected == null) {
                    if (!frameNumbers.isEmpty()) {
                        return null; // the images layout, read to its end
                    }
                    // Neither images nor tracks: a video whose frames have no shapes still has its frames.
                    collected = new java.util.TreeMap<>();
                    for (int number : frames.imageOnlyFrames()) {
                        collected.computeIfAbsent(number, Frame::new);
                    }
                }
            }
            var entry = collected.pollFirstEntry();
            return entry == null ? null : item(entry.getKey(), entry.getValue());
        } catch (XMLStreamException e) {
            throw SafeXml.error(file, e);
        }
    }

    /** The next {@code <image>}, or null at the end or when the file turns out to hold tracks. */
    private DatasetItem nextImage() throws XMLStreamException, IOException {
        while (true) {
            if (started) {
                if (!reader.hasNext()) {
                    return null;
                }
                reader.next();
            }
            started = true;
            if (reader.getEventType() == XMLStreamConstants.END_ELEMENT || reader.getEventType() == XMLStreamConstants.END_DOCUMENT) {
                return null; // </annotations>
            }
            if (!reader.isStartElement()) {
                continue;
            }
            switch (reader.getLocalName()) {
                case "image" -> {
                    Frame frame = readImage();
                    return item(frame.number, frame);
                }
                case "track" -> {
                    if (!frameNumbers.isEmpty()) {
                        throw SafeXml.error(file, reader, "this file mixes <image> and <track> elements");
                    }
                    collectAll();
                    return null;
                }
                default -> skip(); // a <tag> outside <image> has no frame: CVAT ignores it too
            }
        }
    }

    /** CVAT for video: reads every remaining track (and image) into frames. */
    private void collectAll() throws XMLStreamException, IOException {
        collected = new TreeMap<>();
        while (true) {
            if (reader.isStartElement()) {
                if (reader.getLocalName().equals("track")) {
                    readTrack();
                } else if (reader.getLocalName().equals("image")) {
                    Frame image = readImage();
                    Frame frame = collected.computeIfAbsent(image.number, Frame::new);
                    frame.name = image.name;
                    frame.subset = image.subset;
                    frame.width = image.width;
                    frame.height = image.height;
                    frame.annotations.addAll(image.annotations);
                } else {
                    skip();
                }
            } else if (reader.getEventType() == XMLStreamConstants.END_ELEMENT || !reader.hasNext()) {
                break;
            }
            reader.next();
        }
        for (int number : frames.imageOnlyFrames()) {
            collected.computeIfAbsent(number, Frame::new);
        }
    }

    private Frame readImage() throws XMLStreamException, IOException {
        String id = required("id");
        Frame frame = new Frame(CvatShapeReader.frameNumber(reader, file, "id", id));
        if (!frameNumbers.add(frame.number)) {
            throw SafeXml.error(file, reader, "the image id " + frame.number + " is used twice");
        }
        frame.name = reader.getAttributeValue(null, "name");
        frame.subset = reader.getAttributeValue(null, "subset");
        String width = reader.getAttributeValue(null, "width");
        String height = reader.getAttributeValue(null, "height");
        frame.width = width == null ? 0 : size(reader, file, "width", width);
        frame.height = height == null ? 0 : size(reader, file, "height", height);
        while (reader.next() != XMLStreamConstants.END_ELEMENT) {
            if (!reader.isStartElement()) {
                continue;
            }
            if (reader.getLocalName().equals("tag")) {
                frame.annotations.add(readTag(frame.number));
            } else if (CvatShapeReader.isShape(reader.getLocalName())) {
                Label label = shapes.label(reader.getAttributeValue(null, "label"));
                Shape shape = shapes.read(label, false);
                shape.setFrame(frame.number);
                frame.annotations.add(shape);
            } else {
                skip();
            }
        }
        return frame;
    }

    private Tag readTag(int frame) throws XMLStreamException, AnnolabException {
        Tag tag = F.createTag();
        tag.setLabel(shapes.label(reader.getAttributeValue(null, "label")));
        tag.setFrame(frame);
        tag.setSource(CvatShapeReader.source(reader.getAttributeValue(null, "source")));
        tag.setGroup(CvatShapeReader.optionalInt(reader, file, "group_id", reader.getAttributeValue(null, "group_id")));
        while (reader.next() != XMLStreamConstants.END_ELEMENT) {
            if (reader.isStartElement() && reader.getLocalName().equals("attribute")) {
                tag.getAttributes().add(shapes.attribute(tag.getLabel()));
            } else if (reader.isStartElement()) {
                skip();
            }
        }
        return tag;
    }

    /**
     * One {@code <track>}: each shape becomes the frame's annotation. Skeleton points come either
     * inside each {@code <skeleton>} (CVAT) or as nested {@code <track>}s per point (older files).
     */
    private void readTrack() throws XMLStreamException, IOException {
        long trackId = CvatShapeReader.integer(reader, file, "id", required("id"));
        Label label = shapes.label(reader.getAttributeValue(null, "label"));
        AnnotationSource source = CvatShapeReader.source(reader.getAttributeValue(null, "source"));
        int group = CvatShapeReader.optionalInt(reader, file, "group_id", reader.getAttributeValue(null, "group_id"));
        String subset = reader.getAttributeValue(null, "subset");
        Map<Integer, Shape> byFrame = new HashMap<>();
        while (reader.next() != XMLStreamConstants.END_ELEMENT) {
            if (!reader.isStartElement()) {
                continue;
            }
            if (reader.getLocalName().equals("track")) {
                readElementTrack(label, byFrame);
            } else if (CvatShapeReader.isShape(reader.getLocalName())) {
                Shape shape = shapes.read(label, true);
                if (byFrame.putIfAbsent(shape.getFrame(), shape) != null) {
                    throw SafeXml.error(file, reader, "track " + trackId + " has two shapes on frame " + shape.getFrame());
                }
                shape.setId(trackId);
                shape.setGroup(group);
                shape.setSource(source);
                shape.getAttributes().add(trackIdAttribute(trackId));
                Frame frame = collected.computeIfAbsent(shape.getFrame(), Frame::new);
                if (subset != null) {
                    frame.subset = subset;
                }
                frame.annotations.add(shape);
            } else {
                skip();
            }
        }
    }

    private void readElementTrack(Label skeleton, Map<Integer, Shape> skeletons) throws XMLStreamException, IOException {
        Label point = shapes.element(skeleton, reader.getAttributeValue(null, "label"));
        while (reader.next() != XMLStreamConstants.END_ELEMENT) {
            if (!reader.isStartElement()) {
                continue;
            }
            if (!CvatShapeReader.isShape(reader.getLocalName())) {
                skip();
                continue;
            }
            Shape element = shapes.read(point, true);
            Shape owner = skeletons.get(element.getFrame());
            if (owner == null) {
                throw SafeXml.error(file, reader, "a skeleton point on frame " + element.getFrame()
                        + " belongs to no <skeleton> of its track on that frame");
            }
            owner.getElements().add(element);
        }
    }

    private static AttributeValue trackIdAttribute(long trackId) {
        AttributeValue value = F.createAttributeValue();
        value.setName(TRACK_ID);
        value.setValue(trackId);
        return value;
    }

    private DatasetItem item(int number, Frame frame) throws IOException {
        String name = frame.name != null ? frame.name : frames.videoFrameName(number);
        DatasetItem item = F.createDatasetItem();
        item.setId(CvatFrames.stripExtension(name));
        item.setSubset(frame.subset != null && !frame.subset.isEmpty() ? frame.subset : frames.subset());
        if (!itemKeys.add(item.getSubset() + "\u0000" + item.getId())) {
            throw new AnnolabException("two frames are both named '" + name + "' in subset '" + item.getSubset() + "'", file,
                    "Item names must be unique within a subset; rename one of the images");
        }
        Media media = F.createMedia();
        media.setType(MediaType.IMAGE);
        media.setFrame(number);
        Path image = frames.imagePath(name);
        media.setPath(image.toString());
        int width = frame.width;
        int height = frame.height;
        if ((width <= 0 || height <= 0) && Files.isRegularFile(image)) {
            ImageSize size = ImageHeaders.readSize(image);
            if (size != null) {
                width = size.width();
                height = size.height();
            }
        }
        if ((width <= 0 || height <= 0) && frame.name == null) {
            width = frames.frameWidth();
            height = frames.frameHeight();
        }
        media.setWidth(Math.max(0, width));
        media.setHeight(Math.max(0, height));
        item.setMedia(media);
        AttributeValue frameNumber = F.createAttributeValue();
        frameNumber.setName(FRAME);
        frameNumber.setValue((long) number);
        item.getAttributes().add(frameNumber);
        for (Annotation annotation : frame.annotations) {
            item.getAnnotations().add(annotation);
        }
        return item;
    }

    private String required(String attribute) throws AnnolabException {
        return SafeXml.requiredAttribute(reader, file, attribute);
    }

    private void skip() throws XMLStreamException {
        SafeXml.skipElement(reader);
    }

    /** An image side in pixels, refused when negative or absurd (a hostile file's way to make readers allocate). */
    static int size(XMLStreamReader reader, Path file, String name, String text) throws AnnolabException {
        long value = CvatShapeReader.integer(reader, file, name, text);
        if (value < 0 || value > ImageHeaders.MAX_SIDE) {
            throw SafeXml.error(file, reader, "the " + name + " " + text + " is not a plausible image size (at most "
                    + ImageHeaders.MAX_SIDE + " pixels)");
        }
        return (int) value;
    }

    @Override
    public void close() throws IOException {
        SafeXml.close(reader);
    }

    /** What a file says about one frame. */
    private static final class Frame {
        final int number;
        final List<Annotation> annotations = new ArrayList<>();
        String name;
        String subset;
        int width;
        int height;

        Frame(int number) {
            this.number = number;
        }
    }
}
