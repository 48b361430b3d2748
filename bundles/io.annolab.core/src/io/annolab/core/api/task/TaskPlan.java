package io.annolab.core.api.task;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import io.annolab.model.SortingMethod;

/**
 * What a new task will hold and how it is cut into jobs: the images (see {@link MediaSources}),
 * their order, the frame filter (start, stop, step; 0-based, stop included, -1 for the last)
 * and the segment size and overlap of the jobs. Immutable; the {@code with…} methods copy.
 *
 * @param seed the seed of {@link SortingMethod#RANDOM}: the same seed gives the same order
 */
public record TaskPlan(List<MediaSource> media, SortingMethod sorting, long seed, int startFrame, int stopFrame, int frameStep,
        int segmentSize, int overlap) {

    public TaskPlan {
        media = List.copyOf(media);
    }

    /** Images in name order, every frame, one job. */
    public static TaskPlan of(List<MediaSource> media) {
        return new TaskPlan(media, SortingMethod.LEXICOGRAPHICAL, 0, 0, -1, 1, 0, 0);
    }

    public TaskPlan withSorting(SortingMethod method, long randomSeed) {
        return new TaskPlan(media, method, randomSeed, startFrame, stopFrame, frameStep, segmentSize, overlap);
    }

    public TaskPlan withFrames(int start, int stop, int step) {
        return new TaskPlan(media, sorting, seed, start, stop, step, segmentSize, overlap);
    }

    public TaskPlan withSegments(int size, int overlapFrames) {
        return new TaskPlan(media, sorting, seed, startFrame, stopFrame, frameStep, size, overlapFrames);
    }

    /** Throws {@link IllegalArgumentException} with a message for the user when the plan cannot make a task. */
    public void validate() {
        if (media.isEmpty()) {
            throw new IllegalArgumentException("Add images: the task has none");
        }
        if (media.stream().anyMatch(MediaSource::isVideoFrame) && !media.stream().allMatch(m -> m.isVideoFrame() && m.file().equals(media.get(0).file()))) {
            throw new IllegalArgumentException("A video task holds one video and nothing else: remove the other files and videos");
        }
        if (startFrame < 0) {
            throw new IllegalArgumentException("The start frame must be 0 or more, not " + startFrame);
        }
        if (startFrame >= media.size()) {
            throw new IllegalArgumentException("The start frame " + startFrame + " is past the last " + (isVideo() ? "frame" : "image")
                    + " (" + (media.size() - 1) + ")");
        }
        if (stopFrame >= 0 && stopFrame < startFrame) {
            throw new IllegalArgumentException("The stop frame " + stopFrame + " comes before the start frame " + startFrame);
        }
        if (frameStep < 1) {
            throw new IllegalArgumentException("The frame step must be 1 or more, not " + frameStep);
        }
        Segments.check(segmentSize, overlap);
    }

    /** Whether this is a video task: its media are the frames of one video. */
    public boolean isVideo() {
        return !media.isEmpty() && media.get(0).isVideoFrame();
    }

    /** All images in the chosen order, before the frame filter; a video's frames keep their order, as in CVAT. */
    public List<MediaSource> sorted() {
        List<MediaSource> list = new ArrayList<>(media);
        if (isVideo()) {
            return list;
        }
        Comparator<MediaSource> byName = Comparator.comparing(MediaSource::name);
        switch (sorting) {
            case LEXICOGRAPHICAL -> list.sort(byName);
            case NATURAL -> list.sort(NaturalOrder.by(MediaSource::name));
            case PREDEFINED -> { } // as given
            case RANDOM -> {
                list.sort(byName); // so the seed alone decides, not the order sources were added in
                Collections.shuffle(list, new Random(seed));
            }
        }
        return list;
    }

    /** The task's frames: the sorted images from the start to the stop frame, every {@code frameStep}-th. */
    public List<MediaSource> frames() {
        validate();
        List<MediaSource> all = sorted();
        int last = stopFrame < 0 ? all.size() - 1 : Math.min(stopFrame, all.size() - 1);
        List<MediaSource> chosen = new ArrayList<>();
        for (int i = startFrame; i <= last; i += frameStep) {
            chosen.add(all.get(i));
        }
        return chosen;
    }

    /** The jobs' frame ranges over {@link #frames()}. */
    public List<FrameRange> jobs() {
        return Segments.split(frames().size(), segmentSize, overlap);
    }

    /** {@code N frames → M jobs: 0–99, 90–189, ...}, or what is wrong with the plan. */
    public String preview() {
        try {
            int frames = frames().size();
            return Segments.describe(frames, Segments.split(frames, segmentSize, overlap));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
