package io.annolab.core.api.task;

import java.nio.file.Path;

/**
 * One image a new task will hold: a file, or an entry of a zip archive.
 *
 * @param name the name frames are sorted by: the path relative to the folder or archive it was
 *        found in ('/' separators), or the file name for a file added by itself
 * @param file the image file, or the archive holding it
 * @param entry the archive entry, or null for a plain file
 */
public record MediaSource(String name, Path file, String entry) {

    /** The path as {@link io.annolab.model.Media#getPath()} names it: a file, or {@code <zip>!/<entry>}. */
    public String mediaPath() {
        return entry == null ? file.toString() : file + "!/" + entry;
    }
}
