package io.annolab.ui.editor.session;

/**
 * The UI-only state of one object (CVAT's lock, hide, pin and instance colour): it helps the
 * annotator and is never saved with the annotations.
 */
public final class ObjectAppearance {

    boolean hidden;
    boolean locked;
    boolean pinned;
    int colorOverride = -1;

    public boolean hidden() {
        return hidden;
    }

    public boolean locked() {
        return locked;
    }

    public boolean pinned() {
        return pinned;
    }

    /** The chosen instance colour as 0xRRGGBB, or -1 for the label's colour. */
    public int colorOverride() {
        return colorOverride;
    }
}
