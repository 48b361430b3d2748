package io.annolab.ui.canvas.api;

/**
 * Image-to-view mapping of the canvas: the image is turned by {@code quarterTurns} × 90° clockwise
 * about its own origin box (so it still starts at 0,0), then scaled and offset:
 * view = turn(image) * scale + offset.
 */
public record ViewTransform(double scale, double offsetX, double offsetY, int quarterTurns, double imageWidth, double imageHeight) {

    public ViewTransform {
        quarterTurns = Math.floorMod(quarterTurns, 4);
    }

    /** An unrotated transform. */
    public ViewTransform(double scale, double offsetX, double offsetY) {
        this(scale, offsetX, offsetY, 0, 0, 0);
    }

    public double viewXd(double x, double y) {
        return turnedX(x, y) * scale + offsetX;
    }

    public double viewYd(double x, double y) {
        return turnedY(x, y) * scale + offsetY;
    }

    public int viewX(double x, double y) {
        return (int) Math.round(viewXd(x, y));
    }

    public int viewY(double x, double y) {
        return (int) Math.round(viewYd(x, y));
    }

    /** The image x under view point (vx, vy). */
    public double imageX(double vx, double vy) {
        double tx = (vx - offsetX) / scale, ty = (vy - offsetY) / scale;
        return switch (quarterTurns) {
            case 1 -> ty;
            case 2 -> imageWidth - tx;
            case 3 -> imageWidth - ty;
            default -> tx;
        };
    }

    /** The image y under view point (vx, vy). */
    public double imageY(double vx, double vy) {
        double tx = (vx - offsetX) / scale, ty = (vy - offsetY) / scale;
        return switch (quarterTurns) {
            case 1 -> imageHeight - tx;
            case 2 -> imageHeight - ty;
            case 3 -> tx;
            default -> ty;
        };
    }

    /** Width of the turned image in image pixels (height when turned a quarter). */
    public double turnedWidth() {
        return quarterTurns % 2 == 0 ? imageWidth : imageHeight;
    }

    public double turnedHeight() {
        return quarterTurns % 2 == 0 ? imageHeight : imageWidth;
    }

    /** Degrees the image is turned clockwise on screen; tools add it to a shape's own rotation. */
    public int turnDegrees() {
        return quarterTurns * 90;
    }

    /** Image pixels covered by {@code viewPixels} screen pixels (hit tolerances are given in screen pixels). */
    public double imageDistance(double viewPixels) {
        return viewPixels / scale;
    }

    private double turnedX(double x, double y) {
        return switch (quarterTurns) {
            case 1 -> imageHeight - y;
            case 2 -> imageWidth - x;
            case 3 -> y;
            default -> x;
        };
    }

    private double turnedY(double x, double y) {
        return switch (quarterTurns) {
            case 1 -> x;
            case 2 -> imageHeight - y;
            case 3 -> imageWidth - x;
            default -> y;
        };
    }

    /** Maps interleaved image x,y pairs to interleaved view pixels, for {@code GC.drawPolygon}. */
    public int[] toView(float[] xy) {
        int[] out = new int[xy.length];
        for (int i = 0; i + 1 < xy.length; i += 2) {
            out[i] = viewX(xy[i], xy[i + 1]);
            out[i + 1] = viewY(xy[i], xy[i + 1]);
        }
        return out;
    }

    public ViewTransform withScale(double newScale, double newOffsetX, double newOffsetY) {
        return new ViewTransform(newScale, newOffsetX, newOffsetY, quarterTurns, imageWidth, imageHeight);
    }
}
