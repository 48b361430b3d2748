package io.annolab.ui.canvas.api;

/**
 * A point of a selected shape the user can drag: a vertex, a corner, an edge midpoint or the
 * rotation knob. {@code index} is the tool's own numbering; {@code kind} decides the cursor and
 * how the canvas draws it.
 */
public record Handle(int index, Kind kind, double x, double y) {

    public enum Kind {
        VERTEX, CORNER, EDGE, ROTATION, CENTER
    }
}
