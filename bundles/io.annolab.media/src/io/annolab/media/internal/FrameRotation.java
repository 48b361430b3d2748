package io.annolab.media.internal;

import io.annolab.media.api.DecodedImage;

/** Clockwise quarter turns of packed BGR images, for videos whose metadata says to display them rotated. */
final class FrameRotation {

    private FrameRotation() {
    }

    /** Rotation metadata to clockwise degrees in {0, 90, 180, 270}; FFmpeg's display matrix angle is counter-clockwise. */
    static int clockwiseFromDisplayMatrix(double counterClockwiseDegrees) {
        long quarterTurns = Math.round(-counterClockwiseDegrees / 90.0);
        return (int) Math.floorMod(quarterTurns * 90, 360L);
    }

    static DecodedImage rotateClockwise(DecodedImage image, int degrees) {
        if (degrees == 0) {
            return image;
        }
        int w = image.width();
        int h = image.height();
        boolean quarter = degrees == 90 || degrees == 270;
        int outW = quarter ? h : w;
        int outH = quarter ? w : h;
        byte[] in = image.bgr();
        byte[] out = new byte[in.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int tx;
                int ty;
                switch (degrees) {
                    case 90 -> { tx = h - 1 - y; ty = x; }
                    case 180 -> { tx = w - 1 - x; ty = h - 1 - y; }
                    case 270 -> { tx = y; ty = w - 1 - x; }
                    default -> throw new IllegalArgumentException("Not a quarter turn: " + degrees);
                }
                System.arraycopy(in, (y * w + x) * 3, out, (ty * outW + tx) * 3, 3);
            }
        }
        return new DecodedImage(outW, outH, out);
    }
}
