package io.annolab.ui.editor.canvas;

import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Transform;

import io.annolab.ui.canvas.api.ViewTransform;

/** The SWT affine transform equal to a {@link ViewTransform}, for drawing images in image coordinates. */
public final class ViewTransforms {

    private ViewTransforms() {
    }

    /** The caller disposes the result. */
    public static Transform toSwt(Device device, ViewTransform view) {
        double w = view.imageWidth(), h = view.imageHeight(), s = view.scale();
        // x' = m11*x + m21*y + dx ; y' = m12*x + m22*y + dy, for the turn alone
        double m11, m12, m21, m22, dx, dy;
        switch (view.quarterTurns()) {
            case 1 -> { m11 = 0; m12 = 1; m21 = -1; m22 = 0; dx = h; dy = 0; }
            case 2 -> { m11 = -1; m12 = 0; m21 = 0; m22 = -1; dx = w; dy = h; }
            case 3 -> { m11 = 0; m12 = -1; m21 = 1; m22 = 0; dx = 0; dy = w; }
            default -> { m11 = 1; m12 = 0; m21 = 0; m22 = 1; dx = 0; dy = 0; }
        }
        return new Transform(device, (float) (m11 * s), (float) (m12 * s), (float) (m21 * s), (float) (m22 * s),
                (float) (dx * s + view.offsetX()), (float) (dy * s + view.offsetY()));
    }

    /** The image rectangle (minX, minY, maxX, maxY) seen through a view area of the given size. */
    public static double[] visibleImageArea(ViewTransform view, int viewWidth, int viewHeight) {
        return visibleImageArea(view, new org.eclipse.swt.graphics.Rectangle(0, 0, viewWidth, viewHeight));
    }

    /** The image rectangle (minX, minY, maxX, maxY) seen through a region of the view. */
    public static double[] visibleImageArea(ViewTransform view, org.eclipse.swt.graphics.Rectangle region) {
        int x0 = region.x, y0 = region.y, x1 = region.x + region.width, y1 = region.y + region.height;
        double[] xs = { view.imageX(x0, y0), view.imageX(x1, y0), view.imageX(x0, y1), view.imageX(x1, y1) };
        double[] ys = { view.imageY(x0, y0), view.imageY(x1, y0), view.imageY(x0, y1), view.imageY(x1, y1) };
        double minX = Math.min(Math.min(xs[0], xs[1]), Math.min(xs[2], xs[3]));
        double maxX = Math.max(Math.max(xs[0], xs[1]), Math.max(xs[2], xs[3]));
        double minY = Math.min(Math.min(ys[0], ys[1]), Math.min(ys[2], ys[3]));
        double maxY = Math.max(Math.max(ys[0], ys[1]), Math.max(ys[2], ys[3]));
        return new double[] { minX, minY, maxX, maxY };
    }
}
