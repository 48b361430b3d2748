package io.annolab.ui.shapes.ellipse.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import io.annolab.ui.canvas.api.Handle;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ShapeTools;
import io.annolab.ui.canvas.api.ViewTransform;

class EllipseToolTest {

    private final ShapeTool tool = ShapeTools.forType(ShapeType.ELLIPSE).orElseThrow();

    @Test
    void theToolIsFoundThroughTheShapeToolExtensionPoint() {
        assertEquals("ellipse", tool.id());
    }

    @Test
    void clickClickDrawsTheEllipseInscribedInTheBox() {
        Drawing drawing = tool.startDrawing(options());
        drawing.mouseDown(new PointerEvent(60, 40, 1, 0, 1));
        drawing.mouseUp(new PointerEvent(60, 40, 1, SWT.BUTTON1, 1));
        drawing.mouseMove(new PointerEvent(30, 70, 0, 0, 0));
        assertFalse(drawing.isComplete());
        drawing.mouseDown(new PointerEvent(20, 80, 1, 0, 1));
        assertTrue(drawing.isComplete());
        assertEquals(ShapeGeometry.of(ShapeType.ELLIPSE, Coordinates.of(40, 60, 20, 20)), drawing.result().orElseThrow());
    }

    @Test
    void pressDragReleaseDrawsInOneGestureAndRightClickForgetsTheFirstCorner() {
        Drawing drawing = tool.startDrawing(options());
        drawing.mouseDown(new PointerEvent(0, 0, 1, 0, 1));
        assertTrue(drawing.undoLastPoint());
        drawing.mouseDown(new PointerEvent(10, 10, 1, 0, 1));
        drawing.mouseMove(new PointerEvent(30, 20, 0, SWT.BUTTON1, 0));
        drawing.mouseUp(new PointerEvent(50, 30, 1, SWT.BUTTON1, 1));
        assertEquals(Coordinates.of(30, 20, 20, 10), drawing.result().orElseThrow().points());
    }

    @Test
    void hitsAndBoundsFollowTheRotation() {
        Shape wide = ellipse(50, 50, 40, 10, 0);
        assertTrue(tool.hits(wide, 85, 50, 0));
        assertFalse(tool.hits(wide, 50, 85, 0));
        assertFalse(tool.hits(wide, 85, 58, 0), "inside the box, outside the ellipse");
        assertTrue(tool.hits(wide, 50, 62, 3), "near the border");
        assertArrayEquals(new double[] { 10, 40, 90, 60 }, tool.bounds(wide), 1e-4);
        Shape tall = ellipse(50, 50, 40, 10, 90);
        assertFalse(tool.hits(tall, 85, 50, 0));
        assertTrue(tool.hits(tall, 50, 85, 0));
        assertArrayEquals(new double[] { 40, 10, 60, 90 }, tool.bounds(tall), 1e-4);
        double[] diagonal = tool.bounds(ellipse(0, 0, 10, 10, 45));
        assertArrayEquals(new double[] { -10, -10, 10, 10 }, diagonal, 1e-4, "a circle's bounds do not grow when turned");
    }

    @Test
    void cornerHandlesResizeAndTheKnobRotatesSnappingWithShift() {
        Shape shape = ellipse(50, 50, 20, 10, 0);
        List<Handle> handles = tool.handles(shape);
        assertEquals(5, handles.size());
        assertEquals(new Handle(0, Handle.Kind.CORNER, 30, 40), rounded(handles.get(0)));
        assertEquals(new Handle(2, Handle.Kind.CORNER, 70, 60), rounded(handles.get(2)));
        assertEquals(Handle.Kind.ROTATION, handles.get(4).kind());
        assertTrue(handles.get(4).y() < 40, "the knob sits above the top");

        ShapeGeometry resized = tool.dragHandle(shape, handles.get(2), new PointerEvent(90, 80, 1, SWT.BUTTON1, 0));
        assertEquals(Coordinates.of(60, 60, 30, 20), resized.points(), "the opposite corner (30, 40) stays");

        ShapeGeometry free = tool.dragHandle(shape, handles.get(4), new PointerEvent(60, 40, 1, SWT.BUTTON1, 0));
        assertEquals(45, free.rotation(), 1e-3);
        ShapeGeometry snapped = tool.dragHandle(shape, handles.get(4), new PointerEvent(60, 30, 1, SWT.BUTTON1 | SWT.SHIFT, 0));
        assertEquals(30, snapped.rotation(), 1e-3, "26.6° snaps to 30°");
    }

    @Test
    void translationMovesTheCentreOnly() {
        assertEquals(Coordinates.of(55, 47, 20, 10), tool.translate(ellipse(50, 50, 20, 10, 30), 5, -3).points());
    }

    @Test
    void rendersTheTurnedOutlineInViewCoordinates() {
        Shape tall = ellipse(25, 25, 20, 5, 90); // 10 wide, 40 tall about (25, 25)
        Display display = Display.getDefault();
        Image image = new Image(display, 100, 100);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(0, 0, 100, 100);
            tool.render(gc, tall, new ViewTransform(2, 0, 0), ShapeStyle.of(0xFF0000)); // view: centre (50, 50), 20 × 80
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        RGB red = new RGB(255, 0, 0), black = new RGB(0, 0, 0);
        assertEquals(red, data.palette.getRGB(data.getPixel(40, 50)), "left of the outline");
        assertEquals(red, data.palette.getRGB(data.getPixel(50, 10)), "top of the outline");
        assertEquals(black, data.palette.getRGB(data.getPixel(50, 50)), "inside is not filled");
        assertEquals(black, data.palette.getRGB(data.getPixel(80, 50)), "the unturned ellipse would reach here");
    }

    private static Handle rounded(Handle handle) {
        return new Handle(handle.index(), handle.kind(), Math.round(handle.x()), Math.round(handle.y()));
    }

    private static DrawingOptions options() {
        return new DrawingOptions(null, null, 0, List.of(), new ViewTransform(1, 0, 0), 100, 100);
    }

    private static Shape ellipse(double cx, double cy, double rx, double ry, float rotation) {
        Shape shape = ModelFactory.eINSTANCE.createShape();
        shape.setType(ShapeType.ELLIPSE);
        shape.setPoints(Coordinates.of(cx, cy, rx, ry));
        shape.setRotation(rotation);
        return shape;
    }
}
