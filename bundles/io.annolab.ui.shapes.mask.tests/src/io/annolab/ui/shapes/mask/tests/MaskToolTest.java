package io.annolab.ui.shapes.mask.tests;

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
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ShapeTools;
import io.annolab.ui.canvas.api.ViewTransform;
import io.annolab.ui.shapes.mask.BrushShape;
import io.annolab.ui.shapes.mask.MaskBox;
import io.annolab.ui.shapes.mask.MaskConversions;
import io.annolab.ui.shapes.mask.MaskDrawing;
import io.annolab.ui.shapes.mask.MaskTool;

class MaskToolTest {

    private final ShapeTool tool = ShapeTools.forType(ShapeType.MASK).orElseThrow();

    @Test
    void theToolIsFoundThroughTheShapeToolExtensionPoint() {
        assertInstanceOf(MaskTool.class, tool);
        assertEquals(List.of("brush", "eraser", "polygon-add", "polygon-remove"), tool.methods());
    }

    @Test
    void aBrushStrokePaintsAStripAndTheEraserCutsIt() {
        MaskDrawing drawing = (MaskDrawing) tool.startDrawing(options("brush"));
        drawing.setBrushSize(10);
        drawing.mouseDown(press(20, 20));
        drawing.mouseMove(drag(40, 20));
        drawing.mouseMove(drag(60, 20));
        drawing.mouseUp(press(60, 20));
        ShapeGeometry painted = drawing.result().orElseThrow();
        assertEquals(ShapeType.MASK, painted.type());
        // discs of diameter 10 from x=20 to x=60 at y=20: pixels 15..64 × 15..24, right and bottom inclusive
        assertEquals(Coordinates.of(15f, 15, 64, 24), painted.points());
        assertEquals(50, painted.mask().width());
        assertEquals(10, painted.mask().height());
        assertTrue(painted.mask().area() > 460 && painted.mask().area() < 500, "about 40×10 plus a disc: " + painted.mask().area());

        drawing.setMethod(MaskTool.ERASER);
        drawing.setBrushSize(6);
        drawing.setBrushShape(BrushShape.SQUARE);
        drawing.mouseDown(press(40, 10));
        drawing.mouseMove(drag(40, 30));
        drawing.mouseUp(press(40, 30));
        drawing.finish();
        assertTrue(drawing.isComplete());
        MaskBox erased = box(drawing.result().orElseThrow());
        assertFalse(pixel(erased, 40, 20), "erased");
        assertFalse(pixel(erased, 37, 20), "the square eraser covers x 37..42");
        assertTrue(pixel(erased, 36, 20));
        assertTrue(pixel(erased, 43, 20));
        assertEquals(2, MaskConversions.maskToPolygons(erased, 0).size(), "the strip is cut in two");
    }

    @Test
    void rightClickTakesBackTheLastStroke() {
        MaskDrawing drawing = (MaskDrawing) tool.startDrawing(options("brush"));
        drawing.mouseDown(press(20, 20));
        drawing.mouseUp(press(20, 20));
        long oneDab = drawing.area();
        drawing.mouseDown(press(100, 100));
        drawing.mouseMove(drag(150, 150));
        drawing.mouseUp(press(150, 150));
        assertTrue(drawing.area() > oneDab);
        assertTrue(drawing.undoLastPoint());
        assertEquals(oneDab, drawing.area());
        assertEquals(Coordinates.of(15f, 15, 24, 24), drawing.result().orElseThrow().points(), "the box shrinks back to the first dab");
        assertTrue(drawing.undoLastPoint());
        assertTrue(drawing.result().isEmpty());
        assertFalse(drawing.undoLastPoint(), "nothing left to take back");
    }

    @Test
    void polygonsAddAndRemoveAreasAndNSavesTheMask() {
        MaskDrawing drawing = (MaskDrawing) tool.startDrawing(options("polygon-add"));
        clicks(drawing, 10, 10, 50, 10, 50, 50, 10, 50);
        drawing.finish();
        assertFalse(drawing.isComplete(), "the first N applies the polygon");
        assertEquals(1600, drawing.area());
        drawing.setMethod(MaskTool.POLYGON_REMOVE);
        clicks(drawing, 20, 20, 40, 20, 40, 40, 20, 40, 30, 45);
        assertTrue(drawing.undoLastPoint(), "right click takes back the stray fifth vertex");
        drawing.finish();
        assertEquals(1600 - 400, drawing.area());
        drawing.finish();
        assertTrue(drawing.isComplete());
        ShapeGeometry result = drawing.result().orElseThrow();
        assertEquals(Coordinates.of(10f, 10, 49, 49), result.points());
        assertFalse(pixel(box(result), 30, 30), "the hole");
    }

    @Test
    void editingAnExistingMaskKeepsItsPixels() {
        MaskBox square = MaskConversions.polygonToMask(Coordinates.of(10f, 10, 30, 10, 30, 30, 10, 30)).orElseThrow();
        Shape shape = square.toGeometry().toShape();
        Drawing drawing = tool.startEditing(shape, options("brush")).orElseThrow();
        drawing.mouseDown(press(100, 100));
        drawing.mouseUp(press(100, 100));
        drawing.finish();
        MaskBox edited = box(drawing.result().orElseThrow());
        assertEquals(10, edited.left());
        assertEquals(104, edited.right());
        assertTrue(pixel(edited, 20, 20) && pixel(edited, 100, 100));
    }

    @Test
    void painterStopsAtTheImageBorder() {
        MaskDrawing drawing = (MaskDrawing) tool.startDrawing(options("brush"));
        drawing.setBrushSize(20);
        drawing.mouseDown(press(2, 198));
        drawing.mouseUp(press(2, 198));
        MaskBox box = box(drawing.result().orElseThrow());
        assertEquals(0, box.left());
        assertEquals(199, box.bottom());
    }

    @Test
    void aSquareSurvivesPolygonToMaskToPolygon() {
        Coordinates square = Coordinates.of(10f, 10, 30, 10, 30, 30, 10, 30);
        MaskBox mask = MaskConversions.polygonToMask(square).orElseThrow();
        assertEquals(Coordinates.of(10f, 10, 29, 29), mask.points());
        assertEquals(400, mask.mask().area());
        List<Coordinates> back = MaskConversions.maskToPolygons(mask, MaskConversions.DEFAULT_POLYGON_POINTS);
        assertEquals(List.of(square), back);
    }

    @Test
    void anLShapeSurvivesTheRoundTripWithinAFewPixels() {
        Coordinates l = Coordinates.of(0.3f, 0.2f, 10, 0, 10.4f, 20, 20, 20, 20, 30, 0, 30);
        MaskBox mask = MaskConversions.polygonToMask(l).orElseThrow();
        assertEquals(400, mask.mask().area(), 3);
        List<Coordinates> back = MaskConversions.maskToPolygons(mask, MaskConversions.DEFAULT_POLYGON_POINTS);
        assertEquals(1, back.size());
        assertEquals(6, back.get(0).pointCount());
        assertEquals(area(l), area(back.get(0)), 3);
    }

    @Test
    void aDiscIsSimplifiedToThePointBudget() {
        double[] circle = new double[2 * 64];
        for (int i = 0; i < 64; i++) {
            circle[2 * i] = 50 + 30 * Math.cos(2 * Math.PI * i / 64);
            circle[2 * i + 1] = 50 + 30 * Math.sin(2 * Math.PI * i / 64);
        }
        MaskBox disc = MaskConversions.polygonToMask(Coordinates.of(circle)).orElseThrow();
        Coordinates outline = MaskConversions.maskToPolygons(disc, 8).get(0);
        assertEquals(8, outline.pointCount());
        double ratio = area(outline) / disc.mask().area();
        assertTrue(ratio > 0.8 && ratio < 1.05, "an 8-gon keeps the disc's area: " + ratio);
    }

    @Test
    void joinMakesOneMaskOfTheUnion() {
        MaskBox a = MaskConversions.polygonToMask(Coordinates.of(0f, 0, 10, 0, 10, 10, 0, 10)).orElseThrow();
        MaskBox b = MaskConversions.polygonToMask(Coordinates.of(5f, 5, 15, 5, 15, 15, 5, 15)).orElseThrow();
        MaskBox far = MaskConversions.polygonToMask(Coordinates.of(40f, 0, 42, 0, 42, 2, 40, 2)).orElseThrow();
        MaskBox joined = MaskConversions.join(List.of(a, b)).orElseThrow();
        assertEquals(Coordinates.of(0f, 0, 14, 14), joined.points());
        assertEquals(100 + 100 - 25, joined.mask().area());
        MaskBox three = MaskConversions.join(List.of(a, b, far)).orElseThrow();
        assertEquals(175 + 4, three.mask().area());
        assertEquals(2, MaskConversions.maskToPolygons(three, 0).size());
    }

    @Test
    void removingUnderlyingPixelsSubtractsOtherMasks() {
        MaskBox base = MaskConversions.polygonToMask(Coordinates.of(0f, 0, 20, 0, 20, 10, 0, 10)).orElseThrow();
        MaskBox right = MaskConversions.polygonToMask(Coordinates.of(10f, -5, 30, -5, 30, 15, 10, 15)).orElseThrow();
        MaskBox left = MaskConversions.subtract(base, List.of(right)).orElseThrow();
        assertEquals(Coordinates.of(0f, 0, 9, 9), left.points(), "cropped to what is left");
        assertEquals(100, left.mask().area());
        assertTrue(MaskConversions.subtract(left, List.of(base)).isEmpty());
    }

    @Test
    void hitsOnlyOnMaskPixelsAndMovesByWholePixels() {
        Shape shape = MaskConversions.polygonToMask(Coordinates.of(10f, 10, 30, 10, 20, 30)).orElseThrow().toGeometry().toShape();
        assertTrue(tool.hits(shape, 20.5, 20.5, 0));
        assertFalse(tool.hits(shape, 12, 28, 0), "inside the box, outside the triangle");
        assertTrue(tool.hits(shape, 20.5, 29.6, 1.5), "within the tolerance");
        assertTrue(tool.handles(shape).isEmpty());
        ShapeGeometry moved = tool.translate(shape, 2.4, -1.6);
        assertEquals(12, moved.points().get(0));
        assertEquals(8, moved.points().get(1));
    }

    @Test
    void rendersTranslucentPixelsAndAnOutlineWhenSelected() {
        Shape shape = MaskConversions.polygonToMask(Coordinates.of(10f, 10, 30, 10, 30, 30, 10, 30)).orElseThrow().toGeometry().toShape();
        ImageData plain = render(shape, ShapeStyle.of(0xFF0000), new ViewTransform(2, 5, 5));
        // image (10,10)–(30,30) → view (25,25)–(65,65); half-opaque red over black
        assertNear(new RGB(128, 0, 0), rgb(plain, 45, 45));
        assertEquals(new RGB(0, 0, 0), rgb(plain, 15, 45));
        assertNear(new RGB(128, 0, 0), rgb(plain, 26, 45));

        ImageData selected = render(shape, ShapeStyle.of(0xFF0000).selected(true), new ViewTransform(2, 5, 5));
        assertNear(new RGB(188, 0, 0), rgb(selected, 45, 45));
        assertEquals(new RGB(255, 0, 0), rgb(selected, 25, 45), "the outline");

        // a quarter turn: image (x, y) → view (100 − y, x)
        ImageData turned = render(shape, ShapeStyle.of(0xFF0000), new ViewTransform(1, 0, 0, 1, 100, 100));
        assertNear(new RGB(128, 0, 0), rgb(turned, 80, 20));
        assertEquals(new RGB(0, 0, 0), rgb(turned, 20, 80));
    }

    @Test
    void thePreviewShowsThePaintAndTheBrushUnderTheCursor() {
        MaskDrawing drawing = (MaskDrawing) tool.startDrawing(options("brush"));
        drawing.setBrushSize(10);
        drawing.mouseDown(press(20, 20));
        drawing.mouseUp(press(20, 20));
        drawing.mouseMove(new PointerEvent(70, 70, 0, 0, 0));
        Display display = Display.getDefault();
        Image image = new Image(display, 100, 100);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(0, 0, 100, 100);
            drawing.renderPreview(gc, new ViewTransform(1, 0, 0), ShapeStyle.of(0xFF0000));
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        assertNear(new RGB(120, 0, 0), rgb(data, 20, 20));
        assertEquals(new RGB(0, 0, 0), rgb(data, 30, 20), "beyond the dab");
        assertEquals(new RGB(255, 0, 0), rgb(data, 75, 70), "the brush outline");
        assertEquals(new RGB(0, 0, 0), rgb(data, 70, 70), "an outline only");
    }

    private ImageData render(Shape shape, ShapeStyle style, ViewTransform view) {
        Display display = Display.getDefault();
        Image image = new Image(display, 100, 100);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(0, 0, 100, 100);
            tool.render(gc, shape, view, style);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    private static void assertNear(RGB expected, RGB actual) {
        assertTrue(Math.abs(expected.red - actual.red) <= 3 && Math.abs(expected.green - actual.green) <= 3
                && Math.abs(expected.blue - actual.blue) <= 3, "expected about " + expected + " but was " + actual);
    }

    private static RGB rgb(ImageData data, int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }

    private static double area(Coordinates ring) {
        double twice = 0;
        for (int i = 0, j = ring.pointCount() - 1; i < ring.pointCount(); j = i++) {
            twice += (double) ring.x(j) * ring.y(i) - (double) ring.x(i) * ring.y(j);
        }
        return Math.abs(twice / 2);
    }

    private static MaskBox box(ShapeGeometry geometry) {
        return new MaskBox(Math.round(geometry.points().get(0)), Math.round(geometry.points().get(1)), geometry.mask());
    }

    private static boolean pixel(MaskBox box, int x, int y) {
        int bx = x - box.left(), by = y - box.top();
        return bx >= 0 && by >= 0 && bx < box.width() && by < box.height() && box.mask().decode()[by * box.width() + bx];
    }

    private static void clicks(Drawing drawing, double... xy) {
        for (int i = 0; i < xy.length; i += 2) {
            drawing.mouseDown(press(xy[i], xy[i + 1]));
            drawing.mouseUp(press(xy[i], xy[i + 1]));
        }
    }

    private static PointerEvent press(double x, double y) {
        return new PointerEvent(x, y, 1, 0, 1);
    }

    private static PointerEvent drag(double x, double y) {
        return new PointerEvent(x, y, 0, SWT.BUTTON1, 0);
    }

    private static DrawingOptions options(String method) {
        return new DrawingOptions(null, method, 0, List.of(), null, 200, 200);
    }
}
