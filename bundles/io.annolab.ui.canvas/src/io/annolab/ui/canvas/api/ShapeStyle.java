package io.annolab.ui.canvas.api;

/**
 * How to draw one shape: colour as 0xRRGGBB, fill opacity 0–255 (0 = outline only), and the
 * object's state. Occluded shapes are drawn dashed; locked shapes are drawn faint; a selected
 * shape shows its edit handles (drawn by the canvas from {@link ShapeTool#handles}).
 * {@code simplified} asks for a cheap drawing because the shape is only a few screen pixels big.
 */
public record ShapeStyle(int rgb, int fillAlpha, int lineWidth, boolean selected, boolean occluded, boolean locked, boolean simplified) {

    public static ShapeStyle of(int rgb) {
        return new ShapeStyle(rgb, 0, 2, false, false, false, false);
    }

    public ShapeStyle selected(boolean value) {
        return new ShapeStyle(rgb, fillAlpha, lineWidth, value, occluded, locked, simplified);
    }

    public ShapeStyle withFill(int alpha) {
        return new ShapeStyle(rgb, alpha, lineWidth, selected, occluded, locked, simplified);
    }
}
