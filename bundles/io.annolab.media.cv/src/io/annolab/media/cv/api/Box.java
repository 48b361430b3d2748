package io.annolab.media.cv.api;

/** An axis-aligned box in image pixels: top-left corner, width and height. */
public record Box(double x, double y, double width, double height) {

    public Box {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("Box size must be positive, was " + width + "x" + height);
        }
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public double area() {
        return width * height;
    }

    /** Intersection over union: 1 for the same box, 0 for boxes that do not overlap. */
    public double iou(Box other) {
        double w = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
        double h = Math.min(y + height, other.y + other.height) - Math.max(y, other.y);
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double intersection = w * h;
        return intersection / (area() + other.area() - intersection);
    }
}
