package io.annolab.formats.datumaro;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

import io.annolab.model.values.MaskRle;

/** The COCO RLE port, bit for bit: vectors worked out from pycocotools' C code, and both directions of the transposition. */
class CocoRleTest {

    @Test
    void compressedCountsMatchPycocotoolsByHand() {
        // 3 -> '3'; 2 -> '2'; 40 -> 8|0x20 'X' then 1 '1'; 1-2 = -1 -> 31 'O' (sign bit set, no continuation)
        assertEquals("32X1O", CocoRle.encodeCounts(new int[] { 3, 2, 40, 1 }));
        assertArrayEquals(new int[] { 3, 2, 40, 1 }, CocoRle.decodeCounts("32X1O"));
        assertArrayEquals(new int[] { 0, 6 }, CocoRle.decodeCounts("06"));
        assertEquals("06", CocoRle.encodeCounts(new int[] { 0, 6 }));
    }

    @Test
    void countsSurviveEncodingWhateverTheirSize() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            int[] counts = new int[1 + random.nextInt(40)];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = random.nextInt(round % 2 == 0 ? 50 : 5_000_000);
            }
            assertArrayEquals(counts, CocoRle.decodeCounts(CocoRle.encodeCounts(counts)));
        }
    }

    @Test
    void columnMajorImageRunsBecomeRowMajorBoxRunsAndBack() {
        // rows: 1 0 0 / 1 1 0 -> columns: (1,1) (0,1) (0,0) -> runs 0,2,1,1,2
        boolean[] rowMajor = { true, false, false, true, true, false };
        MaskRle mask = CocoRle.toMask(3, 2, new int[] { 0, 2, 1, 1, 2 });
        assertEquals(MaskRle.encode(3, 2, rowMajor), mask);
        assertArrayEquals(new int[] { 0, 2, 1, 1, 2 }, CocoRle.fromMask(mask, 0, 0, 3, 2, new int[1]));
    }

    @Test
    void aBoxIsPlacedOnTheImageAndPixelsOutsideAreCounted() {
        MaskRle box = MaskRle.encode(2, 1, new boolean[] { true, true }); // 2 wide, 1 high
        int[] clipped = new int[1];
        // at (1, 1) on a 3x2 image: pixels (1,1), (2,1) -> column-major indices 3 and 5
        assertArrayEquals(new int[] { 3, 1, 1, 1 }, CocoRle.fromMask(box, 1, 1, 3, 2, clipped));
        assertEquals(0, clipped[0]);
        CocoRle.fromMask(box, 2, 1, 3, 2, clipped);
        assertEquals(1, clipped[0]);
    }

    @Test
    void randomMasksAreBitExactBothWays() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int width = 1 + random.nextInt(30), height = 1 + random.nextInt(30);
            boolean[] pixels = new boolean[width * height];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = random.nextInt(3) == 0;
            }
            MaskRle mask = MaskRle.encode(width, height, pixels);
            int[] counts = CocoRle.fromMask(mask, 0, 0, width, height, new int[1]);
            String text = CocoRle.encodeCounts(counts);
            assertEquals(mask, CocoRle.toMask(width, height, CocoRle.decodeCounts(text)));
            assertEquals(text, CocoRle.encodeCounts(CocoRle.fromMask(CocoRle.toMask(width, height, counts), 0, 0, width, height, new int[1])));
        }
    }

    @Test
    void damagedCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CocoRle.decodeCounts("0\u0001"));
        assertThrows(IllegalArgumentException.class, () -> CocoRle.decodeCounts("X")); // ends inside a number
        assertThrows(IllegalArgumentException.class, () -> CocoRle.toMask(3, 2, new int[] { 0, 5 }));
    }
}
