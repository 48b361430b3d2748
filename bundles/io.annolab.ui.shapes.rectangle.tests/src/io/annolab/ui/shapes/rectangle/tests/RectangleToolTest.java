package io.annolab.ui.shapes.rectangle.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ShapeTools;
import io.annolab.ui.canvas.api.ViewTransform;

class RectangleToolTest {

    @Test
    void theToolIsFoundThroughTheShapeToolExtensionPoint() {
        ShapeTool tool = ShapeTools.forType(ShapeType.RECTANGLE).orElseThrow();
        assertEquals("rectangle", tool.id());
        assertTrue(ShapeTools.forType(ShapeType.CUBOID3D).isEmpty(), "no 3D cuboid tool is installed yet");
    }

    @Test
    void hitTestingFollowsTheRotation() {
        ShapeTool tool = ShapeTools.forType(ShapeType.RECTANGLE).orElseThrow();
        Shape box = rectangle(0, 40, 100, 60, 0);
        assertTrue(tool.hits(box, 95, 50, 0));
        assertFalse(tool.hits(box, 50, 5, 0));
        box.setRotation(90); // now 20 wide, 100 tall around (50, 50)
        assertFalse(tool.hits(box, 95, 50, 0));
        assertTrue(tool.hits(box, 50, 5, 0));
    }

    @Test
    void rendersTheOutlineInViewCoordinates() {
        Display display = Display.getDefault();
        Image image = new Image(display, 100, 100);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(org.eclipse.swt.SWT.COLOR_BLACK));
            gc.fillRectangle(0, 0, 100, 100);
            ShapeTools.forType(ShapeType.RECTANGLE).orElseThrow().render(gc, rectangle(10, 10, 30, 30, 0),
                    new ViewTransform(2, 5, 5), io.annolab.ui.canvas.api.ShapeStyle.of(0xFF0000));
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        // image (10,10)-(30,30) at scale 2 plus 5: view (25,25)-(65,65)
        assertEquals(new RGB(255, 0, 0), data.palette.getRGB(data.getPixel(45, 25)), "top edge is drawn");
        assertEquals(new RGB(0, 0, 0), data.palette.getRGB(data.getPixel(45, 45)), "inside is not filled");
    }

    private static Shape rectangle(float x1, float y1, float x2, float y2, float rotation) {
        Shape shape = ModelFactory.eINSTANCE.createShape();
        shape.setType(ShapeType.RECTANGLE);
        shape.setPoints(Coordinates.of(x1, y1, x2, y2));
        shape.setRotation(rotation);
        return shape;
    }
}
