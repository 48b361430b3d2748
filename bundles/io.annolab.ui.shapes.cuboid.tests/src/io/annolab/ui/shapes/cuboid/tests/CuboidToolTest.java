package io.annolab.ui.shapes.cuboid.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.DrawingOptions;
import io.annolab.ui.canvas.api.Handle;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ShapeTools;
import io.annolab.ui.canvas.api.ViewTransform;
import io.annolab.ui.shapes.cuboid.Cuboid;
import io.annolab.ui.shapes.cuboid.CuboidTool;

class CuboidToolTest {

    private final ShapeTool tool = ShapeTools.forType(ShapeType.CUBOID).orElseThrow();

    @Test
    void theToolIsFoundThroughTheShapeToolExtensionPoint() {
        assertInstanceOf(CuboidTool.class, tool);
        assertEquals(List.of("from-rectangle", "by4"), tool.methods());
    }

    @Test
    void fromRectangleDrawsTheFrontFaceAndPutsTheBackFaceUpAndRight() {
        Drawing drawing = tool.startDrawing(options("from-rectangle"));
        drawing.mouseDown(press(10, 20));
        drawing.mouseMove(new PointerEvent(60, 60, 0, SWT.BUTTON1, 0));
        drawing.mouseUp(new PointerEvent(50, 60, 1, SWT.BUTTON1, 1));
        assertTrue(drawing.isComplete());
        // front 10,20–50,60 (40×40); back moved by a quarter: +10 right, −10 up. CVAT order tl, bl, tr, br per face.
        assertEquals(Coordinates.of(10f, 20, 10, 60, 50, 20, 50, 60, 20, 10, 20, 50, 60, 10, 60, 50),
                drawing.result().orElseThrow().points());
    }

    @Test
    void byFourPointsCompletesOnTheFourthClick() {
        Drawing drawing = tool.startDrawing(options("by4"));
        // bottom edge from (50,100) to (10,90) (right to left, sloped), height up to y=40, back corner of (10,40) at (30,30)
        drawing.mouseDown(press(50, 100));
        drawing.mouseDown(press(10, 90));
        assertFalse(drawing.isComplete());
        drawing.mouseDown(press(12, 40));
        assertTrue(drawing.result().isEmpty(), "three points make no cuboid");
        drawing.mouseDown(press(30, 30));
        assertTrue(drawing.isComplete());
        Coordinates p = drawing.result().orElseThrow().points();
        // front: left edge x=10 from 40 to 90, right edge x=50 from 50 to 100; back = front + (20, -10)
        assertEquals(Coordinates.of(10f, 40, 10, 90, 50, 50, 50, 100, 30, 30, 30, 80, 70, 40, 70, 90), p);
        for (int top = 0; top < 8; top += 2) {
            assertEquals(p.x(top), p.x(top + 1), "vertical edge " + top / 2 + " stays vertical");
        }
    }

    @Test
    void rightClickTakesBackTheLastPoint() {
        Drawing drawing = tool.startDrawing(options("by4"));
        drawing.mouseDown(press(0, 0));
        drawing.mouseDown(press(40, 0));
        assertTrue(drawing.undoLastPoint());
        drawing.mouseDown(press(20, 0));
        drawing.mouseDown(press(20, -30));
        drawing.mouseDown(press(30, -40));
        assertEquals(20, drawing.result().orElseThrow().points().x(Cuboid.TR1));
    }

    @Test
    void vertexDragsKeepEdgesVerticalAndEdgeHandlesExtendTheFace() {
        Shape cuboid = cuboid(Cuboid.fromFrontBox(10, 20, 50, 60));
        List<Handle> handles = tool.handles(cuboid);
        assertEquals(14, handles.size());
        Handle topLeft = handles.get(Cuboid.TL1);
        assertEquals(Handle.Kind.VERTEX, topLeft.kind());

        Coordinates moved = tool.dragHandle(cuboid, topLeft, press(5, 15)).points();
        assertEquals(5, moved.x(Cuboid.TL1));
        assertEquals(15, moved.y(Cuboid.TL1));
        assertEquals(5, moved.x(Cuboid.BL1), "the bottom of the edge follows sideways");
        assertEquals(60, moved.y(Cuboid.BL1), "but keeps its height");

        Handle frontRight = handles.stream().filter(h -> h.kind() == Handle.Kind.EDGE && h.x() == 50).findFirst().orElseThrow();
        Coordinates extended = tool.dragHandle(cuboid, frontRight, press(70, 0)).points();
        assertEquals(70, extended.x(Cuboid.TR1));
        assertEquals(70, extended.x(Cuboid.BR1));
        assertEquals(20, extended.y(Cuboid.TR1), "an edge handle moves the edge sideways only");
    }

    @Test
    void shiftDragOnABackCornerChangesThePerspective() {
        Shape cuboid = cuboid(Cuboid.fromFrontBox(10, 20, 50, 60)); // back face 20,10–60,50
        Handle backBottomRight = tool.handles(cuboid).get(Cuboid.BR2);
        Coordinates p = tool.dragHandle(cuboid, backBottomRight, new PointerEvent(40, 30, 1, SWT.SHIFT | SWT.BUTTON1, 0)).points();
        // the back face shrinks about its top-left corner (20,10): 20×20 instead of 40×40
        assertEquals(Coordinates.of(10f, 20, 10, 60, 50, 20, 50, 60, 20, 10, 20, 30, 40, 10, 40, 30), p);
        Coordinates reset = ((CuboidTool) tool).resetPerspective(cuboid(p)).points();
        assertArrayEquals(new float[] { 10, 20, 10, 60, 50, 20, 50, 60, 10, 0, 10, 40, 50, 0, 50, 40 }, reset.toArray(),
                "the back face is again a copy of the front, centred where the back face was (30,20)");
    }

    @Test
    void hitsInsideTheHullAndTranslateMovesEveryCorner() {
        Shape cuboid = cuboid(Cuboid.fromFrontBox(10, 20, 50, 60));
        assertTrue(tool.hits(cuboid, 30, 40, 0), "inside the front face");
        assertTrue(tool.hits(cuboid, 55, 30, 0), "on the side face, outside the front face");
        assertFalse(tool.hits(cuboid, 12, 12, 0), "the empty corner left of the back face's top edge");
        assertTrue(tool.hits(cuboid, 9, 40, 1.5), "within the tolerance of the outline");
        assertArrayEquals(new double[] { 10, 10, 60, 60 }, tool.bounds(cuboid));
        Coordinates moved = tool.translate(cuboid, 5, -5).points();
        assertEquals(cuboid.getPoints().translate(5, -5), moved);
    }

    @Test
    void rendersTheFrontFaceStrongerThanTheBackFace() {
        Display display = Display.getDefault();
        Image image = new Image(display, 140, 140);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(0, 0, 140, 140);
            tool.render(gc, cuboid(Cuboid.fromFrontBox(10, 20, 50, 60)), new ViewTransform(2, 5, 5), ShapeStyle.of(0x00FF00));
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        RGB green = new RGB(0, 255, 0), black = new RGB(0, 0, 0);
        // front left edge at view x = 25, from y = 45 to 125; back left edge at x = 45, y = 25..105
        assertEquals(green, rgb(data, 25, 85), "front face edge");
        assertEquals(green, rgb(data, 45, 35), "back face edge");
        assertEquals(black, rgb(data, 65, 15), "outside");
        int frontWidth = runLength(data, 85, 20), backWidth = runLength(data, 35, 40);
        assertTrue(frontWidth > backWidth, "front edge " + frontWidth + " px wide, back edge " + backWidth);
    }

    private static int runLength(ImageData data, int y, int fromX) {
        int width = 0;
        for (int x = fromX; x < fromX + 12; x++) {
            if (rgb(data, x, y).equals(new RGB(0, 255, 0))) {
                width++;
            }
        }
        return width;
    }

    private static RGB rgb(ImageData data, int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }

    private static PointerEvent press(double x, double y) {
        return new PointerEvent(x, y, 1, 0, 1);
    }

    private static DrawingOptions options(String method) {
        return new DrawingOptions(null, method, 0, List.of(), null, 200, 200);
    }

    private static Shape cuboid(Coordinates points) {
        Shape shape = io.annolab.model.ModelFactory.eINSTANCE.createShape();
        shape.setType(ShapeType.CUBOID);
        shape.setPoints(points);
        return shape;
    }
}
