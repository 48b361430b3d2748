package io.annolab.ui.shapes.polygon.tests;

import static io.annolab.ui.shapes.polygon.tests.Gestures.click;
import static io.annolab.ui.shapes.polygon.tests.Gestures.move;
import static io.annolab.ui.shapes.polygon.tests.Gestures.options;
import static io.annolab.ui.shapes.polygon.tests.Gestures.points;
import static io.annolab.ui.shapes.polygon.tests.Gestures.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ShapeTools;
import io.annolab.ui.canvas.api.ViewTransform;

class PolygonDrawingTest {

    private final ShapeTool tool = ShapeTools.forType(ShapeType.POLYGON).orElseThrow();

    @Test
    void clicksPlacePointsAndFinishNeedsThree() {
        Drawing drawing = tool.startDrawing(options(null, 0, List.of()));
        click(drawing, 10, 10);
        click(drawing, 50, 10);
        drawing.finish();
        assertFalse(drawing.isComplete(), "two points are not a polygon");
        click(drawing, 50, 40);
        assertFalse(drawing.isComplete(), "without a point limit only N ends the drawing");
        drawing.finish();
        assertTrue(drawing.isComplete());
        assertEquals(Coordinates.of(10, 10, 50, 10, 50, 40), points(drawing));
        assertEquals(ShapeType.POLYGON, drawing.result().orElseThrow().type());
    }

    @Test
    void shiftMovesAddAPointEveryFewScreenPixelsWithTheButtonDownOrUp() {
        Drawing drawing = tool.startDrawing(options(null, 0, List.of()));
        click(drawing, 0, 0, SWT.SHIFT);
        for (int x = 1; x <= 40; x++) {
            move(drawing, x, 0, SWT.SHIFT | SWT.BUTTON1); // dragging
        }
        for (int y = 1; y <= 16; y++) {
            move(drawing, 40, y, SWT.SHIFT); // button up
        }
        for (int y = 17; y <= 60; y++) {
            move(drawing, 40, y, 0); // without Shift the cursor only moves
        }
        drawing.finish();
        // every 8 pixels: 8, 16, 24, 32, 40 along x, then 8 and 16 down
        assertEquals(Coordinates.of(0, 0, 8, 0, 16, 0, 24, 0, 32, 0, 40, 0, 40, 8, 40, 16), points(drawing));
    }

    @Test
    void rightClickTakesBackThePreviousPoint() {
        Drawing drawing = tool.startDrawing(options(null, 0, List.of()));
        click(drawing, 10, 10);
        click(drawing, 50, 10);
        click(drawing, 99, 99);
        assertTrue(drawing.undoLastPoint());
        click(drawing, 50, 40);
        drawing.finish();
        assertEquals(Coordinates.of(10, 10, 50, 10, 50, 40), points(drawing));
        assertFalse(drawing.undoLastPoint(), "a finished drawing keeps its points");
    }

    @Test
    void thePointLimitEndsTheDrawingByItself() {
        Drawing drawing = tool.startDrawing(options(null, 4, List.of()));
        click(drawing, 0, 0);
        click(drawing, 10, 0);
        click(drawing, 10, 10);
        assertFalse(drawing.isComplete());
        click(drawing, 0, 10);
        assertTrue(drawing.isComplete());
        assertEquals(4, points(drawing).pointCount());
    }

    @Test
    void thePreviewRunsARubberBandToTheCursorAndClosesBackToTheStart() {
        Drawing drawing = tool.startDrawing(options(null, 0, List.of()));
        click(drawing, 10, 10);
        click(drawing, 50, 10);
        move(drawing, 50, 50, 0);
        Pixels pixels = Pixels.render(gc -> drawing.renderPreview(gc, new ViewTransform(1, 0, 0), ShapeStyle.of(0xFF0000)));
        assertEquals(Pixels.RED, pixels.at(30, 10), "the placed edge");
        assertEquals(Pixels.RED, pixels.at(50, 30), "the rubber band to the cursor");
        assertEquals(Pixels.RED, pixels.at(30, 30), "the closing edge");
        assertEquals(Pixels.BLACK, pixels.at(40, 20), "no fill without fill opacity");
        assertEquals(Pixels.BLACK, pixels.at(70, 70));
    }

    /** A square on the left with a vertex in the middle of its right edge; the new polygon borders it on the right. */
    private static final double[] NEIGHBOUR = { 0, 0, 100, 0, 100, 50, 100, 100, 0, 100 };

    @Test
    void ctrlClicksOnTwoVerticesOfANeighbourCopyItsOutlineTheShorterWayRound() {
        Drawing drawing = tool.startDrawing(options(null, 0, List.of(shape(ShapeType.POLYGON, NEIGHBOUR))));
        click(drawing, 101, 2, SWT.CTRL); // snaps to the neighbour's corner (100, 0)
        click(drawing, 99, 98, SWT.CTRL); // (100, 100): the stretch through (100, 50) is copied
        click(drawing, 200, 100);
        click(drawing, 200, 0);
        drawing.finish();
        assertEquals(Coordinates.of(100, 0, 100, 50, 100, 100, 200, 100, 200, 0), points(drawing));
    }

    @Test
    void theAutoborderMethodSnapsWithoutCtrlAndUndoTakesBackTheWholeCopiedStretch() {
        Drawing drawing = tool.startDrawing(options("autoborder", 0, List.of(shape(ShapeType.POLYGON, NEIGHBOUR))));
        click(drawing, 100, 0);
        click(drawing, 100, 100);
        assertTrue(drawing.undoLastPoint());
        click(drawing, 200, 100);
        click(drawing, 200, 0);
        drawing.finish();
        assertEquals(Coordinates.of(100, 0, 200, 100, 200, 0), points(drawing));
    }

    @Test
    void clicksAwayFromOtherShapesArePlainPointsEvenWithCtrl() {
        Drawing drawing = tool.startDrawing(options(null, 0, List.of(shape(ShapeType.POLYGON, NEIGHBOUR))));
        click(drawing, 150, 150, SWT.CTRL);
        click(drawing, 250, 150, SWT.CTRL);
        click(drawing, 250, 250, SWT.CTRL);
        drawing.finish();
        assertEquals(Coordinates.of(150, 150, 250, 150, 250, 250), points(drawing));
    }
}
