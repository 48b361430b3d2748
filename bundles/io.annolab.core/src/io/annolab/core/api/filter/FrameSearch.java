package io.annolab.core.api.filter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.IntPredicate;

import io.annolab.model.Annotation;
import io.annolab.model.Job;
import io.annolab.model.Media;
import io.annolab.model.Shape;
import io.annolab.model.Task;
import io.annolab.model.Track;

/**
 * Frame navigation by content (CVAT-FEATURES NAV-14, FLT-01, MODE-02): the next or previous frame
 * with an object the filter matches (any annotated frame with the empty filter), and the next or
 * previous frame without annotations (to find missed frames). Deleted frames are skipped.
 * <p>
 * Build one per job state ({@link #of(Job)}) and ask it many times: the frame index is made once.
 * Not thread-safe against changes of the annotations while a search runs.
 */
public final class FrameSearch {

    public enum Direction {
        NEXT(1), PREVIOUS(-1);

        final int step;

        Direction(int step) {
            this.step = step;
        }
    }

    private final TreeMap<Integer, List<Annotation>> byFrame = new TreeMap<>();
    private final List<Track> tracks = new ArrayList<>();
    /** Frames where some track shows, merged: start to end, both included. */
    private final TreeMap<Integer, Integer> trackSpans = new TreeMap<>();
    private final int first;
    private final int last;
    private final IntPredicate deleted;

    /**
     * @param annotations the objects to search (a job's annotations)
     * @param first first frame of the range searched, inclusive
     * @param last last frame of the range searched, inclusive
     * @param deleted frames navigation skips (CVAT's deleted frames); null for none
     */
    public FrameSearch(Collection<? extends Annotation> annotations, int first, int last, IntPredicate deleted) {
        this.first = first;
        this.last = last;
        this.deleted = deleted == null ? frame -> false : deleted;
        for (Annotation annotation : annotations) {
            if (annotation instanceof Track track) {
                tracks.add(track);
            } else {
                byFrame.computeIfAbsent(annotation.getFrame(), f -> new ArrayList<>(4)).add(annotation);
            }
        }
        for (Track track : tracks) {
            addSpans(track);
        }
    }

    /** A track shows from a keyframe that is not outside until the next outside keyframe. */
    private void addSpans(Track track) {
        Integer start = null;
        for (Shape key : track.getShapes()) {
            if (key.isOutside() && start != null) {
                addSpan(start, key.getFrame() - 1);
                start = null;
            } else if (!key.isOutside() && start == null) {
                start = key.getFrame();
            }
        }
        if (start != null) {
            addSpan(start, last);
        }
    }

    private void addSpan(int start, int end) {
        if (end < start) {
            return;
        }
        Map.Entry<Integer, Integer> before = trackSpans.floorEntry(start);
        if (before != null && before.getValue() >= start - 1) {
            start = before.getKey();
            end = Math.max(end, before.getValue());
        }
        Map.Entry<Integer, Integer> after = trackSpans.ceilingEntry(start);
        while (after != null && after.getKey() <= end + 1) {
            end = Math.max(end, after.getValue());
            trackSpans.remove(after.getKey());
            after = trackSpans.ceilingEntry(start);
        }
        trackSpans.put(start, end);
    }

    /** The nearest frame from {@code frame} on (or back) where any object shows, or null. */
    private Integer candidate(int frame, Direction direction) {
        Map.Entry<Integer, Integer> span = trackSpans.floorEntry(frame);
        if (span != null && span.getValue() >= frame) {
            return frame;
        }
        Integer shape;
        Integer track;
        if (direction == Direction.NEXT) {
            shape = byFrame.ceilingKey(frame);
            track = trackSpans.ceilingKey(frame);
            return shape == null ? track : track == null ? shape : Integer.valueOf(Math.min(shape, track));
        }
        shape = byFrame.floorKey(frame);
        track = span == null ? null : span.getValue();
        return shape == null ? track : track == null ? shape : Integer.valueOf(Math.max(shape, track));
    }

    /** Searches the job's frames (start to stop frame) and skips frames its task marks deleted. */
    public static FrameSearch of(Job job) {
        int first = job.getStartFrame();
        int last = job.getStopFrame();
        if (last < first) {
            last = lastAnnotatedFrame(job.getAnnotations(), first);
        }
        IntPredicate deleted = null;
        if (job.eContainer() instanceof Task task) {
            List<Media> media = task.getMedia();
            deleted = frame -> frame >= 0 && frame < media.size() && media.get(frame).isDeleted();
        }
        return new FrameSearch(job.getAnnotations(), first, last, deleted);
    }

    /** One search in a job; see {@link #next(int, Filter, Direction)}. */
    public static OptionalInt next(Job job, int fromFrame, Filter filter, Direction direction) {
        return of(job).next(fromFrame, filter, direction);
    }

    /** One search in a job; see {@link #nextWithoutAnnotations(int, Direction)}. */
    public static OptionalInt nextWithoutAnnotations(Job job, int fromFrame, Direction direction) {
        return of(job).nextWithoutAnnotations(fromFrame, direction);
    }

    /**
     * The nearest frame after (or before) {@code fromFrame} that shows an object matching the
     * filter; with a null or empty filter, the nearest frame with any object. Empty when there is none.
     */
    public OptionalInt next(int fromFrame, Filter filter, Direction direction) {
        Filter test = filter == null ? Filter.ALL : filter;
        int frame = fromFrame + direction.step;
        while (frame >= first && frame <= last) {
            // only frames where something shows can match: jump straight to the next one
            Integer candidate = candidate(frame, direction);
            if (candidate == null || candidate < first || candidate > last) {
                return OptionalInt.empty();
            }
            frame = candidate;
            if (!deleted.test(frame) && matchesOn(frame, test)) {
                return OptionalInt.of(frame);
            }
            frame += direction.step;
        }
        return OptionalInt.empty();
    }

    /** The nearest frame after (or before) {@code fromFrame} that shows no object at all. */
    public OptionalInt nextWithoutAnnotations(int fromFrame, Direction direction) {
        for (int frame = fromFrame + direction.step; frame >= first && frame <= last; frame += direction.step) {
            Map.Entry<Integer, Integer> span = trackSpans.floorEntry(frame);
            if (span != null && span.getValue() >= frame) {
                // inside a track: continue just past it
                frame = direction == Direction.NEXT ? span.getValue() : span.getKey();
                continue;
            }
            if (!deleted.test(frame) && !byFrame.containsKey(frame)) {
                return OptionalInt.of(frame);
            }
        }
        return OptionalInt.empty();
    }

    private boolean matchesOn(int frame, Filter filter) {
        List<Annotation> here = byFrame.get(frame);
        if (here != null) {
            if (filter.matchesAll()) {
                return true;
            }
            for (Annotation annotation : here) {
                AnnotationSubject subject = AnnotationSubject.at(annotation, frame);
                if (subject != null && filter.test(subject)) {
                    return true;
                }
            }
        }
        for (Track track : tracks) {
            AnnotationSubject subject = AnnotationSubject.at(track, frame);
            if (subject != null && filter.test(subject)) {
                return true;
            }
        }
        return false;
    }

    private static int lastAnnotatedFrame(List<Annotation> annotations, int first) {
        int last = first;
        for (Annotation annotation : annotations) {
            last = Math.max(last, annotation.getFrame());
            if (annotation instanceof Track track && !track.getShapes().isEmpty()) {
                Shape key = track.getShapes().get(track.getShapes().size() - 1);
                last = Math.max(last, key.getFrame());
            }
        }
        return last;
    }
}
