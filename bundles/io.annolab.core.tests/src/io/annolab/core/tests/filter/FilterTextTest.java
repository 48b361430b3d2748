package io.annolab.core.tests.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.annolab.core.api.filter.AnnotationSubject;
import io.annolab.core.api.filter.Filter;
import io.annolab.core.api.filter.FilterSyntaxException;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;

/** The filter text: every operator, precedence, canonical text and errors that name the column. */
class FilterTextTest {

    /** Input and its canonical text. */
    static final List<String[]> CANONICAL = List.of(
            new String[] { "label == \"car\"", "label == \"car\"" },
            new String[] { "LABEL != \"car\"", "label != \"car\"" },
            new String[] { "width > 50", "width > 50" },
            new String[] { "width>=50.5", "width >= 50.5" },
            new String[] { "height < 10", "height < 10" },
            new String[] { "Height <= -3", "height <= -3" },
            new String[] { "label in [\"car\",\"person\"]", "label in [\"car\", \"person\"]" },
            new String[] { "label NOT IN [\"car\"]", "label not in [\"car\"]" },
            new String[] { "attr[\"plate\"] is empty", "attr[\"plate\"] is empty" },
            new String[] { "attr.plate is not empty", "attr[\"plate\"] is not empty" },
            new String[] { "width between 10 and 20", "width between 10 and 20" },
            new String[] { "width not between 10 and 20", "width not between 10 and 20" },
            new String[] { "label like \"ar\"", "label like \"ar\"" },
            new String[] { "label starts with \"c\"", "label starts with \"c\"" },
            new String[] { "label Ends With \"r\"", "label ends with \"r\"" },
            new String[] { "width > height", "width > height" },
            new String[] { "width between height and 100", "width between height and 100" },
            new String[] { "attr.car.color == \"red\"", "attr[\"car\"][\"color\"] == \"red\"" },
            new String[] { "attr[\"my label\"][\"is parked\"] == true", "attr[\"my label\"][\"is parked\"] == true" },
            new String[] { "occluded == TRUE", "occluded == true" },
            new String[] { "serverid == 5 and ObjectID != 6", "serverID == 5 and objectID != 6" },
            new String[] { "type in [\"shape\", \"track\"] and shape == \"cuboid_3d\"",
                    "type in [\"shape\", \"track\"] and shape == \"cuboid_3d\"" },
            new String[] { "not (occluded == true)", "not (occluded == true)" },
            new String[] { "not (label in [\"a\"])", "label not in [\"a\"]" },
            new String[] { "not not (width > 1)", "not (not (width > 1))" },
            new String[] { "label == \"a\" or label == \"b\" and width > 3",
                    "label == \"a\" or label == \"b\" and width > 3" },
            new String[] { "(label == \"a\" or label == \"b\") and width > 3",
                    "(label == \"a\" or label == \"b\") and width > 3" },
            new String[] { "((label == \"car\"))", "label == \"car\"" },
            new String[] { "attr[\"plate\"] == \"a \\\"b\\\" \\\\ c\"", "attr[\"plate\"] == \"a \\\"b\\\" \\\\ c\"" },
            new String[] { "label == \"car\" and (width > 50 or attr[\"color\"] in [\"red\",\"blue\"]) and not (occluded == true)",
                    "label == \"car\" and (width > 50 or attr[\"color\"] in [\"red\", \"blue\"]) and not (occluded == true)" });

    private final FilterModels models = new FilterModels();

    @Test
    void everyOperatorReadsBackToItsCanonicalText() throws FilterSyntaxException {
        for (String[] pair : CANONICAL) {
            Filter filter = Filter.parse(pair[0]);
            assertEquals(pair[1], filter.toText(), pair[0]);
            assertEquals(filter, Filter.parse(filter.toText()), "canonical text parses to the same filter: " + pair[1]);
        }
    }

    @Test
    void blankTextMatchesEverything() throws FilterSyntaxException {
        assertSame(Filter.ALL, Filter.parse("   "));
        assertSame(Filter.ALL, Filter.parse(null));
        assertTrue(Filter.ALL.matchesAll());
        assertTrue(Filter.ALL.test(subject(box(1, 10, 10))));
    }

    @Test
    void andBindsTighterThanOrAndNotTighterThanAnd() throws FilterSyntaxException {
        AnnotationSubject car = subject(box(1, 100, 40));
        // or(car, and(person, wide)): a car matches; read the other way round it would not
        assertTrue(matches("label == \"car\" or label == \"person\" and width > 500", car));
        assertFalse(matches("(label == \"car\" or label == \"person\") and width > 500", car));
        // and(not person, wide): false; not(and(person, wide)) would be true
        assertFalse(matches("not label == \"person\" and width > 500", car));
        assertTrue(matches("not (label == \"person\" and width > 500)", car));
        assertTrue(matches("label == \"car\" AND Width > 50 OR label == \"x\"", car));
    }

    @Test
    void fieldsCompareWithFieldsOfTheSameObject() throws FilterSyntaxException {
        assertTrue(matches("width > height", subject(box(1, 100, 40))));
        assertFalse(matches("width > height", subject(box(1, 40, 100))));
        assertTrue(matches("serverID == objectID", subject(box(7, 1, 1))));
    }

    @Test
    void errorsNameWhatIsWrongAndTheColumn() {
        assertError("label == \"car\" and width ==", "Filter: expected a value after '==' at column 28", 28);
        assertError("label == \"car\" and width == and", "Filter: expected a value after '==' at column 29", 29);
        assertError("label = \"car\"", "Filter: use '==' instead of '=' at column 7", 7);
        assertError("label ! \"car\"", "Filter: use '!=' or not (...) instead of '!' at column 7", 7);
        assertError("colour == \"red\"", "Filter: unknown property 'colour' at column 1; use label, type, shape, occluded, "
                + "width, height, serverID, objectID, or attr[\"name\"]", 1);
        assertError("label \"car\"", "Filter: expected an operator (==, !=, >, >=, <, <=, in, not in, is empty, "
                + "is not empty, between, not between, like, starts with, ends with) after label at column 7", 7);
        assertError("(label == \"car\"", "Filter: missing ')' for the '(' at column 1; found the end at column 16", 16);
        assertError("label == \"car\")", "Filter: ')' at column 15 closes no '('", 15);
        assertError("label == \"car\" width > 3",
                "Filter: unexpected 'width' at column 16; join rules with and / or", 16);
        assertError("label == \"car", "Filter: the text starting at column 10 has no closing '\"'", 10);
        assertError("type == \"box\"", "Filter: type is one of shape, track, tag, not \"box\" (near column 6)", 6);
        assertError("width > \"wide\"", "Filter: width is a number, not \"wide\" (near column 7)", 7);
        assertError("occluded == 1", "Filter: occluded is true or false, not 1 (near column 10)", 10);
        assertError("label in \"car\"", "Filter: expected '[' after 'in' at column 10", 10);
        assertError("label in [\"car\" \"bus\"]", "Filter: expected ',' or ']' in the list at column 17", 17);
        assertError("label in []", "Filter: expected a value in the list at column 11", 11);
        assertError("width between 1 or 3", "Filter: expected 'and' between the two values of 'between' at column 17", 17);
        assertError("label is full", "Filter: expected 'empty' after 'is' at column 10", 10);
        assertError("label not like \"a\"", "Filter: expected 'in' or 'between' after 'not' at column 11", 11);
        assertError("label starts \"c\"", "Filter: expected 'with' after 'starts' at column 14", 14);
        assertError("attr == \"x\"", "Filter: expected [\"name\"] after attr at column 6", 6);
        assertError("label == \"a\" and", "Filter: expected a property (label, type, shape, occluded, width, height, "
                + "serverID, objectID, or attr[\"name\"]) at column 17", 17);
        assertError("label == car", "Filter: 'car' at column 10 is no property; write text values in double quotes: \"car\"", 10);
        assertError("width > 5 # note", "Filter: unexpected character '#' at column 11", 11);
    }

    private static void assertError(String text, String message, int column) {
        FilterSyntaxException error = assertThrows(FilterSyntaxException.class, () -> Filter.parse(text), text);
        assertEquals(message, error.getMessage(), text);
        assertEquals(column, error.column(), text);
    }

    private Shape box(long id, float width, float height) {
        return FilterModels.shape(id, ShapeType.RECTANGLE, models.car, 0, 0, 0, width, height);
    }

    static AnnotationSubject subject(Shape shape) {
        return AnnotationSubject.at(shape, shape.getFrame());
    }

    static boolean matches(String filter, AnnotationSubject subject) throws FilterSyntaxException {
        return Filter.parse(filter).test(subject);
    }
}
