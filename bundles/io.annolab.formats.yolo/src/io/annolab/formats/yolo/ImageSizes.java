package io.annolab.formats.yolo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.image.ImageHeaders;
import io.annolab.core.api.image.ImageSize;

/**
 * Image sizes, which YOLO needs to turn its relative coordinates into pixels: from the optional
 * {@code images.meta} ("item_id height width" per line, as Datumaro reads it) or else from the
 * image's header. Pixels are never decoded.
 */
final class ImageSizes {

    static final String META_FILE = "images.meta";

    private final Map<String, ImageSize> meta;

    private ImageSizes(Map<String, ImageSize> meta) {
        this.meta = meta;
    }

    /** Reads {@code images.meta} in {@code root} when there is one. */
    static ImageSizes in(Path root) throws IOException {
        Path file = root.resolve(META_FILE);
        Map<String, ImageSize> sizes = new HashMap<>();
        if (Files.isRegularFile(file)) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int number = 0;
                for (String text = in.readLine(); text != null; text = in.readLine()) {
                    number++;
                    LabelLine line = LabelLine.split(file, number, text);
                    if (line == null || line.field(0).startsWith("#")) {
                        continue;
                    }
                    if (line.size() != 3) {
                        throw line.error(0, "expected 'item_id height width'", "One image a line");
                    }
                    sizes.put(line.field(0), new ImageSize(side(line, 2), side(line, 1)));
                }
            }
        }
        return new ImageSizes(sizes);
    }

    private static int side(LabelLine line, int index) throws AnnolabException {
        try {
            int value = Integer.parseInt(line.field(index));
            if (value > 0 && value <= ImageHeaders.MAX_SIDE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw line.error(index, "'" + line.field(index) + "' is not an image side between 1 and " + ImageHeaders.MAX_SIDE,
                "Write the height and width in pixels");
    }

    /** The size of item {@code id}'s image, or null when neither the meta file nor the image tell it. */
    ImageSize sizeOf(String id, Path image) throws IOException {
        ImageSize known = meta.get(id);
        if (known != null) {
            return known;
        }
        return image != null && Files.isRegularFile(image) ? ImageHeaders.readSize(image) : null;
    }
}
