package io.annolab.ui.shapes.polygon.tests;

import static io.annolab.ui.shapes.polygon.tests.Gestures.click;
import static io.annolab.ui.shapes.polygon.tests.Gestures.options;
import static io.annolab.ui.shapes.polygon.tests.Gestures.points;
import static io.annolab.ui.shapes.polygon.tests.Gestures.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ShapeTools;
import io.annolab.ui.shapes.polygon.PolygonSlicer;

class PolygonEditingTest {

    private final ShapeTool tool = ShapeTools.forType(ShapeType.POLYGON).orElseThrow();

    /** A 100 square with a vertex in the middle of every side, clockwise from the top left. */
    private final Shape square = shape(ShapeType.POLYGON, 0, 0, 50, 0, 100, 0, 100, 50, 100, 100, 50, 100, 0, 100, 0, 50);

    @Test
    void closingANewStretchOnAnotherVertexCutsTheSmallerCorner() {
        Drawing editor = tool.startEditing(square, options(null, 0, List.of())).orElseThrow();
        click(editor, 51, 1); // start at (50, 0)
        click(editor, 60, 40);
        assertFalse(editor.isComplete());
        click(editor, 99, 51); // close on (100, 50): the corner (100, 0) loses fewer points and less outline
        assertTrue(editor.isComplete());
        assertEquals(Coordinates.of(50, 0, 60, 40, 100, 50, 100, 100, 50, 100, 0, 100, 0, 50, 0, 0), points(editor));
    }

    @Test
    void whenTheCriteriaDisagreeTheLargerPartIsKept() {
        // A tall spike (one point, long outline) above a flat strip (three points, short outline).
        Shape spiked = shape(ShapeType.POLYGON, 0, 0, 50, -100, 100, 0, 100, 10, 50, 10, 0, 10);
        Drawing editor = tool.startEditing(spiked, options(null, 0, List.of())).orElseThrow();
        click(editor, 0, 0);
        click(editor, 100, 0);
        assertEquals(Coordinates.of(0, 0, 100, 0, 50, -100), points(editor), "the spike has 5000 px², the strip 1000 px²");
    }

    @Test
    void undoInTheEditorTakesBackAPointThenTheStartAndNWithoutClosingChangesNothing() {
        Drawing editor = tool.startEditing(square, options(null, 0, List.of())).orElseThrow();
        click(editor, 50, 0);
        click(editor, 60, 40);
        assertTrue(editor.undoLastPoint());
        assertTrue(editor.undoLastPoint());
        assertFalse(editor.undoLastPoint());
        click(editor, 30, 30); // not a vertex: the editor still waits for one to start from
        click(editor, 100, 0);
        click(editor, 40, 40);
        editor.finish();
        assertTrue(editor.isComplete());
        assertTrue(editor.result().isEmpty());
    }

    @Test
    void ctrlInTheEditorCopiesANeighboursOutline() {
        Shape neighbour = shape(ShapeType.POLYGON, 0, 0, 100, 0, 100, 50, 100, 100, 0, 100);
        Shape rough = shape(ShapeType.POLYGON, 110, 0, 200, 0, 200, 100, 110, 100);
        Drawing editor = tool.startEditing(rough, options(null, 0, List.of(neighbour, rough))).orElseThrow();
        click(editor, 110, 0);
        click(editor, 101, 1, SWT.CTRL); // the neighbour's corner (100, 0)
        click(editor, 101, 99, SWT.CTRL); // its corner (100, 100): the edge through (100, 50) is copied
        click(editor, 110, 100); // close on the edited polygon's own vertex
        assertEquals(Coordinates.of(110, 0, 100, 0, 100, 50, 100, 100, 110, 100, 200, 100, 200, 0), points(editor));
    }

    @Test
    void aStraightCutSlicesASquareIntoTwoHalves() {
        List<Coordinates> parts = PolygonSlicer.slice(Coordinates.of(0, 0, 100, 0, 100, 100, 0, 100), Coordinates.of(50, -10, 50, 110));
        assertEquals(2, parts.size());
        assertEquals(5000, area(parts.get(0)), 1e-6);
        assertEquals(5000, area(parts.get(1)), 1e-6);
        assertTrue(parts.stream().allMatch(p -> p.pointCount() == 4));
    }

    @Test
    void aBentCutStartingOnTheContourKeepsItsInnerPointsInBothParts() {
        List<Coordinates> parts = PolygonSlicer.slice(Coordinates.of(0, 0, 100, 0, 100, 100, 0, 100),
                Coordinates.of(0, 50, 50, 30, 100, 50));
        assertEquals(2, parts.size());
        assertEquals(10000, area(parts.get(0)) + area(parts.get(1)), 1e-6);
        assertEquals(100 * 50 - 50 * 20 / 2.0 * 2, Math.min(area(parts.get(0)), area(parts.get(1))), 1e-6);
        assertTrue(parts.stream().allMatch(p -> contains(p, 50, 30)));
    }

    @Test
    void aCutBreakingTheRulesGivesNothing() {
        Coordinates square = Coordinates.of(0, 0, 100, 0, 100, 100, 0, 100);
        assertTrue(PolygonSlicer.slice(square, Coordinates.of(50, -10, 50, 50)).isEmpty(), "one crossing only");
        assertTrue(PolygonSlicer.slice(square, Coordinates.of(20, -10, 20, 110, 80, 110, 80, -10)).isEmpty(), "four crossings");
        assertTrue(PolygonSlicer.slice(square, Coordinates.of(-10, 20, 60, 20, 60, 80, 40, 10, 40, 110)).isEmpty(), "crosses itself");
        assertTrue(PolygonSlicer.slice(Coordinates.of(0, 0, 100, 0, 100, 100, 50, 10, 0, 100), Coordinates.of(-10, 50, 110, 50)).isEmpty(),
                "four crossings through a notch");
    }

    private static double area(Coordinates polygon) {
        double twice = 0;
        for (int i = 0, j = polygon.pointCount() - 1; i < polygon.pointCount(); j = i++) {
            twice += polygon.x(j) * polygon.y(i) - polygon.x(i) * polygon.y(j);
        }
        return Math.abs(twice) / 2;
    }

    private static boolean contains(Coordinates polygon, double x, double y) {
        for (int i = 0; i < polygon.pointCount(); i++) {
            if (polygon.x(i) == x && polygon.y(i) == y) {
                return true;
            }
        }
        return false;
    }
}
