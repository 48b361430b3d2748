package io.annolab.ui.canvas.api;

/** Image-to-view mapping of the canvas: view = image * scale + offset. */
public record ViewTransform(double scale, double offsetX, double offsetY) {

    public int viewX(double imageX) {
        return (int) Math.round(imageX * scale + offsetX);
    }

    public int viewY(double imageY) {
        return (int) Math.round(imageY * scale + offsetY);
    }
}
