package io.annolab.formats.yolo;

import java.nio.file.Path;

/** One image a YOLO dataset lists: its item id and subset, the image and its label file. */
record ImageEntry(String id, String subset, Path image, Path labels) {
}
