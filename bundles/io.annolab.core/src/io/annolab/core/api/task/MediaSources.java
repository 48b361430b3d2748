package io.annolab.core.api.task;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.image.ImageFiles;
import io.annolab.core.api.io.SafeArchive;

/**
 * Finds the frames of what the user chose for a new task: image files, folders (searched
 * recursively, in name order), zip archives of images, and videos (one source per frame; the
 * frame count comes from an installed {@link VideoProbe}, as the core decodes no video itself).
 */
public final class MediaSources {

    public static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "avi", "mkv", "mov", "webm", "mpg", "mpeg", "m4v", "wmv", "flv", "ts");

    private MediaSources() {
    }

    /** The images of all sources, source by source in the given order. */
    public static List<MediaSource> scan(List<Path> sources) throws IOException {
        List<MediaSource> found = new ArrayList<>();
        for (Path source : sources) {
            found.addAll(scan(source));
        }
        return found;
    }

    /** The frames of one source: an image, a folder, a zip archive or a video. */
    public static List<MediaSource> scan(Path source) throws IOException {
        if (Files.isDirectory(source)) {
            return folder(source);
        }
        if (!Files.isRegularFile(source)) {
            throw new AnnolabException("the file or folder does not exist", source, "Check the path, or remove it from the task's media");
        }
        String extension = extension(source.getFileName().toString());
        if (VIDEO_EXTENSIONS.contains(extension)) {
            return video(source);
        }
        if (extension.equals("zip") || SafeArchive.looksLikeZip(source)) {
            return archive(source);
        }
        if (ImageFiles.isImage(source)) {
            return List.of(new MediaSource(source.getFileName().toString(), source, null));
        }
        throw new AnnolabException("this is neither an image, a folder of images nor a zip archive of images", source,
                "Choose images (" + String.join(", ", ImageFiles.EXTENSIONS.stream().sorted().toList()) + "), a folder or a .zip");
    }

    private static List<MediaSource> video(Path video) throws IOException {
        VideoFacts facts = VideoProbes.probe(video);
        List<MediaSource> frames = new ArrayList<>(facts.frameCount());
        for (int frame = 0; frame < facts.frameCount(); frame++) {
            frames.add(MediaSource.videoFrame(video, facts, frame));
        }
        return frames;
    }

    /** Whether the file's extension is one of a video container's. */
    public static boolean isVideo(Path file) {
        return file.getFileName() != null && VIDEO_EXTENSIONS.contains(extension(file.getFileName().toString()));
    }

    private static List<MediaSource> folder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(ImageFiles::isImage)
                    .map(file -> new MediaSource(folder.relativize(file).toString().replace('\\', '/'), file, null))
                    .sorted((a, b) -> a.name().compareTo(b.name())).toList();
        }
    }

    private static List<MediaSource> archive(Path zip) throws IOException {
        try (SafeArchive archive = SafeArchive.open(zip)) {
            List<MediaSource> images = new ArrayList<>();
            for (String name : archive.names()) {
                if (ImageFiles.isImage(Path.of(name.substring(name.lastIndexOf('/') + 1)))) {
                    images.add(new MediaSource(name, zip, name));
                }
            }
            if (images.isEmpty()) {
                throw new AnnolabException("the archive holds no images", zip, "Choose an archive of images");
            }
            return images;
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
