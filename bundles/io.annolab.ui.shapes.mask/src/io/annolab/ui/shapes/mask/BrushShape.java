package io.annolab.ui.shapes.mask;

/** The brush's footprint: a disc or a square, {@code size} pixels across. */
public enum BrushShape {
    CIRCLE, SQUARE
}
