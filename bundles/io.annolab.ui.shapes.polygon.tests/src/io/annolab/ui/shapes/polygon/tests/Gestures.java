package io.annolab.ui.shapes.polygon.tests;

import java.util.List;

import org.eclipse.swt.SWT;

import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.DrawingOptions;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ViewTransform;

/** Pointer gestures fed to a drawing as the canvas would, at scale 1 (tolerance 6 image pixels). */
final class Gestures {

    private Gestures() {
    }

    static DrawingOptions options(String method, int pointLimit, List<Shape> frameShapes) {
        return new DrawingOptions(null, method, pointLimit, frameShapes, new ViewTransform(1, 0, 0), 400, 400);
    }

    static void click(Drawing drawing, double x, double y) {
        click(drawing, x, y, 0);
    }

    static void click(Drawing drawing, double x, double y, int modifiers) {
        drawing.mouseMove(new PointerEvent(x, y, 0, modifiers, 0));
        drawing.mouseDown(new PointerEvent(x, y, 1, modifiers, 1));
        drawing.mouseUp(new PointerEvent(x, y, 1, modifiers | SWT.BUTTON1, 1));
    }

    static void move(Drawing drawing, double x, double y, int stateMask) {
        drawing.mouseMove(new PointerEvent(x, y, 0, stateMask, 0));
    }

    static Shape shape(ShapeType type, double... xy) {
        Shape shape = ModelFactory.eINSTANCE.createShape();
        shape.setType(type);
        shape.setPoints(Coordinates.of(xy));
        return shape;
    }

    static Coordinates points(Drawing drawing) {
        return drawing.result().orElseThrow().points();
    }
}
