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
    void theZlibChecksumMatchesTheJdksAdler32OnSmallAndHugeImages() {
        Random random = new Random(11);
        for (int[] size : new int[][] { { 3, 2 }, { 640, 480 }, { 4000, 4000 } }) { // the last overflows unreduced sums
            int width = size[0], height = size[1];
            IndexedPngWriter writer = new IndexedPngWriter(width, height, new int[] { 0, 0xFFFFFF });
            java.util.zip.Adler32 expected = new java.util.zip.Adler32();
            byte[] row = new byte[width + 1];
            for (int y = 0; y < height; y++) {
                writer.run(0, 1);
                int x = 0;
                while (x < width) {
                    int length = Math.min(width - x, 1 + random.nextInt(width));
                    int value = random.nextInt(3) == 0 ? 0 : 200 + random.nextInt(56);
                    writer.run(value, length);
                    java.util.Arrays.fill(row, 1 + x, 1 + x + length, (byte) value);
                    x += length;
                }
                expected.update(row);
            }
            byte[] png = writer.finish();
            int iend = png.length - 12; // IEND: length, type, CRC
            int stored = (png[iend - 8] & 0xFF) << 24 | (png[iend - 7] & 0xFF) << 16 | (png[iend - 6] & 0xFF) << 8 | png[iend - 5] & 0xFF;
            assertEquals((int) expected.getValue(), stored, width + "x" + height);
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
