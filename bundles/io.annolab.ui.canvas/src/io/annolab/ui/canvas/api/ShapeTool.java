package io.annolab.ui.canvas.api;

import org.eclipse.swt.graphics.GC;

import io.annolab.core.api.registry.Identified;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;

/**
 * Draws and hit-tests one kind of shape on the annotation canvas; contributed to
 * {@code io.annolab.ui.canvas.shapeTools}, one bundle per shape kind.
 */
public interface ShapeTool extends Identified {

    ShapeType shapeType();

    /** Draws the shape in view coordinates ({@code view} maps image to view pixels). */
    void render(GC gc, Shape shape, ViewTransform view, int rgb);

    /** Whether image point (x, y) touches the shape, within {@code tolerance} image pixels. */
    boolean hits(Shape shape, double x, double y, double tolerance);
}
