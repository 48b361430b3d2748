package io.annolab.ui.editor.session;

import io.annolab.model.Label;

/** Label colours as 0xRRGGBB from the model's "#rrggbb" strings, with a stable fallback per name. */
public final class LabelColors {

    private LabelColors() {
    }

    public static int rgb(Label label) {
        if (label == null) {
            return 0x9E9E9E;
        }
        String color = label.getColor();
        if (color != null && color.matches("#?[0-9a-fA-F]{6}")) {
            return Integer.parseInt(color.startsWith("#") ? color.substring(1) : color, 16);
        }
        // CVAT gives labels without a colour a random one; a hash keeps it stable across sessions.
        float hue = label.getName() == null ? 0 : Math.floorMod(label.getName().hashCode(), 360);
        org.eclipse.swt.graphics.RGB c = new org.eclipse.swt.graphics.RGB(hue, 0.65f, 0.95f);
        return c.red << 16 | c.green << 8 | c.blue;
    }
}
