package io.annolab.formats.yolo;

import java.nio.file.Path;

import io.annolab.core.api.AnnolabException;

/** Paths written inside YOLO files (subset lists, obj.data), resolved without leaving the dataset folder. */
final class DatasetPaths {

    private DatasetPaths() {
    }

    /**
     * The path as Datumaro reads it: separators as '/', without a leading {@code ./} or
     * {@code data/} (Darknet lists name images relative to the darknet folder, "data/obj_train_data/1.jpg").
     */
    static String normalise(String written) {
        String path = written.strip().replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (path.startsWith("data/")) {
            path = path.substring(5);
        }
        return path;
    }

    /** {@code relative} resolved in {@code root}; refused when it is absolute or climbs out. */
    static Path inside(Path root, String relative, Path listedIn, int line) throws AnnolabException {
        Path base = root.toAbsolutePath().normalize();
        Path resolved = base.resolve(relative).normalize();
        if (relative.startsWith("/") || relative.matches("^[A-Za-z]:.*") || !resolved.startsWith(base)) {
            throw new AnnolabException("the path '" + relative + "' points outside the dataset folder", listedIn, line, 0,
                    "Paths in a YOLO dataset are relative to its folder and may not contain '..'", null);
        }
        return resolved;
    }

    /** The name with its last extension replaced by {@code extension} (".txt"). */
    static String withExtension(String path, String extension) {
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        return (dot > slash + 1 ? path.substring(0, dot) : path) + extension;
    }

    /** The extension of a file name, with its dot, or "" when it has none. */
    static String extension(String path) {
        int dot = path.lastIndexOf('.');
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return dot > slash + 1 ? path.substring(dot) : "";
    }
}
