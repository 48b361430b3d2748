package io.annolab.inference.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.IntStream;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.media.api.VideoInfo;
import io.annolab.media.api.VideoReader;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;

/** A video file as a dataset: one item per frame ({@code frame_000042}), pixels decoded later by the pipeline. */
public final class VideoSource {

    private VideoSource() {
    }

    public static boolean isVideo(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return java.nio.file.Files.isRegularFile(file)
                && (name.endsWith(".mp4") || name.endsWith(".avi") || name.endsWith(".mkv") || name.endsWith(".mov")
                        || name.endsWith(".webm") || name.endsWith(".m4v") || name.endsWith(".mpg"));
    }

    public static DatasetSource open(Path file) throws IOException {
        VideoInfo info;
        try (VideoReader reader = VideoReader.open(file)) {
            info = reader.info();
        }
        Dataset header = ModelFactory.eINSTANCE.createDataset();
        String name = file.getFileName().toString();
        header.setName(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
        String path = file.toAbsolutePath().toString();
        var frames = IntStream.range(0, info.frameCount()).boxed().toList();
        return DatasetSource.of(header, () -> ItemCursor.over(frames, frame -> item(path, frame, info)), frames.size());
    }

    private static DatasetItem item(String path, int frame, VideoInfo info) {
        Media media = ModelFactory.eINSTANCE.createMedia();
        media.setType(MediaType.VIDEO_FRAME);
        media.setPath(path);
        media.setFrame(frame);
        boolean turned = info.rotationDegrees() % 180 != 0;
        media.setWidth(turned ? info.height() : info.width());
        media.setHeight(turned ? info.width() : info.height());
        DatasetItem item = ModelFactory.eINSTANCE.createDatasetItem();
        item.setId("frame_%06d".formatted(frame));
        item.setMedia(media);
        return item;
    }
}
