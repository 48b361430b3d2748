package io.annolab.media.cv.internal;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.cv.api.Box;

/** Whole pixels of an image covered by a box, and the mapping between image and region coordinates. */
record Region(int left, int top, int width, int height) {

    static Region within(DecodedImage image, Box box) {
        int left = Math.max(0, (int) Math.floor(box.x()));
        int top = Math.max(0, (int) Math.floor(box.y()));
        int right = Math.min(image.width(), (int) Math.ceil(box.x() + box.width()));
        int bottom = Math.min(image.height(), (int) Math.ceil(box.y() + box.height()));
        if (right <= left || bottom <= top) {
            throw new IllegalArgumentException(box + " lies outside the " + image.width() + "x" + image.height()
                    + " image");
        }
        return new Region(left, top, right - left, bottom - top);
    }

    /** The region's packed BGR bytes: the image itself when the region is all of it. */
    byte[] pixels(DecodedImage image) {
        if (width == image.width() && height == image.height()) {
            return image.bgr();
        }
        byte[] out = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            System.arraycopy(image.bgr(), ((top + y) * image.width() + left) * 3, out, y * width * 3, width * 3);
        }
        return out;
    }

    /** Image x to region x, clamped into the region. */
    int localX(int x) {
        return Math.max(0, Math.min(width - 1, x - left));
    }

    int localY(int y) {
        return Math.max(0, Math.min(height - 1, y - top));
    }
}
