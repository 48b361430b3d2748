package io.annolab.core.tests.filter;

import static io.annolab.core.api.filter.FrameSearch.Direction.NEXT;
import static io.annolab.core.api.filter.FrameSearch.Direction.PREVIOUS;
import static io.annolab.core.tests.filter.FilterModels.F;
import static io.annolab.core.tests.filter.FilterModels.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import io.annolab.core.api.filter.Filter;
import io.annolab.core.api.filter.FilterSyntaxException;
import io.annolab.core.api.filter.FrameObjects;
import io.annolab.core.api.filter.FrameSearch;
import io.annolab.model.Annotation;
import io.annolab.model.Job;
import io.annolab.model.Media;
import io.annolab.model.ShapeType;
import io.annolab.model.Task;

/** Previous/next frame with matching objects and without annotations (NAV-14, FLT-01). */
class FrameSearchTest {

    private final FilterModels m = new FilterModels();

    /** Frames 0..20: car 2, person 5, person 7 (deleted frame), car 9, person track 12..14, tag 18. */
    private Job job() {
        Task task = F.createTask();
        for (int i = 0; i <= 20; i++) {
            Media media = F.createMedia();
            media.setDeleted(i == 7);
            task.getMedia().add(media);
        }
        Job job = F.createJob();
        job.setStartFrame(0);
        job.setStopFrame(20);
        task.getJobs().add(job);
        job.getAnnotations().add(shape(1, ShapeType.RECTANGLE, m.car, 2, 0, 0, 10, 10));
        job.getAnnotations().add(shape(2, ShapeType.RECTANGLE, m.person, 5, 0, 0, 10, 10));
        job.getAnnotations().add(shape(3, ShapeType.RECTANGLE, m.person, 7, 0, 0, 10, 10));
        job.getAnnotations().add(shape(4, ShapeType.POLYGON, m.car, 9, 0, 0, 100, 0, 100, 100));
        job.getAnnotations().add(FilterModels.track(5, m.person, new float[] { 12, 0, 0, 5, 5, 0 },
                new float[] { 15, 0, 0, 5, 5, 1 }));
        job.getAnnotations().add(FilterModels.tag(6, m.car, 18));
        return job;
    }

    @Test
    void withoutAFilterAnyAnnotatedFrame() {
        FrameSearch search = FrameSearch.of(job());
        assertFrames(search, null, NEXT, 0, 2, 5, 9, 12, 13, 14, 18);
        assertFrames(search, Filter.ALL, PREVIOUS, 20, 18, 14, 13, 12, 9, 5, 2);
        assertEquals(OptionalInt.of(2), FrameSearch.next(job(), 0, null, NEXT));
    }

    @Test
    void withAFilterOnlyFramesWithMatchingObjects() throws FilterSyntaxException {
        FrameSearch search = FrameSearch.of(job());
        assertFrames(search, Filter.parse("label == \"person\""), NEXT, 0, 5, 12, 13, 14);
        assertFrames(search, Filter.parse("label == \"person\""), PREVIOUS, 13, 12, 5);
        assertFrames(search, Filter.parse("type == \"track\""), NEXT, 0, 12, 13, 14);
        assertFrames(search, Filter.parse("label == \"car\" and width > 50"), NEXT, 0, 9);
        assertFrames(search, Filter.parse("type == \"tag\""), PREVIOUS, 20, 18);
        assertFrames(search, Filter.parse("label == \"truck\""), NEXT, 0);
    }

    @Test
    void framesWithoutAnnotations() {
        FrameSearch search = FrameSearch.of(job());
        assertEquals(OptionalInt.of(1), search.nextWithoutAnnotations(0, NEXT));
        assertEquals(OptionalInt.of(3), search.nextWithoutAnnotations(2, NEXT));
        assertEquals(OptionalInt.of(15), search.nextWithoutAnnotations(11, NEXT)); // track 12..14
        assertEquals(OptionalInt.of(6), search.nextWithoutAnnotations(8, PREVIOUS)); // 7 is deleted
        assertEquals(OptionalInt.of(8), search.nextWithoutAnnotations(6, NEXT));
        assertEquals(OptionalInt.empty(), search.nextWithoutAnnotations(20, NEXT));
        assertEquals(OptionalInt.of(19), FrameSearch.nextWithoutAnnotations(job(), 18, NEXT));
    }

    @Test
    void sparseFramesAreFoundByIndex() throws FilterSyntaxException {
        FrameSearch search = new FrameSearch(List.of(shape(1, ShapeType.POINTS, m.car, 400_000, 1, 1),
                shape(2, ShapeType.POINTS, m.person, 900_000, 1, 1)), 0, 999_999, null);
        assertFrames(search, Filter.parse("label == \"person\""), NEXT, 0, 900_000);
        assertFrames(search, null, PREVIOUS, 999_999, 900_000, 400_000);
        assertEquals(OptionalInt.of(400_001), search.nextWithoutAnnotations(400_000, NEXT));
    }

    @Test
    void tracksCountOnEveryFrameTheyShowAndNowhereElse() throws FilterSyntaxException {
        List<Annotation> annotations = List.of(shape(1, ShapeType.POINTS, m.car, 400_000, 1, 1),
                FilterModels.track(2, m.person, new float[] { 500_000, 0, 0, 5, 5, 0 }, new float[] { 500_003, 0, 0, 5, 5, 1 },
                        new float[] { 700_000, 0, 0, 5, 5, 0 }, new float[] { 700_001, 0, 0, 5, 5, 1 }),
                FilterModels.track(3, m.car, new float[] { 999_998, 0, 0, 5, 5, 0 }));
        FrameSearch search = new FrameSearch(annotations, 0, 999_999, null);
        assertFrames(search, null, NEXT, 0, 400_000, 500_000, 500_001, 500_002, 700_000, 999_998, 999_999);
        assertFrames(search, Filter.parse("label == \"person\""), PREVIOUS, 999_999, 700_000, 500_002, 500_001, 500_000);
        assertEquals(OptionalInt.of(500_003), search.nextWithoutAnnotations(499_999, NEXT));
        assertEquals(OptionalInt.of(499_999), search.nextWithoutAnnotations(500_002, PREVIOUS));
        assertEquals(OptionalInt.empty(), search.nextWithoutAnnotations(999_997, NEXT));
    }

    @Test
    void objectsShownOnAFrame() throws FilterSyntaxException {
        Job job = job();
        assertEquals(List.of(5L), ids(FrameObjects.matching(job.getAnnotations(), 13, null)));
        assertEquals(List.of(), ids(FrameObjects.matching(job.getAnnotations(), 13, Filter.parse("type == \"shape\""))));
        assertEquals(List.of(1L), ids(FrameObjects.matching(job.getAnnotations(), 2, Filter.parse("label == \"car\""))));
    }

    private static List<Long> ids(List<Annotation> annotations) {
        return annotations.stream().map(Annotation::getId).toList();
    }

    /** Steps from {@code from}, expecting the given frames in turn and then nothing. */
    private static void assertFrames(FrameSearch search, Filter filter, FrameSearch.Direction direction, int from,
            int... frames) {
        int frame = from;
        for (int expected : frames) {
            OptionalInt found = search.next(frame, filter, direction);
            assertEquals(OptionalInt.of(expected), found, "after " + frame);
            frame = expected;
        }
        assertEquals(OptionalInt.empty(), search.next(frame, filter, direction), "nothing after " + frame);
    }
}
