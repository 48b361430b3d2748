package io.annolab.ui.shapes.polyline.tests;

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

class PolylineToolTest {

    private final ShapeTool tool = ShapeTools.forType(ShapeType.POLYLINE).orElseThrow();
    /** An L: along the top, then down the right. */
    private final Shape corner = line(10, 10, 90, 10, 90, 90);

    @Test
    void theToolIsFoundThroughTheShapeToolExtensionPoint() {
        assertEquals("polyline", tool.id());
    }

    @Test
    void drawsLikeAPolygonButTwoPointsAreEnough() {
        Drawing drawing = tool.startDrawing(options(0));
        click(drawing, 10, 10, 0);
        drawing.finish();
        assertFalse(drawing.isComplete(), "one point is not a line");
        click(drawing, 40, 10, SWT.SHIFT);
        for (int y = 11; y <= 26; y++) {
            drawing.mouseMove(new PointerEvent(40, y, 0, SWT.SHIFT | SWT.BUTTON1, 0));
        }
        click(drawing, 99, 99, 0);
        assertTrue(drawing.undoLastPoint());
        drawing.finish();
        assertTrue(drawing.isComplete());
        assertEquals(ShapeType.POLYLINE, drawing.result().orElseThrow().type());
        assertEquals(Coordinates.of(10, 10, 40, 10, 40, 18, 40, 26), drawing.result().orElseThrow().points());
    }

    @Test
    void thePointLimitEndsTheLine() {
        Drawing drawing = tool.startDrawing(options(2));
        click(drawing, 10, 10, 0);
        click(drawing, 20, 20, 0);
        assertTrue(drawing.isComplete());
        assertEquals(Coordinates.of(10, 10, 20, 20), drawing.result().orElseThrow().points());
    }

    @Test
    void hitsNearASegmentButNotAcrossTheOpenSide() {
        assertTrue(tool.hits(corner, 50, 12, 3));
        assertTrue(tool.hits(corner, 88, 50, 3));
        assertFalse(tool.hits(corner, 50, 50, 3), "the line does not close: its inside is empty");
        assertFalse(tool.hits(corner, 50, 20, 3));
    }

    @Test
    void aPolylineKeepsTwoVertices() {
        assertEquals(Coordinates.of(10, 10, 90, 90), tool.deleteVertex(corner, 1).orElseThrow().points());
        assertTrue(tool.deleteVertex(line(0, 0, 5, 5), 0).isEmpty());
    }

    @Test
    void theEditorReplacesTheStretchBetweenTwoVertices() {
        Drawing editor = tool.startEditing(corner, options(0)).orElseThrow();
        click(editor, 90, 90, 0); // start at the end, redraw backwards
        click(editor, 50, 50, 0);
        click(editor, 10, 10, 0);
        assertTrue(editor.isComplete());
        assertEquals(Coordinates.of(10, 10, 50, 50, 90, 90), editor.result().orElseThrow().points());
    }

    @Test
    void theEditorStartedAtAnEndExtendsTheLineOnN() {
        Drawing editor = tool.startEditing(corner, options(0)).orElseThrow();
        click(editor, 90, 90, 0);
        click(editor, 50, 95, 0);
        editor.finish();
        assertEquals(Coordinates.of(10, 10, 90, 10, 90, 90, 50, 95), editor.result().orElseThrow().points());
    }

    @Test
    void rendersAnOpenLine() {
        Display display = Display.getDefault();
        Image image = new Image(display, 100, 100);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(0, 0, 100, 100);
            tool.render(gc, corner, new ViewTransform(1, 0, 0), ShapeStyle.of(0xFF0000).withFill(128));
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        assertEquals(new RGB(255, 0, 0), data.palette.getRGB(data.getPixel(50, 10)), "top segment");
        assertEquals(new RGB(255, 0, 0), data.palette.getRGB(data.getPixel(90, 50)), "right segment");
        assertEquals(new RGB(0, 0, 0), data.palette.getRGB(data.getPixel(50, 50)), "no closing line, no fill");
        assertEquals(new RGB(0, 0, 0), data.palette.getRGB(data.getPixel(60, 40)));
    }

    private static DrawingOptions options(int pointLimit) {
        return new DrawingOptions(null, null, pointLimit, List.of(), new ViewTransform(1, 0, 0), 100, 100);
    }

    private static void click(Drawing drawing, double x, double y, int modifiers) {
        drawing.mouseMove(new PointerEvent(x, y, 0, modifiers, 0));
        drawing.mouseDown(new PointerEvent(x, y, 1, modifiers, 1));
        drawing.mouseUp(new PointerEvent(x, y, 1, modifiers | SWT.BUTTON1, 1));
    }

    private static Shape line(double... xy) {
        Shape shape = ModelFactory.eINSTANCE.createShape();
        shape.setType(ShapeType.POLYLINE);
        shape.setPoints(Coordinates.of(xy));
        return shape;
    }
}
