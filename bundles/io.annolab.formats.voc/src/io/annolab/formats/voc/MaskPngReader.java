package io.annolab.formats.voc;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntUnaryOperator;

import javax.imageio.ImageIO;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.image.ImageHeaders;
import io.annolab.core.api.image.ImageSize;

/**
 * Reads a VOC mask PNG into one index per pixel. Coloured masks (RGB, or a palette, which
 * OpenCV expands to colours for Datumaro) go through a colour → index lookup; grey masks hold
 * the index itself, as Datumaro's "grayscale (indexed)" masks do.
 */
final class MaskPngReader {

    /** More pixels than this is not a mask anyone can use but a decompression bomb (64 M). */
    static final long MAX_PIXELS = 1L << 26;

    /** A decoded mask: width × height indices, row-major. */
    record IndexMask(int width, int height, int[] indices) {
    }

    private MaskPngReader() {
    }

    /**
     * @param colorToIndex maps 0xRRGGBB to an index, or -1 for a colour that means nothing here
     */
    static IndexMask read(Path file, IntUnaryOperator colorToIndex, String colorMeaning) throws IOException {
        ImageSize size = ImageHeaders.readSize(file);
        if (size == null) {
            throw new AnnolabException("the mask is not a PNG image", file, "Masks must be PNG files; replace it");
        }
        if ((long) size.width() * size.height() > MAX_PIXELS) {
            throw new AnnolabException("the mask claims " + size.width() + "x" + size.height() + " pixels, more than a mask may have",
                    file, "The file is corrupt or hostile; replace it");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new AnnolabException("the mask PNG cannot be decoded (" + e.getMessage() + ")", file,
                    "The file is damaged or truncated; replace it", e);
        }
        if (image == null) {
            throw new AnnolabException("the mask PNG cannot be decoded", file, "The file is damaged; replace it");
        }
        int width = image.getWidth(), height = image.getHeight();
        int[] indices = new int[width * height];
        Raster raster = image.getRaster();
        if (image.getColorModel() instanceof IndexColorModel palette) {
            int[] lookup = new int[palette.getMapSize()];
            for (int i = 0; i < lookup.length; i++) {
                lookup[i] = colorToIndex.applyAsInt(palette.getRGB(i) & 0xFFFFFF);
            }
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                raster.getSamples(0, y, width, 1, 0, row);
                for (int x = 0; x < width; x++) {
                    indices[y * width + x] = row[x] < lookup.length ? lookup[row[x]] : -1;
                }
            }
        } else if (raster.getNumBands() <= 2) { // grey (+ alpha): the value is the index
            raster.getSamples(0, 0, width, height, 0, indices);
        } else {
            int[] row = new int[width];
            int last = -1, lastIndex = -1;
            for (int y = 0; y < height; y++) {
                image.getRGB(0, y, width, 1, row, 0, width);
                for (int x = 0; x < width; x++) {
                    int rgb = row[x] & 0xFFFFFF;
                    if (rgb != last) {
                        last = rgb;
                        lastIndex = colorToIndex.applyAsInt(rgb);
                    }
                    indices[y * width + x] = lastIndex;
                }
            }
        }
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0) {
                int rgb = image.getRGB(i % width, i / width) & 0xFFFFFF;
                throw new AnnolabException("pixel (" + (i % width) + ", " + (i / width) + ") has colour "
                        + (rgb >> 16 & 0xFF) + "," + (rgb >> 8 & 0xFF) + "," + (rgb & 0xFF) + ", which is no " + colorMeaning, file,
                        "Add the colour to labelmap.txt, or repaint the mask with the dataset's colours");
            }
        }
        return new IndexMask(width, height, indices);
    }
}
