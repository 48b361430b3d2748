package io.annolab.ui.editor.canvas;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

import io.annolab.ui.canvas.api.ViewTransform;

/** Stands in for a frame whose media is missing: a message, and a nominal size so the canvas still works. */
final class MissingFrameImage implements FrameImage {

    private final String problem;

    MissingFrameImage(String problem) {
        this.problem = problem;
    }

    @Override
    public int width() {
        return 640;
    }

    @Override
    public int height() {
        return 480;
    }

    @Override
    public boolean paint(GC gc, ViewTransform view, Rectangle clientArea) {
        return true; // nothing more will come

    }

    @Override
    public boolean ready() {
        return false;
    }

    @Override
    public String problem() {
        return problem;
    }

    @Override
    public void dispose() {
    }
}
