package io.annolab.core.tests.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.annolab.core.api.task.MediaSource;
import io.annolab.core.api.task.TaskPlan;
import io.annolab.core.api.task.VideoFacts;
import io.annolab.model.SortingMethod;

/** The plan of a video task, from frames as a probe would list them (the real probe is tested in the media bundle). */
class VideoTaskPlanTest {

    private static final Path VIDEO = Path.of("/data/street.mp4");

    @Test
    void startStopAndStepPickTheVideosFrames() {
        TaskPlan plan = TaskPlan.of(frames(VIDEO, 200)).withFrames(10, 100, 5).withSegments(10, 0);
        List<Integer> picked = plan.frames().stream().map(MediaSource::videoFrame).toList();
        assertEquals(19, picked.size());
        assertEquals(10, picked.get(0));
        assertEquals(15, picked.get(1));
        assertEquals(100, picked.get(18));
        assertEquals("19 frames", plan.preview().substring(0, 9));
        assertTrue(plan.isVideo());
    }

    @Test
    void sortingLeavesAVideosFramesInOrder() {
        TaskPlan plan = TaskPlan.of(frames(VIDEO, 30)).withSorting(SortingMethod.RANDOM, 7);
        assertEquals(frames(VIDEO, 30), plan.frames());
    }

    @Test
    void framesAreNamedSoThatNameOrderIsFrameOrder() {
        VideoFacts hours = new VideoFacts(1_000_001, 640, 360, 25);
        assertEquals("street.mp4/0000009", MediaSource.videoFrame(VIDEO, hours, 9).name());
        assertTrue(MediaSource.videoFrame(VIDEO, hours, 999_999).name().compareTo(MediaSource.videoFrame(VIDEO, hours, 1_000_000).name()) < 0);
    }

    @Test
    void aVideoTaskHoldsOneVideoAndNothingElse() {
        List<MediaSource> mixed = new ArrayList<>(frames(VIDEO, 5));
        mixed.add(new MediaSource("a.png", Path.of("/data/a.png"), null));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TaskPlan.of(mixed).validate()).getMessage()
                .contains("one video and nothing else"));
        List<MediaSource> twoVideos = new ArrayList<>(frames(VIDEO, 5));
        twoVideos.addAll(frames(Path.of("/data/other.mp4"), 5));
        assertThrows(IllegalArgumentException.class, () -> TaskPlan.of(twoVideos).validate());
    }

    @Test
    void aStartPastTheLastFrameSaysFrame() {
        TaskPlan plan = TaskPlan.of(frames(VIDEO, 20)).withFrames(20, -1, 1);
        assertEquals("The start frame 20 is past the last frame (19)", plan.preview());
    }

    private static List<MediaSource> frames(Path video, int count) {
        VideoFacts facts = new VideoFacts(count, 640, 360, 25);
        List<MediaSource> frames = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            frames.add(MediaSource.videoFrame(video, facts, i));
        }
        return frames;
    }
}
