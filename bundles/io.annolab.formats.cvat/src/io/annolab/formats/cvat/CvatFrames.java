package io.annolab.formats.cvat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.image.ImageFiles;

/**
 * Where one annotation file's frames live: its subset (the file's name, as Datumaro names it),
 * the {@code images/} folder beside it, and the video frame size of {@code <original_size>}.
 */
final class CvatFrames {

    private static final Pattern VIDEO_FRAME = Pattern.compile("frame_(\\d{6,})");

    private final String subset;
    private final Path imagesDir;
    private final int frameWidth;
    private final int frameHeight;
    private final boolean imageOnlyFrames;
    private Map<String, String> imagesByStem;

    /**
     * @param imageOnlyFrames whether video frames that have an image but no shape become items
     *            too (only when the folder holds a single annotation file, so the images are its)
     */
    CvatFrames(String subset, Path imagesDir, int frameWidth, int frameHeight, boolean imageOnlyFrames) {
        this.subset = subset;
        this.imagesDir = imagesDir.toAbsolutePath().normalize();
        this.frameWidth = frameWidth;
        this.frameHeight = frameHeight;
        this.imageOnlyFrames = imageOnlyFrames;
    }

    String subset() {
        return subset;
    }

    int frameWidth() {
        return frameWidth;
    }

    int frameHeight() {
        return frameHeight;
    }

    /** The image of a frame name; names climbing out of the images folder are refused. */
    Path imagePath(String name) throws AnnolabException {
        Path path = imagesDir.resolve(name).normalize();
        if (name.startsWith("/") || !path.startsWith(imagesDir)) {
            throw new AnnolabException("the image name '" + name + "' points outside the images folder", imagesDir,
                    "Image names are paths relative to the dataset's images/ folder");
        }
        return path;
    }

    /** {@code frame_NNNNNN} with the extension of the image found for it, else ".png" as Datumaro assumes. */
    String videoFrameName(int number) throws AnnolabException {
        String stem = String.format("frame_%06d", number);
        String found = images().get(stem);
        return found != null ? found : stem + ".png";
    }

    List<Integer> imageOnlyFrames() throws AnnolabException {
        List<Integer> numbers = new ArrayList<>();
        if (imageOnlyFrames) {
            for (String stem : images().keySet()) {
                Matcher matcher = VIDEO_FRAME.matcher(stem);
                if (matcher.matches() && matcher.group(1).length() <= 9) {
                    numbers.add(Integer.parseInt(matcher.group(1)));
                }
            }
        }
        return numbers;
    }

    private Map<String, String> images() throws AnnolabException {
        if (imagesByStem == null) {
            imagesByStem = new TreeMap<>();
            if (Files.isDirectory(imagesDir)) {
                try (Stream<Path> files = Files.list(imagesDir)) {
                    files.filter(f -> Files.isRegularFile(f) && ImageFiles.isImage(f)).map(f -> f.getFileName().toString())
                            .sorted().forEach(n -> imagesByStem.putIfAbsent(stripExtension(n), n));
                } catch (IOException e) {
                    throw new AnnolabException("cannot list the images: " + e.getMessage(), imagesDir, "Check the folder's permissions");
                }
            }
        }
        return imagesByStem;
    }

    /** The name without its extension, as Python's {@code os.path.splitext} cuts it. */
    static String stripExtension(String name) {
        return ImageFiles.stripExtension(name);
    }
}
