package io.annolab.formats.yolo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GeometryTest {

    @Test
    void cornersAndBackGiveTheSameBoxWithTheAngleInZeroToNinety() {
        for (double degrees : new double[] { 0, 10, 30, 45, 89.5 }) {
            OrientedBox box = new OrientedBox(50, 40, 30, 10, degrees);
            OrientedBox back = OrientedBox.fromCorners(box.corners());
            assertEquals(degrees, back.degrees(), 1e-6);
            assertEquals(30, back.width(), 1e-6);
            assertEquals(10, back.height(), 1e-6);
            assertEquals(50, back.cx(), 1e-6);
        }
        // a box at 120 degrees is the same rectangle as one at 30 with its sides swapped, as OpenCV reports it
        OrientedBox turned = OrientedBox.fromCorners(new OrientedBox(0, 0, 6, 2, 120).corners());
        assertEquals(30, turned.degrees(), 1e-6);
        assertArrayEquals(new double[] { 2, 6 }, new double[] { turned.width(), turned.height() }, 1e-6);
    }

    @Test
    void decimalsAreWrittenWithSixDigitsLikeDatumaro() {
        assertEquals("0.133333", DecimalText.append(new StringBuilder(), 2.0 / 15).toString());
        assertEquals("-0.000010", DecimalText.append(new StringBuilder(), -0.00001).toString());
        assertEquals("0.000000", DecimalText.append(new StringBuilder(), -0.0000001).toString());
        assertEquals("12.500000", DecimalText.append(new StringBuilder(), 12.5).toString());
    }
}
