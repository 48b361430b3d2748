package io.annolab.formats.coco;

import java.nio.file.Path;
import java.util.List;

/**
 * One annotation file as read: its categories, its images in file order (parallel arrays) and
 * its annotations bucketed by image, so an item's annotations are one slice of {@link #annotations}.
 */
final class CocoFileData {
    final Path file;
    final CocoTask task;
    final String subset;
    final List<CocoCategory> categories;
    final long[] imageIds;
    final String[] fileNames;
    final int[] widths;
    final int[] heights;
    /** Annotations ordered by image; image i owns {@code annotations[start[i] .. start[i+1])}. */
    final RawAnnotation[] annotations;
    final int[] start;

    CocoFileData(Path file, CocoTask task, String subset, List<CocoCategory> categories, long[] imageIds, String[] fileNames,
            int[] widths, int[] heights, RawAnnotation[] annotations, int[] start) {
        this.file = file;
        this.task = task;
        this.subset = subset;
        this.categories = categories;
        this.imageIds = imageIds;
        this.fileNames = fileNames;
        this.widths = widths;
        this.heights = heights;
        this.annotations = annotations;
        this.start = start;
    }

    int imageCount() {
        return imageIds.length;
    }
}
