package io.annolab.formats.mot;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferUShort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import io.annolab.core.api.AnnolabException;
import io.annolab.model.Shape;
import io.annolab.model.values.MaskRle;

/**
 * One MOTS instance image being painted: 16-bit grey, as large as the image and every mask
 * (a mask reaching past its image keeps its pixels), later masks over earlier ones.
 */
final class InstancePng {

    /** What painting one mask lost. */
    record Painted(long outside, long covered) {
    }

    private int width;
    private int height;
    private short[] pixels;
    private BufferedImage image;
    private Path folder;

    InstancePng(int imageWidth, int imageHeight) {
        this.width = Math.max(0, imageWidth);
        this.height = Math.max(0, imageHeight);
    }

    /** Grows the canvas to hold the mask's box. */
    void include(Shape mask) {
        MaskRle rle = mask.getMask();
        int left = Math.round(mask.getPoints().get(0)), top = Math.round(mask.getPoints().get(1));
        width = (int) Math.max(width, Math.min(Integer.MAX_VALUE, (long) left + rle.width()));
        height = (int) Math.max(height, Math.min(Integer.MAX_VALUE, (long) top + rle.height()));
    }

    boolean isEmpty() {
        return width == 0 || height == 0;
    }

    void allocate(Path where) throws AnnolabException {
        if ((long) width * height > MotsMaskReader.MAX_PIXELS) {
            throw new AnnolabException("an instance PNG of " + width + "x" + height + " pixels would be larger than a mask may be", where,
                    "Check the image size and the mask positions of the item");
        }
        folder = where;
        image = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
        pixels = ((DataBufferUShort) image.getRaster().getDataBuffer()).getData();
    }

    Painted paint(Shape mask, int value) {
        MaskRle rle = mask.getMask();
        int left = Math.round(mask.getPoints().get(0)), top = Math.round(mask.getPoints().get(1));
        boolean[] set = rle.decode();
        long outside = 0, covered = 0;
        for (int y = 0; y < rle.height(); y++) {
            for (int x = 0; x < rle.width(); x++) {
                if (!set[y * rle.width() + x]) {
                    continue;
                }
                int px = left + x, py = top + y;
                if (px < 0 || py < 0) {
                    outside++;
                    continue;
                }
                int index = py * width + px;
                if (pixels[index] != 0 && pixels[index] != (short) value) {
                    covered++;
                }
                pixels[index] = (short) value;
            }
        }
        return new Painted(outside, covered);
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new AnnolabException("no PNG writer is available", folder, "The Java runtime lacks javax.imageio's PNG support");
        }
    }
}
