package io.annolab.ui.tiles;

import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Transform;

import io.annolab.ui.canvas.api.ViewTransform;

/** The SWT transform that draws image coordinates where {@link ViewTransform} puts them, quarter turns included. */
final class ImageToView {

    private ImageToView() {
    }

    /**
     * view = turn(image) * scale + offset, where turn is a rotation by quarterTurns × 90° clockwise moved back
     * to start at 0,0. SWT composes like cairo: each call applies to points before the calls made earlier.
     */
    static Transform create(Device device, ViewTransform view, double imageWidth, double imageHeight) {
        Transform transform = new Transform(device);
        transform.translate((float) view.offsetX(), (float) view.offsetY());
        transform.scale((float) view.scale(), (float) view.scale());
        switch (view.quarterTurns()) {
            case 1 -> transform.translate((float) imageHeight, 0);
            case 2 -> transform.translate((float) imageWidth, (float) imageHeight);
            case 3 -> transform.translate(0, (float) imageWidth);
            default -> {
                return transform;
            }
        }
        transform.rotate(90f * view.quarterTurns());
        return transform;
    }
}
