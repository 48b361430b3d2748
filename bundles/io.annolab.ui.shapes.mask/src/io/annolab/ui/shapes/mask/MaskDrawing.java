package io.annolab.ui.shapes.mask;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

import io.annolab.model.values.Coordinates;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.DrawingOptions;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapePainter;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ViewTransform;

/**
 * A brush session (SHP-13): paint with the brush, erase, or add and remove polygons, switching
 * freely through the public setters the editor's floating menu calls. In a polygon method,
 * clicks place vertices and N (or {@link #applyPolygon()}) applies the polygon; N with no polygon
 * pending saves the mask. Right click takes back the last polygon vertex, else the last stroke.
 */
public final class MaskDrawing implements Drawing {

    private static final int PREVIEW_ALPHA = 120;
    /** Undo keeps the states before the latest strokes, up to this many bytes in all. */
    private static final long UNDO_BYTES = 64L << 20;

    private final PaintBitmap bitmap;
    private String method;
    private int brushSize = 10;
    private BrushShape brushShape = BrushShape.CIRCLE;
    private boolean stroking;
    private double lastX, lastY, cursorX, cursorY;
    private double[] polygon = new double[0];
    private boolean complete;
    private final Deque<PaintBitmap.Snapshot> undo = new ArrayDeque<>();
    private long undoBytes;
    private int previewVersion = -1;
    private ImageData previewData;

    MaskDrawing(DrawingOptions options, MaskBox existing) {
        this.bitmap = PaintBitmap.of(existing, (int) Math.ceil(options.imageWidth()), (int) Math.ceil(options.imageHeight()));
        setMethod(options.method());
    }

    public String getMethod() {
        return method;
    }

    /** One of {@link MaskTool#BRUSH}, {@code ERASER}, {@code POLYGON_ADD}, {@code POLYGON_REMOVE}; null is the brush. A pending polygon is applied first. */
    @Override
    public void setMethod(String method) {
        if (method != null && !MaskTool.METHODS.contains(method)) {
            throw new IllegalArgumentException("unknown mask drawing method '" + method + "'; use one of " + MaskTool.METHODS);
        }
        if (polygon.length >= 6) {
            applyPolygon();
        }
        polygon = new double[0];
        this.method = method == null ? MaskTool.BRUSH : method;
    }

    public int getBrushSize() {
        return brushSize;
    }

    /** Brush (and eraser) size in image pixels, at least 1. */
    @Override
    public void setBrushSize(int size) {
        this.brushSize = Math.max(1, size);
    }

    public BrushShape getBrushShape() {
        return brushShape;
    }

    public void setBrushShape(BrushShape shape) {
        this.brushShape = shape == null ? BrushShape.CIRCLE : shape;
    }

    private boolean polygonMethod() {
        return method.equals(MaskTool.POLYGON_ADD) || method.equals(MaskTool.POLYGON_REMOVE);
    }

    /** Adds (polygon-add) or removes (polygon-remove) the pending polygon; false when it has fewer than 3 vertices. */
    public boolean applyPolygon() {
        if (polygon.length < 6) {
            return false;
        }
        remember();
        bitmap.polygon(Coordinates.of(polygon), !method.equals(MaskTool.POLYGON_REMOVE));
        polygon = new double[0];
        return true;
    }

    @Override
    public void mouseDown(PointerEvent event) {
        cursorX = event.x();
        cursorY = event.y();
        if (!event.leftButton() || complete) {
            return;
        }
        if (polygonMethod()) {
            polygon = Arrays.copyOf(polygon, polygon.length + 2);
            polygon[polygon.length - 2] = event.x();
            polygon[polygon.length - 1] = event.y();
        } else {
            stroking = true;
            remember();
            bitmap.stamp(event.x(), event.y(), brushSize, brushShape, method.equals(MaskTool.BRUSH));
            lastX = event.x();
            lastY = event.y();
        }
    }

    @Override
    public void mouseMove(PointerEvent event) {
        cursorX = event.x();
        cursorY = event.y();
        if (stroking && event.dragging()) {
            bitmap.stroke(lastX, lastY, event.x(), event.y(), brushSize, brushShape, method.equals(MaskTool.BRUSH));
            lastX = event.x();
            lastY = event.y();
        }
    }

    @Override
    public void mouseUp(PointerEvent event) {
        if (stroking && event.leftButton()) {
            if (event.x() != lastX || event.y() != lastY) {
                bitmap.stroke(lastX, lastY, event.x(), event.y(), brushSize, brushShape, method.equals(MaskTool.BRUSH));
            }
            stroking = false;
        }
    }

    private void remember() {
        PaintBitmap.Snapshot snapshot = bitmap.snapshot();
        undo.push(snapshot);
        undoBytes += snapshot.bits().length;
        while (undoBytes > UNDO_BYTES && undo.size() > 1) {
            undoBytes -= undo.removeLast().bits().length;
        }
    }

    /** Takes back the last polygon vertex or, with no polygon pending, the last stroke or applied polygon. */
    @Override
    public boolean undoLastPoint() {
        if (polygon.length > 0) {
            polygon = Arrays.copyOf(polygon, polygon.length - 2);
            return true;
        }
        if (undo.isEmpty()) {
            return false;
        }
        PaintBitmap.Snapshot previous = undo.pop();
        undoBytes -= previous.bits().length;
        bitmap.restore(previous);
        return true;
    }

    /** Applies a pending polygon; with none pending, saves the mask. */
    @Override
    public void finish() {
        if (!applyPolygon()) {
            complete = true;
        }
    }

    @Override
    public boolean isComplete() {
        return complete;
    }

    /** The painted mask cropped to its pixels (empty when nothing is painted), whether or not the session is finished. */
    @Override
    public Optional<ShapeGeometry> result() {
        return bitmap.toMask().map(MaskBox::toGeometry);
    }

    @Override
    public void renderPreview(GC gc, ViewTransform view, ShapeStyle style) {
        if (bitmap.width() > 0) {
            if (previewVersion != bitmap.version() || previewData == null) {
                previewData = previewImage(style.rgb());
                previewVersion = bitmap.version();
            }
            MaskImages.draw(gc, previewData, bitmap.left(), bitmap.top(), view);
        }
        ShapePainter.prepare(gc, style);
        gc.setLineWidth(1);
        if (polygonMethod()) {
            if (polygon.length >= 2) {
                double[] open = Arrays.copyOf(polygon, polygon.length + 2);
                open[open.length - 2] = cursorX;
                open[open.length - 1] = cursorY;
                int[] path = view.toView(Coordinates.of(open).toArray());
                gc.setLineStyle(method.equals(MaskTool.POLYGON_REMOVE) ? SWT.LINE_DASH : SWT.LINE_SOLID);
                gc.drawPolygon(path);
            }
        } else {
            // The brush footprint under the cursor.
            double half = brushSize / 2.0;
            int x0 = view.viewX(cursorX - half, cursorY - half), y0 = view.viewY(cursorX - half, cursorY - half);
            int x1 = view.viewX(cursorX + half, cursorY + half), y1 = view.viewY(cursorX + half, cursorY + half);
            int x = Math.min(x0, x1), y = Math.min(y0, y1), w = Math.abs(x1 - x0), h = Math.abs(y1 - y0);
            if (brushShape == BrushShape.CIRCLE) {
                gc.drawOval(x, y, w, h);
            } else {
                gc.drawRectangle(x, y, w, h);
            }
        }
    }

    private ImageData previewImage(int rgb) {
        ImageData data = new ImageData(bitmap.width(), bitmap.height(), 8,
                new PaletteData(new RGB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF)));
        byte[] alpha = bitmap.alphaBytes(PREVIEW_ALPHA);
        data.alphaData = alpha;
        return data;
    }

    @Override
    public String hint() {
        return switch (method) {
            case MaskTool.ERASER -> "Drag to erase; N saves the mask";
            case MaskTool.POLYGON_ADD -> polygon.length >= 6 ? "N adds the polygon to the mask" : "Click the polygon to add; N applies it";
            case MaskTool.POLYGON_REMOVE -> polygon.length >= 6 ? "N removes the polygon from the mask" : "Click the polygon to remove; N applies it";
            default -> "Drag to paint; N saves the mask";
        };
    }

    /** Painted pixels, for the status line and tests. */
    public long area() {
        return bitmap.area();
    }
}
