package io.annolab.ui.editor.canvas;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;

import io.annolab.ui.canvas.api.ImageBlit;
import io.annolab.ui.canvas.api.ViewTransform;

/**
 * The picture and the unselected shapes as last drawn, kept in an offscreen image so a redraw
 * costs what changed rather than what is on screen: a pan shifts the image and draws only the
 * strips that came into view; a change of zoom that would take longer than a frame first shows
 * the old image scaled, and draws the new view for real once the wheel rests.
 */
final class SceneCache {

    /** A full scene drawing slower than this (a frame at 60 Hz) makes zooming show a scaled preview first. */
    private static final long FRAME_NANOS = 16_000_000;
    /** How long the wheel must rest before the exact drawing replaces the preview. */
    private static final int SETTLE_MILLIS = 120;

    private final Control owner;
    private Image image;
    private ViewTransform drawnView;
    private boolean valid;
    private final List<double[]> dirty = new ArrayList<>();
    /** Screen pixels around a changed shape that its outline, markers or joints may cover. */
    private static final int DIRTY_MARGIN = 8;
    private long lastFullNanos;
    private final Runnable settle;

    SceneCache(Control owner) {
        this.owner = owner;
        this.settle = () -> {
            if (!owner.isDisposed()) {
                invalidate();
                owner.redraw();
            }
        };
    }

    void invalidate() {
        valid = false;
        dirty.clear();
    }

    /** Marks an image-space box (minX, minY, maxX, maxY) for redrawing, leaving the rest of the cache as it is. */
    void invalidate(double[] imageBox) {
        if (valid) {
            dirty.add(imageBox);
        }
    }

    /**
     * Brings the cache up to {@code view} and draws it. {@code renderRegion} draws background,
     * picture and shapes clipped to a region and returns whether the picture was complete.
     */
    void paint(GC screen, Rectangle area, ViewTransform view, RegionRenderer renderRegion) {
        if (image == null || image.getBounds().width != area.width || image.getBounds().height != area.height) {
            if (image != null) {
                image.dispose();
            }
            image = new Image(owner.getDisplay(), Math.max(1, area.width), Math.max(1, area.height));
            valid = false;
        }
        boolean sameContent = valid && drawnView != null && drawnView.quarterTurns() == view.quarterTurns();
        if (sameContent && drawnView.scale() != view.scale() && lastFullNanos > FRAME_NANOS) {
            paintScaledPreview(screen, area, view);
            owner.getDisplay().timerExec(SETTLE_MILLIS, settle);
            return;
        }
        List<Rectangle> regions = new ArrayList<>(2);
        GC gc = new GC(image);
        try {
            double dx = view.offsetX() - (drawnView == null ? 0 : drawnView.offsetX());
            double dy = view.offsetY() - (drawnView == null ? 0 : drawnView.offsetY());
            if (sameContent && drawnView.scale() == view.scale() && whole(dx) && whole(dy) && Math.abs(dx) < area.width && Math.abs(dy) < area.height) {
                int x = (int) Math.round(dx), y = (int) Math.round(dy);
                if (x != 0 || y != 0) {
                    gc.copyArea(0, 0, area.width, area.height, x, y);
                    addStrips(regions, area, x, y);
                }
                for (double[] box : dirty) {
                    Rectangle region = toView(view, box).intersection(new Rectangle(0, 0, area.width, area.height));
                    if (!region.isEmpty()) {
                        regions.add(region);
                    }
                }
            } else {
                regions.add(new Rectangle(0, 0, area.width, area.height));
            }
            dirty.clear();
            boolean complete = true;
            long start = System.nanoTime();
            for (Rectangle region : regions) {
                gc.setClipping(region);
                complete &= renderRegion.render(gc, region);
            }
            if (regions.size() == 1 && regions.get(0).width == area.width && regions.get(0).height == area.height) {
                lastFullNanos = System.nanoTime() - start;
            }
            valid = complete;
        } finally {
            gc.dispose();
        }
        drawnView = view;
        ImageBlit.draw(screen, image, 0, 0);
    }

    private void paintScaledPreview(GC screen, Rectangle area, ViewTransform view) {
        double k = view.scale() / drawnView.scale();
        int x = (int) Math.round(view.offsetX() - drawnView.offsetX() * k), y = (int) Math.round(view.offsetY() - drawnView.offsetY() * k);
        screen.fillRectangle(area);
        ImageBlit.draw(screen, image, 0, 0, area.width, area.height, x, y, area.width * k, area.height * k);
    }

    private static Rectangle toView(ViewTransform view, double[] box) {
        double[] xs = { view.viewXd(box[0], box[1]), view.viewXd(box[2], box[1]), view.viewXd(box[0], box[3]), view.viewXd(box[2], box[3]) };
        double[] ys = { view.viewYd(box[0], box[1]), view.viewYd(box[2], box[1]), view.viewYd(box[0], box[3]), view.viewYd(box[2], box[3]) };
        int x0 = (int) Math.floor(Math.min(Math.min(xs[0], xs[1]), Math.min(xs[2], xs[3]))) - DIRTY_MARGIN;
        int y0 = (int) Math.floor(Math.min(Math.min(ys[0], ys[1]), Math.min(ys[2], ys[3]))) - DIRTY_MARGIN;
        int x1 = (int) Math.ceil(Math.max(Math.max(xs[0], xs[1]), Math.max(xs[2], xs[3]))) + DIRTY_MARGIN;
        int y1 = (int) Math.ceil(Math.max(Math.max(ys[0], ys[1]), Math.max(ys[2], ys[3]))) + DIRTY_MARGIN;
        return new Rectangle(x0, y0, x1 - x0, y1 - y0);
    }

    private static void addStrips(List<Rectangle> regions, Rectangle area, int x, int y) {
        if (x > 0) {
            regions.add(new Rectangle(0, 0, x, area.height));
        } else if (x < 0) {
            regions.add(new Rectangle(area.width + x, 0, -x, area.height));
        }
        if (y > 0) {
            regions.add(new Rectangle(0, 0, area.width, y));
        } else if (y < 0) {
            regions.add(new Rectangle(0, area.height + y, area.width, -y));
        }
    }

    private static boolean whole(double value) {
        return Math.abs(value - Math.rint(value)) < 1e-6;
    }

    void dispose() {
        if (image != null) {
            image.dispose();
        }
    }

    /** Draws the scene clipped to a region of the canvas; returns whether the picture was complete. */
    interface RegionRenderer {
        boolean render(GC gc, Rectangle region);
    }
}
