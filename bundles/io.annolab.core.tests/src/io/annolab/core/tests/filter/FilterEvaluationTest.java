package io.annolab.core.tests.filter;

import static io.annolab.core.tests.filter.FilterModels.shape;
import static io.annolab.core.tests.filter.FilterModels.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.annolab.core.api.filter.AnnotationSubject;
import io.annolab.core.api.filter.Filter;
import io.annolab.core.api.filter.FilterSyntaxException;
import io.annolab.model.Annotation;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Tag;
import io.annolab.model.Track;
import io.annolab.model.values.MaskRle;

/** Filters tested on real model annotations. */
class FilterEvaluationTest {

    private final FilterModels m = new FilterModels();

    @Test
    void widthAndHeightComeFromTheUnrotatedBox() throws FilterSyntaxException {
        Shape rotated = shape(1, ShapeType.RECTANGLE, m.car, 0, 10, 20, 110, 70);
        rotated.setRotation(30f);
        assertMatches("width == 100 and height == 50", rotated);
        Shape ellipse = shape(2, ShapeType.ELLIPSE, m.car, 0, 50, 50, 20, 10);
        assertMatches("width == 40 and height == 20", ellipse);
        Shape polygon = shape(3, ShapeType.POLYGON, m.car, 0, 5, 5, 25, 8, 15, 35);
        assertMatches("width == 20 and height == 30", polygon);
        Shape mask = shape(4, ShapeType.MASK, m.car, 0, 0, 400, 2, 401);
        mask.setMask(MaskRle.of(3, 2, 1, 4, 1));
        assertMatches("width == 3 and height == 2", mask); // right and bottom are included pixels
        Shape skeleton = shape(5, ShapeType.SKELETON, m.person, 0);
        skeleton.getElements().add(shape(0, ShapeType.POINTS, m.person, 0, 10, 10));
        skeleton.getElements().add(shape(0, ShapeType.POINTS, m.person, 0, 30, 50));
        Shape gone = shape(0, ShapeType.POINTS, m.person, 0, 900, 900);
        gone.setOutside(true);
        skeleton.getElements().add(gone);
        assertMatches("width == 20 and height == 40 and shape == \"skeleton\"", skeleton);
    }

    @Test
    void typeShapeIdsAndOcclusion() throws FilterSyntaxException {
        Shape box = shape(42, ShapeType.RECTANGLE, m.car, 3, 0, 0, 10, 10);
        box.setOccluded(true);
        assertMatches("type == \"shape\" and shape == \"rectangle\" and occluded == true", box);
        assertMatches("serverID == 42 and objectID == 42", box);
        assertNoMatch("not (occluded == true)", box);
        Tag tag = FilterModels.tag(7, m.person, 3);
        assertMatches("type == \"tag\" and shape is empty and width is empty and occluded == false", tag);
        assertNoMatch("width >= 0", tag);
        Track track = FilterModels.track(9, m.car, new float[] { 0, 0, 0, 10, 10, 0 });
        assertMatches("type == \"track\" and shape == \"rectangle\"", track, 5);
    }

    @Test
    void attributesCompareByTheirDeclaredType() throws FilterSyntaxException {
        // CVAT XML keeps every attribute as text: "12" must still be more than 9
        Shape car = with(with(with(shape(1, ShapeType.RECTANGLE, m.car, 0, 0, 0, 1, 1), m.speed, "12"), m.parked, "true"),
                m.plate, "AB-123");
        assertMatches("attr[\"speed\"] > 9 and attr.speed between 12 and 12 and attr[\"speed\"] in [11, 12]", car);
        assertMatches("attr[\"parked\"] == true and attr[\"parked\"] != false", car);
        assertMatches("attr[\"color\"] == \"red\"", car); // unset: the label's default
        assertMatches("attr.plate like \"B-1\" and attr.plate starts with \"AB\" and attr.plate ends with \"123\"", car);
        assertNoMatch("attr.plate like \"b-1\"", car); // case-sensitive, like CVAT
        assertMatches("attr.speed like \"2\"", car);
        assertMatches("attr[\"missing\"] is empty and attr[\"plate\"] is not empty", car);
        // Datumaro keeps types: a Long and a Boolean compare the same way
        Shape typed = with(with(shape(2, ShapeType.RECTANGLE, m.car, 0, 0, 0, 1, 1), m.speed, 12L), m.parked, Boolean.FALSE);
        assertMatches("attr[\"speed\"] == 12 and attr[\"parked\"] == false", typed);
        assertMatches("attr[\"plate\"] is empty", typed); // default "" is empty
    }

    @Test
    void labelScopedAttributesOnlyMatchThatLabel() throws FilterSyntaxException {
        Shape car = with(shape(1, ShapeType.RECTANGLE, m.car, 0, 0, 0, 1, 1), m.color, "blue");
        Shape person = with(shape(2, ShapeType.RECTANGLE, m.person, 0, 0, 0, 1, 1), m.personColor, "blue");
        assertMatches("attr[\"car\"][\"color\"] == \"blue\"", car);
        assertNoMatch("attr[\"car\"][\"color\"] == \"blue\"", person);
        assertMatches("attr[\"color\"] == \"blue\"", person);
        assertMatches("attr[\"person\"][\"color\"] in [\"blue\"]", person);
    }

    @Test
    void tracksAreSeenInTheirStateOnTheFrame() throws FilterSyntaxException {
        Track track = FilterModels.track(3, m.car, new float[] { 0, 0, 0, 10, 10, 0 }, new float[] { 10, 0, 0, 30, 30, 0 },
                new float[] { 20, 0, 0, 30, 30, 1 });
        track.getShapes().get(1).setOccluded(true);
        with(track, m.speed, "5");
        with(track.getShapes().get(1), m.speed, "50"); // a mutable attribute changed on a keyframe
        assertMatches("width == 20 and height == 20 and occluded == false and attr.speed == 5", track, 5);
        assertMatches("width == 30 and occluded == true and attr.speed == 50", track, 15);
        assertNull(AnnotationSubject.at(track, 20), "outside from frame 20");
        assertNull(AnnotationSubject.at(track, -1), "not begun");
        assertTrue(AnnotationSubject.isOn(track, 19));
        assertFalse(AnnotationSubject.isOn(track, 25));
    }

    /** A five-rule filter over 100k shapes; the count is checked against plain Java conditions. */
    @Test
    void countsMatchesOverHundredThousandShapes() throws FilterSyntaxException {
        List<Annotation> shapes = new ArrayList<>();
        int expected = 0;
        for (int i = 0; i < 100_000; i++) {
            boolean isCar = i % 3 != 0;
            float width = i % 200;
            float height = i % 150;
            boolean occluded = i % 7 == 0;
            String color = i % 5 == 0 ? "blue" : i % 5 == 1 ? "green" : "red";
            Shape shape = shape(i, ShapeType.RECTANGLE, isCar ? m.car : m.person, i % 1000, 0, 0, width, height);
            shape.setOccluded(occluded);
            with(shape, isCar ? m.color : m.personColor, color);
            shapes.add(shape);
            if (isCar && (width > 50 || color.equals("blue") || color.equals("green")) && !occluded && width > height
                    && i % 1000 <= 900) {
                expected++;
            }
        }
        Filter filter = Filter.parse("label == \"car\" and (width > 50 or attr[\"color\"] in [\"blue\", \"green\"]) "
                + "and not (occluded == true) and width > height and objectID >= 0");
        int frameLimit = 900;
        int count = 0;
        for (int run = 1; run <= 3; run++) { // the first run includes the JIT's warm-up
            long start = System.nanoTime();
            count = 0;
            for (Annotation annotation : shapes) {
                if (annotation.getFrame() <= frameLimit
                        && filter.test(AnnotationSubject.at(annotation, annotation.getFrame()))) {
                    count++;
                }
            }
            long micros = (System.nanoTime() - start) / 1000;
            System.out.println("filter: 100k shapes x 5 rules, run " + run + ": " + micros / 1000.0 + " ms, " + count
                    + " matches");
            assertEquals(expected, count);
        }
        assertTrue(count > 1000, "the generated data exercises the filter");
    }

    private static void assertMatches(String filter, Annotation annotation) throws FilterSyntaxException {
        assertMatches(filter, annotation, annotation.getFrame());
    }

    private static void assertMatches(String filter, Annotation annotation, int frame) throws FilterSyntaxException {
        AnnotationSubject subject = AnnotationSubject.at(annotation, frame);
        assertTrue(subject != null && Filter.parse(filter).test(subject), filter);
    }

    private static void assertNoMatch(String filter, Annotation annotation) throws FilterSyntaxException {
        assertFalse(Filter.parse(filter).test(AnnotationSubject.at(annotation, annotation.getFrame())), filter);
    }
}
