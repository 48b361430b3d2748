package io.annolab.formats.voc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.annolab.model.values.MaskRle;

/** The run-based painter against painting pixel by pixel: overlaps, masks cut by the image's edges, blank rows above and below. */
class MaskPainterTest {

    @Test
    void randomOverlappingMasksPaintLikePixelByPixel() throws IOException {
        Random random = new Random(5);
        int[] palette = new int[256];
        for (int i = 0; i < 256; i++) {
            palette[i] = VocPalette.color(i);
        }
        for (int round = 0; round < 40; round++) {
            int width = 1 + random.nextInt(90), height = 1 + random.nextInt(70);
            int[] classes = new int[width * height], instances = new int[width * height];
            MaskPainter painter = new MaskPainter(width, height);
            int layers = 1 + random.nextInt(4);
            for (int instance = 1; instance <= layers; instance++) {
                int w = 1 + random.nextInt(40), h = 1 + random.nextInt(40);
                int left = random.nextInt(width + 20) - 10, top = random.nextInt(height + 20) - 10;
                boolean[] pixels = new boolean[w * h];
                for (int i = 0; i < pixels.length; i++) {
                    pixels[i] = random.nextInt(3) > 0;
                }
                int label = 1 + random.nextInt(20);
                painter.add(new MaskPainter.Layer(MaskRle.encode(w, h, pixels), left, top, label, instance));
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        int ix = left + x, iy = top + y;
                        if (pixels[y * w + x] && ix >= 0 && ix < width && iy >= 0 && iy < height) {
                            classes[iy * width + ix] = label;
                            instances[iy * width + ix] = instance;
                        }
                    }
                }
            }
            byte[][] pngs = painter.paint(palette, palette);
            assertPixels(classes, width, height, pngs[0], "round " + round + " classes");
            assertPixels(instances, width, height, pngs[1], "round " + round + " instances");
        }
    }

    private static void assertPixels(int[] expected, int width, int height, byte[] png, String what) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth(), what);
        assertEquals(height, image.getHeight(), what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], image.getRaster().getSample(i % width, i / width, 0), what + " pixel " + i);
        }
    }
}
