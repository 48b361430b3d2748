package io.annolab.inference.internal;

/**
 * Where the image landed in the model's input: input = image * scale + pad, per axis. Maps model
 * coordinates back to the image, clamped to it.
 */
public record Geometry(int imageWidth, int imageHeight, int inputWidth, int inputHeight, float scaleX, float scaleY,
        float padX, float padY) {

    public float imageX(float inputX) {
        return Math.clamp((inputX - padX) / scaleX, 0f, imageWidth);
    }

    public float imageY(float inputY) {
        return Math.clamp((inputY - padY) / scaleY, 0f, imageHeight);
    }

    /** The input coordinate of an image coordinate (no clamping). */
    public float inputX(float imageX) {
        return imageX * scaleX + padX;
    }

    public float inputY(float imageY) {
        return imageY * scaleY + padY;
    }
}
