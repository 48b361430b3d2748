package io.annolab.formats.cvat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.annolab.core.api.format.ExportReport;
import io.annolab.model.AnnotationSource;
import io.annolab.model.AttributeValue;
import io.annolab.model.Label;
import io.annolab.model.Shape;

/**
 * Rebuilds CVAT tracks from per-frame shapes: shapes carrying the same {@code track_id} are one
 * track (their keyframe and outside flags kept); every other shape becomes a track of its own,
 * a keyframe plus an outside keyframe one step later when that is before the last frame (spec
 * §3.6). Tracks run across frames, so their shapes are held until the end of the subset.
 */
final class CvatTracks {

    private static final class Track {
        final Label label;
        final AnnotationSource source;
        final int group;
        final TreeMap<Integer, Shape> shapes = new TreeMap<>();

        Track(Shape first) {
            label = first.getLabel();
            source = first.getSource();
            group = first.getGroup();
        }
    }

    private final Map<Long, Track> tracks = new TreeMap<>();
    private final List<Shape> single = new ArrayList<>();
    private final List<Integer> singleFrames = new ArrayList<>();

    /** Adds a shape seen on {@code frame}. */
    void add(Shape shape, int frame, ExportReport report) {
        Long trackId = trackId(shape);
        if (trackId == null) {
            single.add(shape);
            singleFrames.add(frame);
            return;
        }
        Track track = tracks.computeIfAbsent(trackId, id -> new Track(shape));
        if (track.shapes.putIfAbsent(frame, shape) != null) {
            report.leftOut("second shape of a track on one frame", "a CVAT track has one shape per frame");
        }
    }

    boolean isEmpty() {
        return tracks.isEmpty() && single.isEmpty();
    }

    /** Writes every track, real ones first by id, then single shapes with ids after them. */
    void write(CvatXmlWriter xml, CvatShapeWriter shapes, String subsetAttribute, int step, int stopFrame, ExportReport report)
            throws IOException {
        long nextId = 0;
        for (Map.Entry<Long, Track> entry : tracks.entrySet()) {
            writeTrack(xml, shapes, entry.getKey(), entry.getValue(), subsetAttribute, report);
            nextId = entry.getKey() + 1;
        }
        for (int i = 0; i < single.size(); i++) {
            Shape shape = single.get(i);
            int frame = singleFrames.get(i);
            Track track = new Track(shape);
            track.shapes.put(frame, flagged(shape, false));
            if (frame + step < stopFrame) {
                track.shapes.put(frame + step, flagged(shape, true));
            }
            writeTrack(xml, shapes, nextId++, track, subsetAttribute, report);
        }
    }

    private static void writeTrack(CvatXmlWriter xml, CvatShapeWriter shapes, long id, Track track, String subsetAttribute,
            ExportReport report) throws IOException {
        xml.open("track", "id", Long.toString(id), "label", CvatShapeWriter.labelName(track.label), "source",
                track.source.getLiteral(), "subset", subsetAttribute, "group_id", track.group != 0 ? Integer.toString(track.group) : null);
        for (Map.Entry<Integer, Shape> entry : track.shapes.entrySet()) {
            shapes.trackShape(entry.getValue(), entry.getKey());
        }
        xml.close("track");
        report.written("track");
    }

    /** A copy of a single shape as a keyframe, inside or (the frame after) outside. */
    private static Shape flagged(Shape shape, boolean outside) {
        Shape copy = EcoreUtil.copy(shape);
        copy.setKeyframe(true);
        copy.setOutside(outside);
        for (Shape element : copy.getElements()) {
            element.setKeyframe(true);
            element.setOutside(outside || element.isOutside());
        }
        return copy;
    }

    private static Long trackId(Shape shape) {
        for (AttributeValue attribute : shape.getAttributes()) {
            if (CvatBodyReader.TRACK_ID.equals(attribute.getName())) {
                if (attribute.getValue() instanceof Number number) {
                    return number.longValue();
                }
                if (attribute.getValue() instanceof String text && text.matches("\\d{1,18}")) {
                    return Long.parseLong(text);
                }
            }
        }
        return null;
    }
}
