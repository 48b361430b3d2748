package io.annolab.ui.ai;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.graphics.GC;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.cv.api.Box;
import io.annolab.media.cv.api.IntelligentScissors;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ViewTransform;

/**
 * CVAT's intelligent scissors as a polygon drawing: each click fixes an anchor, and the outline
 * from the previous anchor follows the strongest edges (OpenCV's live wire); between clicks the
 * path to the cursor is shown as it moves. Right click takes back the last stretch, N closes the
 * polygon. Edge costs are computed in a square around the last anchor only (CVAT's threshold),
 * so a click costs milliseconds; beyond the square the stretch is straight.
 */
final class ScissorsDrawing implements Drawing {

    /** Half the side of the square around the anchor where the path follows edges. */
    private static final int REACH = 200;

    private final DecodedImage image;
    private final Consumer<String> status;
    /** Where each stretch starts in {@link #outline}, to take stretches back. */
    private final List<Integer> stretchStarts = new ArrayList<>();
    private final List<float[]> outline = new ArrayList<>();
    private IntelligentScissors scissors;
    private Box region;
    private float[] preview = new float[0];
    private boolean finished;

    ScissorsDrawing(DecodedImage image, Consumer<String> status) {
        this.image = image;
        this.status = status;
    }

    @Override
    public void mouseDown(PointerEvent event) {
        if (!event.leftButton()) {
            return;
        }
        int x = clampX(event.x());
        int y = clampY(event.y());
        stretchStarts.add(outline.size());
        if (outline.isEmpty()) {
            outline.add(new float[] { x, y });
        } else {
            float[] path = pathTo(x, y);
            for (int i = 2; i + 1 < path.length; i += 2) { // the first point is the previous anchor
                outline.add(new float[] { path[i], path[i + 1] });
            }
        }
        anchorAt(x, y);
        preview = new float[0];
    }

    private void anchorAt(int x, int y) {
        closeScissors();
        region = new Box(Math.max(0, x - REACH), Math.max(0, y - REACH), Math.min(image.width(), x + REACH) - Math.max(0, x - REACH),
                Math.min(image.height(), y + REACH) - Math.max(0, y - REACH));
        try {
            long start = System.nanoTime();
            scissors = IntelligentScissors.on(image, region);
            scissors.startAt(x, y);
            status.accept(String.format(java.util.Locale.ROOT, "Scissors: %d points; edges around the anchor in %.0f ms. Click the next point, N closes",
                    outline.size(), (System.nanoTime() - start) / 1e6));
        } catch (IOException | RuntimeException e) {
            scissors = null;
            status.accept("Intelligent scissors are not available (" + e.getMessage() + "); stretches are straight");
        }
    }

    /** The edge-following path from the anchor, or a straight stretch where the cursor is beyond the square. */
    private float[] pathTo(int x, int y) {
        float[] anchor = outline.get(outline.size() - 1);
        boolean inside = region != null && x >= region.x() && y >= region.y() && x < region.x() + region.width() && y < region.y() + region.height();
        if (scissors != null && inside) {
            float[] path = scissors.pathTo(x, y);
            if (path.length >= 4) {
                return path;
            }
        }
        return new float[] { anchor[0], anchor[1], x, y };
    }

    @Override
    public void mouseMove(PointerEvent event) {
        if (!outline.isEmpty()) {
            preview = pathTo(clampX(event.x()), clampY(event.y()));
        }
    }

    @Override
    public void mouseUp(PointerEvent event) {
    }

    @Override
    public boolean undoLastPoint() {
        if (stretchStarts.isEmpty()) {
            return false;
        }
        int start = stretchStarts.remove(stretchStarts.size() - 1);
        while (outline.size() > start) {
            outline.remove(outline.size() - 1);
        }
        preview = new float[0];
        if (outline.isEmpty()) {
            closeScissors();
        } else {
            float[] anchor = outline.get(outline.size() - 1);
            anchorAt((int) anchor[0], (int) anchor[1]);
        }
        return true;
    }

    @Override
    public void finish() {
        finished = outline.size() >= 3;
        if (finished) {
            closeScissors();
        }
    }

    @Override
    public boolean isComplete() {
        return finished;
    }

    @Override
    public Optional<ShapeGeometry> result() {
        if (!finished) {
            return Optional.empty();
        }
        float[] points = new float[outline.size() * 2];
        for (int i = 0; i < outline.size(); i++) {
            points[2 * i] = outline.get(i)[0];
            points[2 * i + 1] = outline.get(i)[1];
        }
        // the edge path is a pixel staircase: keep what shapes the outline, within a pixel
        return Optional.of(ShapeGeometry.of(ShapeType.POLYGON, PolygonReduction.within(Coordinates.wrap(points), 1.0)));
    }

    @Override
    public void renderPreview(GC gc, ViewTransform view, ShapeStyle style) {
        gc.setAlpha(255);
        gc.setLineWidth(2);
        gc.setForeground(new org.eclipse.swt.graphics.Color(gc.getDevice(), (style.rgb() >> 16) & 0xFF, (style.rgb() >> 8) & 0xFF,
                style.rgb() & 0xFF));
        int[] line = new int[outline.size() * 2];
        for (int i = 0; i < outline.size(); i++) {
            line[2 * i] = (int) Math.round(view.viewX(outline.get(i)[0], outline.get(i)[1]));
            line[2 * i + 1] = (int) Math.round(view.viewY(outline.get(i)[0], outline.get(i)[1]));
        }
        gc.drawPolyline(line);
        int[] rubber = new int[preview.length];
        for (int i = 0; i + 1 < preview.length; i += 2) {
            rubber[i] = (int) Math.round(view.viewX(preview[i], preview[i + 1]));
            rubber[i + 1] = (int) Math.round(view.viewY(preview[i], preview[i + 1]));
        }
        gc.setLineStyle(org.eclipse.swt.SWT.LINE_DOT);
        gc.drawPolyline(rubber);
        gc.setLineStyle(org.eclipse.swt.SWT.LINE_SOLID);
        for (int s : stretchStarts) {
            if (s < outline.size()) {
                float[] anchor = outline.get(Math.max(0, s == 0 ? 0 : s - 1));
                int x = (int) Math.round(view.viewX(anchor[0], anchor[1]));
                int y = (int) Math.round(view.viewY(anchor[0], anchor[1]));
                gc.drawRectangle(x - 3, y - 3, 6, 6);
            }
        }
    }

    @Override
    public void discard() {
        closeScissors();
    }

    @Override
    public String hint() {
        return "Intelligent scissors: click points along the object's edge, the outline follows it; right click takes back, N closes";
    }

    private int clampX(double x) {
        return (int) Math.max(0, Math.min(image.width() - 1, Math.round(x)));
    }

    private int clampY(double y) {
        return (int) Math.max(0, Math.min(image.height() - 1, Math.round(y)));
    }

    private void closeScissors() {
        if (scissors != null) {
            scissors.close();
            scissors = null;
        }
    }
}
