package io.annolab.core.tests.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.annolab.core.api.task.FrameRange;
import io.annolab.core.api.task.MediaSource;
import io.annolab.core.api.task.NaturalOrder;
import io.annolab.core.api.task.Segments;
import io.annolab.core.api.task.TaskPlan;
import io.annolab.model.SortingMethod;

class TaskPlanTest {

    private static List<MediaSource> named(String... names) {
        List<MediaSource> list = new ArrayList<>();
        for (String name : names) {
            list.add(new MediaSource(name, Path.of("/data", name), null));
        }
        return list;
    }

    private static List<String> names(List<MediaSource> media) {
        return media.stream().map(MediaSource::name).toList();
    }

    @Test
    void lexicographicalNaturalAndPredefinedOrders() {
        TaskPlan plan = TaskPlan.of(named("10.jpeg", "2.jpeg", "1.jpeg", "B.png", "a.png"));
        assertEquals(List.of("1.jpeg", "10.jpeg", "2.jpeg", "B.png", "a.png"), names(plan.sorted()));
        assertEquals(List.of("1.jpeg", "2.jpeg", "10.jpeg", "a.png", "B.png"),
                names(plan.withSorting(SortingMethod.NATURAL, 0).sorted()));
        assertEquals(List.of("10.jpeg", "2.jpeg", "1.jpeg", "B.png", "a.png"),
                names(plan.withSorting(SortingMethod.PREDEFINED, 0).sorted()));
    }

    @Test
    void naturalOrderComparesDigitRunsByValueWhateverTheirLength() {
        List<String> names = new ArrayList<>(List.of("img_0010_b", "IMG_9_a", "img_00100000000000000000000001", "img_10_a", "img_9_b"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("IMG_9_a", "img_9_b", "img_10_a", "img_0010_b", "img_00100000000000000000000001"), names);
    }

    @Test
    void randomOrderIsDecidedByTheSeedAlone() {
        List<MediaSource> media = named(IntStream.range(0, 50).mapToObj(i -> "f" + i + ".png").toArray(String[]::new));
        List<MediaSource> reversed = new ArrayList<>(media);
        java.util.Collections.reverse(reversed);
        List<String> first = names(TaskPlan.of(media).withSorting(SortingMethod.RANDOM, 42).sorted());
        assertEquals(first, names(TaskPlan.of(reversed).withSorting(SortingMethod.RANDOM, 42).sorted()));
        assertNotEquals(first, names(TaskPlan.of(media).withSorting(SortingMethod.RANDOM, 43).sorted()));
        assertNotEquals(names(TaskPlan.of(media).sorted()), first, "shuffled");
    }

    @Test
    void frameStepIsZeroBased() {
        List<MediaSource> media = named(IntStream.range(0, 100).mapToObj(i -> String.format("%03d.png", i)).toArray(String[]::new));
        TaskPlan plan = TaskPlan.of(media).withFrames(0, -1, 25);
        assertEquals(List.of("000.png", "025.png", "050.png", "075.png"), names(plan.frames()));
        assertEquals(List.of("010.png", "013.png", "016.png"), names(plan.withFrames(10, 18, 3).frames()));
        assertEquals(3, plan.withFrames(97, 500, 1).frames().size(), "a stop past the end means the last image");
    }

    @Test
    void segmentsShareTheOverlapAndTheLastIsShorter() {
        assertEquals(List.of(new FrameRange(0, 99), new FrameRange(90, 189), new FrameRange(180, 199)), Segments.split(200, 100, 10));
        assertEquals(List.of(new FrameRange(0, 1), new FrameRange(2, 3), new FrameRange(4, 4)), Segments.split(5, 2, 0));
        assertEquals(List.of(new FrameRange(0, 4)), Segments.split(5, 0, 0), "size 0: one job");
        assertEquals(List.of(new FrameRange(0, 4)), Segments.split(5, 10, 3), "larger than the task: one job");
        assertEquals("200 frames \u2192 3 jobs: 0\u201399, 90\u2013189, 180\u2013199", Segments.describe(200, Segments.split(200, 100, 10)));
    }

    @Test
    void anOverlapNotSmallerThanTheSegmentIsRefusedWithAReason() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Segments.split(100, 10, 10));
        assertTrue(error.getMessage().contains("overlap (10) must be smaller than the segment size (10)"), error.getMessage());
        TaskPlan plan = TaskPlan.of(named("a.png")).withSegments(5, 7);
        assertTrue(plan.preview().contains("must be smaller"), plan.preview());
    }

    @Test
    void badFrameFiltersAreRefusedWithAReason() {
        TaskPlan plan = TaskPlan.of(named("a.png", "b.png", "c.png"));
        assertThrows(IllegalArgumentException.class, () -> plan.withFrames(3, -1, 1).validate());
        assertThrows(IllegalArgumentException.class, () -> plan.withFrames(2, 1, 1).validate());
        assertThrows(IllegalArgumentException.class, () -> plan.withFrames(0, -1, 0).validate());
        assertEquals("Add images: the task has none", TaskPlan.of(List.of()).preview());
    }
}
