package io.annolab.formats.mot;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.model.Annotation;
import io.annolab.model.DatasetItem;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;

/**
 * Object ids for an export: an annotation's {@code track_id} when it is one the format can hold
 * (a whole number in {@code first..last}), otherwise a fresh id above every id in the dataset.
 * An out-of-range track keeps its identity (every box of track 0 gets the same new id); an
 * annotation without a track gets an id of its own. Finding "above every id" needs a first pass
 * over the items, which reads annotations only.
 */
final class TrackNumbers {

    private final long first;
    private final long last;
    private final Map<Long, Long> renumbered = new HashMap<>();
    private long next;

    private TrackNumbers(long first, long last, long highest) {
        this.first = first;
        this.last = last;
        this.next = Math.max(highest, first - 1) + 1;
    }

    /** Scans {@code source} for the highest usable track id among shapes of the given types. */
    static TrackNumbers scan(DatasetSource source, long first, long last, ShapeType... types) throws IOException {
        java.util.Set<ShapeType> written = java.util.EnumSet.noneOf(ShapeType.class);
        written.addAll(java.util.List.of(types));
        long highest = first - 1;
        try (ItemCursor items = source.items()) {
            for (DatasetItem item = items.next(); item != null; item = items.next()) {
                for (Annotation annotation : item.getAnnotations()) {
                    if (annotation instanceof Shape shape && written.contains(shape.getType())) {
                        long id = AnnotationAttributes.trackId(shape);
                        if (id >= first && id <= last) {
                            highest = Math.max(highest, id);
                        }
                    }
                }
            }
        }
        return new TrackNumbers(first, last, highest);
    }

    /** The id to write for {@code annotation}, or -1 when every id the format can hold is taken. */
    long idOf(Annotation annotation) {
        long id = AnnotationAttributes.trackId(annotation);
        if (id >= first && id <= last) {
            return id;
        }
        if (id != AnnotationAttributes.NO_TRACK) {
            Long known = renumbered.get(id);
            if (known != null) {
                return known;
            }
        }
        if (next > last) {
            return -1;
        }
        long fresh = next++;
        if (id != AnnotationAttributes.NO_TRACK) {
            renumbered.put(id, fresh);
        }
        return fresh;
    }

    /** Whether {@code annotation}'s own track id was replaced. */
    boolean wasRenumbered(Annotation annotation) {
        long id = AnnotationAttributes.trackId(annotation);
        return id != AnnotationAttributes.NO_TRACK && (id < first || id > last);
    }
}
