package io.annolab.formats.coco.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.annolab.formats.coco.CocoRle;
import io.annolab.model.values.MaskRle;

/**
 * The RLE codec against pycocotools: the expected strings and counts were produced by
 * compiling cocoapi's {@code common/maskApi.c} ({@code rleToString}, {@code rleFrPoly}).
 */
class CocoRleTest {

    @Test
    void compressedStringsMatchPycocotoolsBothWays() {
        assertEquals("0d0n0", CocoRle.encodeString(new int[] { 0, 20, 30 }));
        assertEquals("::50:", CocoRle.encodeString(new int[] { 10, 10, 5, 10, 15 }));
        assertEquals("Xl4T3P1l^`n0SOP^_QO4Pm3", CocoRle.encodeString(new int[] { 5000, 100, 32, 1000000, 3, 0, 7, 4000 }));
        assertArrayEquals(new int[] { 0, 20, 30 }, CocoRle.decodeString("0d0n0"));
        assertArrayEquals(new int[] { 10, 10, 5, 10, 15 }, CocoRle.decodeString("::50:"));
        assertArrayEquals(new int[] { 5000, 100, 32, 1000000, 3, 0, 7, 4000 }, CocoRle.decodeString("Xl4T3P1l^`n0SOP^_QO4Pm3"));
        assertThrows(IllegalArgumentException.class, () -> CocoRle.decodeString("0d0n~"));
    }

    @Test
    void polygonsRasterizeLikeRleFrPoly() {
        assertArrayEquals(new int[] { 0, 2, 48 }, CocoRle.fromPolygon(new double[] { 0, 0, 1, 0, 1, 2, 0, 2 }, 10, 5));
        int[] counts = CocoRle.fromPolygon(new double[] { 10.5, 20.2, 300.7, 40.1, 250.3, 400.9, 30, 350 }, 480, 640);
        assertEquals(5300, counts[0]);
        assertEquals(163158, counts[counts.length - 1]);
        String expected = "dU5?a>a0_Oa0_Oa0@`0_Oa0_Oa0_Oa0_Oa0_Oa0_Oa0_Oa0_Oa0_Oa0_Oa0_Oa0_Oa0_Oa0_Oa0@8G001O000000001O0000001O0001O01O000000001O0000001O00000010O00000001O0000001O0000001O01O0001O000000001O0000001O0000010O000000001O0000001O00000010O00000001O0000001O0000001O0001O0001O0000001O0000001O000001O01O0000001O0000001O0000000010O000001O0000001O000000001O01O0001O0000001O000000001O0000010O0000001O000000001O00000010O000001O0000001O000000001O0001O01O0000001O000000001O0000010O0000001O000000001O0000001O01O0001O000000001O0000001O0001O01O00O1I7I7I7I7H8I7I7I7I7I7H9H7I7I7I7I7H8I7I7I7I7I7I7H8I8H7I7I7I7H8I7I7I7I7I7H8I7I7I7I8H7I7H8I7I7I7I7I7H8Iokn4";
        assertEquals(expected, CocoRle.encodeString(counts));
    }

    @Test
    void columnMajorImageCountsBecomeRowMajorBoxMasksAndBack() {
        // 10 rows x 5 columns, the first two columns set: Datumaro's coco_instances sample.
        CocoRle.Placed placed = CocoRle.toMask(new int[] { 0, 20, 30 }, 10, 5);
        assertEquals(0, placed.left());
        assertEquals(0, placed.top());
        assertEquals(2, placed.mask().width());
        assertEquals(10, placed.mask().height());
        assertEquals(20, placed.mask().area());
        assertArrayEquals(new int[] { 0, 20, 30 }, CocoRle.fromMask(placed.left(), placed.top(), placed.mask(), 10, 5));
        // 5 x 10, columns 2-3 and 5-6 set: coco_stuff's sample; the box is 5 wide with a hole.
        placed = CocoRle.toMask(new int[] { 10, 10, 5, 10, 15 }, 5, 10);
        assertEquals(2, placed.left());
        assertEquals(5, placed.mask().width());
        assertEquals(MaskRle.encode(5, 5, row(true, true, false, true, true, 5)), placed.mask());
        assertArrayEquals(new int[] { 10, 10, 5, 10, 15 }, CocoRle.fromMask(2, 0, placed.mask(), 5, 10));
        assertArrayEquals(new double[] { 2, 0, 5, 5 }, CocoRle.bbox(new int[] { 10, 10, 5, 10, 15 }, 5));
    }

    @Test
    void aMaskInTheMiddleOfTheImageAndOneCutByItsBorder() {
        // A 2x2 box mask with its top-left and bottom-right set, at (1, 1) in a 4x3 (w x h) image.
        MaskRle diagonal = MaskRle.encode(2, 2, new boolean[] { true, false, false, true });
        // Column-major: col 0 all 0 (3), col 1 rows 1 set, col 2 row 2 set.
        int[] counts = CocoRle.fromMask(1, 1, diagonal, 3, 4);
        assertArrayEquals(new int[] { 4, 1, 3, 1, 3 }, counts);
        CocoRle.Placed back = CocoRle.toMask(counts, 3, 4);
        assertEquals(1, back.left());
        assertEquals(1, back.top());
        assertEquals(diagonal, back.mask());
        // The part outside the image is cut.
        assertArrayEquals(new int[] { 10, 1, 1 }, CocoRle.fromMask(3, 1, diagonal, 3, 4));
    }

    private static boolean[] row(boolean a, boolean b, boolean c, boolean d, boolean e, int rows) {
        boolean[] pixels = new boolean[5 * rows];
        for (int y = 0; y < rows; y++) {
            boolean[] r = { a, b, c, d, e };
            System.arraycopy(r, 0, pixels, y * 5, 5);
        }
        return pixels;
    }
}
