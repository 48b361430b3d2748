package io.annolab.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.annolab.model.ModelFactory;
import io.annolab.model.ModelPackage;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;
import io.annolab.model.values.PointVisibility;

class ValueTypesTest {

    @Test
    void coordinatesUseCvatTextFormAndReadItBack() {
        Coordinates points = Coordinates.of(1.5f, 2f, 3f, 4.25f);
        assertEquals("1.5,2;3,4.25", points.toString());
        assertEquals(points, Coordinates.valueOf("1.5,2;3,4.25"));
        assertEquals(2, points.pointCount());
        assertArrayEquals(new float[] { 1.5f, 2f, 3f, 4.25f }, points.bounds());
    }

    @Test
    void emfFactoryConvertsValueTypesThroughTheirTextForm() {
        var factory = ModelFactory.eINSTANCE;
        var type = ModelPackage.Literals.COORDINATES;
        Coordinates read = (Coordinates) factory.createFromString(type, "10,20;30,40");
        assertEquals(Coordinates.of(10f, 20f, 30f, 40f), read);
        assertEquals("10,20;30,40", factory.convertToString(type, read));
        MaskRle mask = (MaskRle) factory.createFromString(ModelPackage.Literals.MASK_RLE, "3 2 1 2 3");
        assertEquals(2, mask.area());
    }

    @Test
    void maskRleEncodesAndDecodesRowMajorRuns() {
        boolean[] pixels = { false, true, true, false, false, true };
        MaskRle mask = MaskRle.encode(3, 2, pixels);
        assertArrayEquals(new int[] { 1, 2, 2, 1 }, mask.runs());
        assertEquals(3, mask.area());
        assertArrayEquals(pixels, mask.decode());
        MaskRle startsSet = MaskRle.encode(2, 1, new boolean[] { true, false });
        assertArrayEquals(new int[] { 0, 1, 1 }, startsSet.runs());
    }

    @Test
    void columnMajorMasksGiveTheSamePixelsAndRunsInEitherOrder() {
        // 3 wide, 2 high: row-major pixels 0 1 1 / 0 0 1 are, column by column, 0 0 | 1 0 | 1 1
        MaskRle rowMajor = MaskRle.encode(3, 2, new boolean[] { false, true, true, false, false, true });
        MaskRle columnMajor = MaskRle.ofColumnMajor(3, 2, 2, 1, 1, 2);
        assertArrayEquals(rowMajor.decode(), columnMajor.decode());
        assertArrayEquals(rowMajor.runs(), columnMajor.runs());
        assertArrayEquals(new int[] { 2, 1, 1, 2 }, rowMajor.columnMajorRuns());
        assertEquals(rowMajor, columnMajor);
        assertEquals(rowMajor.hashCode(), columnMajor.hashCode());
        assertEquals(3, columnMajor.area());
        assertEquals("3 2 1 2 2 1", columnMajor.toString());
    }

    @Test
    void transposingColumnRunsGivesExactlyWhatDecodingGives() {
        java.util.Random random = new java.util.Random(7);
        for (int trial = 0; trial < 500; trial++) {
            int width = 1 + random.nextInt(12), height = 1 + random.nextInt(12);
            boolean[] columnMajor = new boolean[width * height];
            boolean blob = random.nextBoolean();
            for (int i = 0; i < columnMajor.length; i++) {
                columnMajor[i] = blob ? (i / height + i % height) % 5 < 3 : random.nextInt(3) == 0;
            }
            MaskRle mask = MaskRle.ofColumnMajor(width, height, MaskRle.encode(columnMajor.length, 1, columnMajor).runs());
            assertArrayEquals(MaskRle.encode(width, height, mask.decode()).runs(), mask.runs(), "trial " + trial);
        }
    }

    @Test
    void maskRleRejectsRunsThatDoNotCoverTheBox() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> MaskRle.of(2, 2, 1, 1));
        assertEquals("mask runs cover 2 pixels, but the mask is 2x2", error.getMessage());
    }

    @Test
    void visibilityUsesDatumaroCodes() {
        PointVisibility visibility = PointVisibility.valueOf("2,1,0");
        assertEquals(PointVisibility.HIDDEN, visibility.get(1));
        assertThrows(IllegalArgumentException.class, () -> PointVisibility.of((byte) 3));
    }
}
