package io.annolab.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.api.ImageDecoder;

class ImageDecoderTest {

    private final ImageDecoder decoder = ImageDecoder.create();

    @Test
    void decodesJpegWithItsSizeAndPlausiblePixels() throws IOException {
        DecodedImage dog = decoder.decode(SharedFixtures.file("debian-darknet/dog.jpg"));

        assertEquals(768, dog.width());
        assertEquals(576, dog.height());
        double mean = mean(dog);
        assertTrue(mean > 40 && mean < 215, "mean brightness " + mean);
        assertTrue(distinctColours(dog) > 1000, "a photo has many colours");
    }

    @Test
    void decodesPalettePngToColour() throws IOException {
        DecodedImage palette = decoder.decode(SharedFixtures.file("debian-skimage/palette_color.png"));

        assertEquals(10, palette.width());
        assertEquals(10, palette.height());
        assertTrue(distinctColours(palette) > 1, "palette entries must not collapse to one colour");
    }

    @Test
    void decodesGreyPngToBgr() throws IOException {
        DecodedImage grey = decoder.decode(SharedFixtures.file("debian-opencv-doc/basketball1.png"));

        assertEquals(640, grey.width());
        int rgb = grey.rgbAt(320, 240);
        assertEquals(rgb & 0xFF, rgb >> 16 & 0xFF, "grey replicated into all channels");
    }

    @Test
    void scales16BitTiffTo8BitKeepingTheFullRange() throws IOException {
        DecodedImage chessboard = decoder.decode(SharedFixtures.file("debian-skimage/chessboard_GRAY_U16.tif"));

        assertEquals(200, chessboard.width());
        assertEquals(200, chessboard.height());
        int min = 255;
        int max = 0;
        for (byte b : chessboard.bgr()) {
            min = Math.min(min, b & 0xFF);
            max = Math.max(max, b & 0xFF);
        }
        assertTrue(min < 30 && max > 225, "dark and bright squares survive the conversion: " + min + ".." + max);
    }

    @Test
    void truncatedJpegGivesAnIOExceptionNamingTheFile() {
        Path truncated = SharedFixtures.file("debian-skimage/truncated.jpg");

        IOException e = assertThrows(IOException.class, () -> decoder.decode(truncated));

        assertTrue(e.getMessage().contains(truncated.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void garbageAndMissingFilesGiveIOExceptions(@TempDir Path folder) throws IOException {
        Path garbage = java.nio.file.Files.write(folder.resolve("not-an-image.png"), new byte[] { 1, 2, 3, 4, 5 });

        IOException broken = assertThrows(IOException.class, () -> decoder.decode(garbage));
        IOException missing = assertThrows(IOException.class, () -> decoder.decode(folder.resolve("gone.jpg")));

        assertTrue(broken.getMessage().contains("not-an-image.png"), broken.getMessage());
        assertTrue(missing.getMessage().contains("gone.jpg"), missing.getMessage());
    }

    @Test
    void decodeScaledFitsTheLongSideAndKeepsTheAspectRatio() throws IOException {
        Path dogFile = SharedFixtures.file("debian-darknet/dog.jpg");

        DecodedImage thumbnail = decoder.decodeScaled(dogFile, 160);
        DecodedImage notUpscaled = decoder.decodeScaled(SharedFixtures.file("debian-skimage/palette_color.png"), 64);

        assertEquals(160, thumbnail.width());
        assertEquals(120, thumbnail.height());
        assertEquals(mean(decoder.decode(dogFile)), mean(thumbnail), 6.0, "same picture, smaller");
        assertEquals(10, notUpscaled.width());
    }

    static double mean(DecodedImage image) {
        long sum = 0;
        for (byte b : image.bgr()) {
            sum += b & 0xFF;
        }
        return sum / (double) image.bgr().length;
    }

    private static int distinctColours(DecodedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                colours.add(image.rgbAt(x, y));
            }
        }
        return colours.size();
    }
}
