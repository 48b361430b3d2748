package io.annolab.media.api;

import java.util.List;

/**
 * Ground truth of one shape moving through a generated video: its label, colour (0xRRGGBB), box size and
 * its centre on every frame ({@code centres.get(frame)}).
 */
public record ShapeTrack(String label, int rgb, int width, int height, List<Point> centres) {

    public record Point(int x, int y) {
    }

    /** Axis-aligned box, top-left corner plus size, in pixels. */
    public record Box(int x, int y, int width, int height) {
    }

    public ShapeTrack {
        centres = List.copyOf(centres);
    }

    public Point centreAt(int frame) {
        return centres.get(frame);
    }

    public Box boxAt(int frame) {
        Point c = centres.get(frame);
        return new Box(c.x() - width / 2, c.y() - height / 2, width, height);
    }
}
