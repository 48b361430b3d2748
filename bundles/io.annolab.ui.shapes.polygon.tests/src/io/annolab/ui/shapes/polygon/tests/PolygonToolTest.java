package io.annolab.ui.shapes.polygon.tests;

import static io.annolab.ui.shapes.polygon.tests.Gestures.shape;
import static io.annolab.ui.shapes.polygon.tests.Pixels.BLACK;
import static io.annolab.ui.shapes.polygon.tests.Pixels.RED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.Handle;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ShapeTools;
import io.annolab.ui.canvas.api.ViewTransform;

class PolygonToolTest {

    private final ShapeTool tool = ShapeTools.forType(ShapeType.POLYGON).orElseThrow();
    private final Shape triangle = shape(ShapeType.POLYGON, 10, 10, 30, 10, 10, 30);

    @Test
    void theToolIsFoundThroughTheShapeToolExtensionPoint() {
        assertEquals("polygon", tool.id());
        assertTrue(tool.methods().contains("autoborder"));
    }

    @Test
    void hitsInsideOrNearAnEdge() {
        assertTrue(tool.hits(triangle, 15, 15, 0), "inside");
        assertTrue(tool.hits(triangle, 20, 8, 3), "just above the top edge");
        assertFalse(tool.hits(triangle, 20, 8, 1), "beyond the tolerance");
        assertFalse(tool.hits(triangle, 25, 25, 2), "beside the slanted edge, outside");
        assertArrayEquals(new double[] { 10, 10, 30, 30 }, tool.bounds(triangle));
    }

    @Test
    void everyVertexIsAHandleAndAPolygonKeepsThreeVertices() {
        List<Handle> handles = tool.handles(triangle);
        assertEquals(3, handles.size());
        assertEquals(new Handle(1, Handle.Kind.VERTEX, 30, 10), handles.get(1));
        assertTrue(tool.deleteVertex(triangle, 0).isEmpty());
        Shape square = shape(ShapeType.POLYGON, 0, 0, 10, 0, 10, 10, 0, 10);
        assertEquals(Coordinates.of(0, 0, 10, 10, 0, 10), tool.deleteVertex(square, 1).orElseThrow().points());
    }

    @Test
    void rendersTheOutlineInViewCoordinatesFilledOnlyWhenAsked() {
        ViewTransform view = new ViewTransform(2, 5, 5); // image (10,10)-(30,30) at view (25,25)-(65,65)
        Pixels outline = Pixels.render(gc -> tool.render(gc, triangle, view, ShapeStyle.of(0xFF0000)));
        assertEquals(RED, outline.at(45, 25), "top edge");
        assertEquals(BLACK, outline.at(32, 32), "inside is not filled");
        assertEquals(BLACK, outline.at(60, 60), "beyond the slanted edge");
        Pixels filled = Pixels.render(gc -> tool.render(gc, triangle, view, ShapeStyle.of(0xFF0000).withFill(128)));
        assertNotEquals(BLACK, filled.at(32, 32), "a fill opacity fills the inside");
    }

    @Test
    void quarterTurnsMovePointsThroughTheView() {
        // A quarter turn clockwise of a 100×100 image: image (x, y) appears at view (100 - y, x).
        ViewTransform turned = new ViewTransform(1, 0, 0, 1, 100, 100);
        Shape topBar = shape(ShapeType.POLYGON, 10, 5, 90, 5, 90, 15, 10, 15);
        Pixels pixels = Pixels.render(gc -> tool.render(gc, topBar, turned, ShapeStyle.of(0xFF0000).withFill(255)));
        assertEquals(RED, pixels.at(90, 50), "the bar along the top now stands on the right");
        assertEquals(BLACK, pixels.at(50, 10));
    }

    @Test
    void aTinySimplifiedPolygonIsOneMarker() {
        Shape tiny = shape(ShapeType.POLYGON, 50, 50, 51, 50, 51, 51);
        ShapeStyle simplified = new ShapeStyle(0xFF0000, 0, 1, false, false, false, true);
        Pixels pixels = Pixels.render(gc -> tool.render(gc, tiny, new ViewTransform(1, 0, 0), simplified));
        assertEquals(RED, pixels.at(50, 50));
        assertEquals(BLACK, pixels.at(54, 50));
    }
}
