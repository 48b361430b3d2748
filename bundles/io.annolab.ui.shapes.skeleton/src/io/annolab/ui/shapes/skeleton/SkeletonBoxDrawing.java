package io.annolab.ui.shapes.skeleton;

import java.util.Optional;

import org.eclipse.swt.graphics.GC;

import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.TwoCornerDrawing;
import io.annolab.ui.canvas.api.ViewTransform;

/** A new skeleton: the label's template scaled into the box the user drags (two corners, by clicks or one drag). */
final class SkeletonBoxDrawing extends TwoCornerDrawing {

    private final SkeletonTemplate template;

    SkeletonBoxDrawing(SkeletonTemplate template) {
        this.template = template;
    }

    @Override
    protected boolean canStart() {
        return !template.isEmpty();
    }

    @Override
    protected Optional<ShapeGeometry> geometry(double x1, double y1, double x2, double y2) {
        // A flat box still places a skeleton (all points on a line); only a single point is refused.
        if (Math.abs(x2 - x1) < 1 && Math.abs(y2 - y1) < 1) {
            return Optional.empty();
        }
        return Optional.of(placed(x1, y1, x2, y2));
    }

    private ShapeGeometry placed(double x1, double y1, double x2, double y2) {
        return new ShapeGeometry(ShapeType.SKELETON, Coordinates.EMPTY, 0, null, template.placeIn(x1, y1, x2, y2));
    }

    @Override
    protected void preview(GC gc, ViewTransform view, ShapeStyle style, double x1, double y1, double x2, double y2) {
        SkeletonTool.render(gc, placed(x1, y1, x2, y2).elements(), template.edges(), view, style.selected(true));
    }

    @Override
    public String hint() {
        if (template.isEmpty()) {
            return "The label has no skeleton points: add points to it in the label editor";
        }
        return started() ? "Click the opposite corner" : "Click the first corner of the skeleton's box";
    }
}
