package io.annolab.ui.shapes.points.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.DrawingOptions;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ShapeTools;
import io.annolab.ui.canvas.api.ViewTransform;

class PointsToolTest {

    private final ShapeTool tool = ShapeTools.forType(ShapeType.POINTS).orElseThrow();
    private final Shape pair = points(20, 50, 80, 50);

    @Test
    void theToolIsFoundThroughTheShapeToolExtensionPoint() {
        assertEquals("points", tool.id());
    }

    @Test
    void everyClickAddsAPointAndOneIsEnoughToFinish() {
        Drawing drawing = tool.startDrawing(options(0));
        drawing.finish();
        assertFalse(drawing.isComplete());
        click(drawing, 5, 5);
        click(drawing, 6, 30);
        assertTrue(drawing.undoLastPoint());
        assertFalse(drawing.isComplete());
        drawing.finish();
        assertEquals(Coordinates.of(5, 5), drawing.result().orElseThrow().points());
    }

    @Test
    void thePointLimitEndsTheDrawing() {
        Drawing drawing = tool.startDrawing(options(3));
        click(drawing, 1, 1);
        click(drawing, 2, 2);
        assertFalse(drawing.isComplete());
        click(drawing, 3, 3);
        assertTrue(drawing.isComplete());
        assertEquals(Coordinates.of(1, 1, 2, 2, 3, 3), drawing.result().orElseThrow().points());
    }

    @Test
    void ctrlDoesNotBorderPoints() {
        List<Shape> frame = List.of(points(10, 10));
        Drawing drawing = tool.startDrawing(new DrawingOptions(null, null, 0, frame, new ViewTransform(1, 0, 0), 100, 100));
        drawing.mouseDown(new PointerEvent(12, 11, 1, SWT.CTRL, 1));
        drawing.finish();
        assertEquals(Coordinates.of(12, 11), drawing.result().orElseThrow().points());
    }

    @Test
    void hitsNearAPointOnlyAndKeepsOnePoint() {
        assertTrue(tool.hits(pair, 21, 51, 3));
        assertFalse(tool.hits(pair, 50, 50, 3), "points are not joined");
        assertEquals(Coordinates.of(80, 50), tool.deleteVertex(pair, 0).orElseThrow().points());
        assertTrue(tool.deleteVertex(points(1, 1), 0).isEmpty());
        assertEquals(2, tool.handles(pair).size());
    }

    @Test
    void theEditorAddsPointsToTheShape() {
        Drawing editor = tool.startEditing(pair, options(0)).orElseThrow();
        assertFalse(editor.undoLastPoint(), "the shape's own points are not undone");
        click(editor, 50, 90);
        editor.finish();
        assertEquals(Coordinates.of(20, 50, 80, 50, 50, 90), editor.result().orElseThrow().points());
    }

    @Test
    void rendersMarkersWithoutLines() {
        Display display = Display.getDefault();
        Image image = new Image(display, 100, 100);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(0, 0, 100, 100);
            tool.render(gc, pair, new ViewTransform(1, 0, 0), ShapeStyle.of(0xFF0000));
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        assertEquals(new RGB(255, 0, 0), data.palette.getRGB(data.getPixel(20, 50)));
        assertEquals(new RGB(255, 0, 0), data.palette.getRGB(data.getPixel(81, 51)), "a marker is a few pixels wide");
        assertEquals(new RGB(0, 0, 0), data.palette.getRGB(data.getPixel(50, 50)), "no line between the points");
    }

    private static DrawingOptions options(int pointLimit) {
        return new DrawingOptions(null, null, pointLimit, List.of(), new ViewTransform(1, 0, 0), 100, 100);
    }

    private static void click(Drawing drawing, double x, double y) {
        drawing.mouseMove(new PointerEvent(x, y, 0, 0, 0));
        drawing.mouseDown(new PointerEvent(x, y, 1, 0, 1));
        drawing.mouseUp(new PointerEvent(x, y, 1, SWT.BUTTON1, 1));
    }

    private static Shape points(double... xy) {
        Shape shape = ModelFactory.eINSTANCE.createShape();
        shape.setType(ShapeType.POINTS);
        shape.setPoints(Coordinates.of(xy));
        return shape;
    }
}
