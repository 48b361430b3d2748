package io.annolab.formats.voc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run-based PNG encoder against the JDK's PNG decoder. */
class IndexedPngWriterTest {

    @Test
    void randomRunsDecodeToTheSamePixels(@TempDir Path temp) throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 30; round++) {
            int width = 1 + random.nextInt(round < 20 ? 50 : 1200), height = 1 + random.nextInt(round < 20 ? 40 : 300);
            int[] pixels = new int[width * height];
            int position = 0;
            while (position < pixels.length) {
                int length = 1 + random.nextInt(random.nextBoolean() ? 4 : 2000);
                int value = random.nextInt(4) == 0 ? random.nextInt(256) : 0;
                for (int i = 0; i < length && position < pixels.length; i++) {
                    pixels[position++] = value;
                }
            }
            int[] palette = new int[256];
            for (int i = 0; i < 256; i++) {
                palette[i] = VocPalette.color(i);
            }
            IndexedPngWriter writer = new IndexedPngWriter(width, height, palette);
            for (int y = 0; y < height; y++) {
                writer.run(0, 1);
                for (int x = 0; x < width; x++) {
                    writer.run(pixels[y * width + x], 1);
                }
            }
            Path file = temp.resolve("m" + round + ".png");
            java.nio.file.Files.write(file, writer.finish());
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(width, image.getWidth());
            assertEquals(height, image.getHeight());
            for (int i = 0; i < pixels.length; i++) {
                assertEquals(pixels[i], image.getRaster().getSample(i % width, i / width, 0), "round " + round + " pixel " + i);
            }
        }
    }

    @Test
    void paletteIsTheVocColormap() {
        assertEquals(0x000000, VocPalette.color(0));
        assertEquals(0x800000, VocPalette.color(1));
        assertEquals(0x008000, VocPalette.color(2));
        assertEquals(0xC0C0C0 & 0xC08080, VocPalette.color(15)); // person: 192,128,128
        assertEquals(0xE0E0C0, VocPalette.color(255));
    }
}
