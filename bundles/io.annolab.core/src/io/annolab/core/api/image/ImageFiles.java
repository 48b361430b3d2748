package io.annolab.core.api.image;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Which files are images, by Datumaro's (OpenCV's) list of extensions, case-insensitive. */
public final class ImageFiles {

    public static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "jp2", "png", "bmp", "dib", "tif", "tiff",
            "tga", "webp", "pfm", "sr", "ras", "exr", "hdr", "pic", "pbm", "pgm", "ppm", "pxm", "pnm");

    private ImageFiles() {
    }

    public static boolean isImage(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        // ".png" alone is a dotfile, not an image
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The name without its last extension. */
    public static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }
}
