package io.annolab.ui.canvas.api;

import java.util.List;

import io.annolab.model.Label;
import io.annolab.model.Shape;

/**
 * What a new drawing starts from: the label (skeleton tools read its template), the drawing
 * method the user picked ("by2", "by4", "brush", ...; null for the tool's default), how many
 * points end the drawing by themselves (0 = until finished with N), the other shapes of the frame
 * (for automatic bordering) and the current view (to turn screen tolerances into image pixels).
 */
public record DrawingOptions(Label label, String method, int pointLimit, List<Shape> frameShapes, ViewTransform view,
        double imageWidth, double imageHeight) {

    public DrawingOptions {
        frameShapes = frameShapes == null ? List.of() : frameShapes;
    }

    /** Tolerance for clicks and snapping, in image pixels (about 6 screen pixels). */
    public double tolerance() {
        return view == null ? 3 : view.imageDistance(6);
    }
}
