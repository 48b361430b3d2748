package io.annolab.formats.yolo;

/** What one line of a label file describes, which decides how many values it has and how they are read and written. */
enum YoloTask {
    /** "class cx cy w h": an axis-aligned box. */
    DETECTION,
    /** "class x1 y1 x2 y2 …": a polygon. */
    SEGMENTATION,
    /** "class x1 y1 … x4 y4": a rotated box by its four corners. */
    ORIENTED_BOXES,
    /** "class cx cy w h x y [v] …": a skeleton with its bounding box. */
    POSE
}
