package io.annolab.ui.editor.canvas;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import io.annolab.model.Annotation;
import io.annolab.model.Label;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Tag;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.DrawingOptions;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ShapeTools;
import io.annolab.ui.canvas.api.ViewTransform;
import io.annolab.ui.editor.session.AnnotationEdits;
import io.annolab.ui.editor.session.EditorListener;
import io.annolab.ui.editor.session.EditorSession;
import io.annolab.ui.editor.session.LabelColors;

/**
 * The annotation canvas: the frame picture, the frame's shapes, and the gestures that draw,
 * select, move and reshape them. View state (zoom, pan, quarter turns) lives here; annotations
 * change only through {@link AnnotationEdits}, so every gesture is one undoable command.
 */
public final class AnnotationCanvas extends Canvas implements EditorListener {

    private static final double MIN_SCALE = 1.0 / 256;
    private static final double MAX_SCALE = 64;

    private final EditorSession session;
    private final AnnotationEdits edits;
    private final CanvasSettings settings;
    private final ShapeLayer shapes = new ShapeLayer();
    private final SceneCache scene = new SceneCache(this);
    private final FrameImageFactory images;
    private FrameImage image;
    private ViewTransform view = new ViewTransform(1, 0, 0);
    private int quarterTurns;
    private boolean fitPending = true;
    /** The previous frame's picture, shown while the current one decodes. */
    private FrameImage standIn;
    private Drawing drawing;
    private ShapeTool drawingTool;
    private Label drawingLabel;
    private DragPreview dragPreview;
    private Consumer<String> status = s -> { };
    private long lastPaintNanos;
    private long lastImagePaintNanos;

    /** A shape being moved or reshaped: drawn from its preview geometry until the mouse is released. */
    record DragPreview(Shape shape, ShapeGeometry geometry) {
    }

    /** Makes the picture of a frame (the tiled pyramid in the product, plain SWT decoding as a fallback). */
    public interface FrameImageFactory {
        FrameImage open(EditorSession session, int frame, Runnable repaint);

        /** The player runs through the frames by {@code step} source frames (negative: backwards; 0: stopped), so decoders can read ahead. */
        default void playing(int step) {
        }
    }

    public AnnotationCanvas(Composite parent, EditorSession session, CanvasSettings settings, FrameImageFactory images) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.session = session;
        this.edits = new AnnotationEdits(session);
        this.settings = settings;
        this.images = images;
        session.addListener(this);
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.Resize, e -> {
            if (fitPending) {
                fit();
            }
        });
        new CanvasMouse(this).install();
        addDisposeListener(e -> {
            session.removeListener(this);
            if (image != null) {
                image.dispose();
            }
            disposeStandIn();
            scene.dispose();
        });
        loadFrame();
    }

    // --- frame and session events

    private void loadFrame() {
        // frames of one size (a video, a burst of photos) keep the user's zoom and pan, so playing and stepping do not jump
        int oldWidth = image == null ? -1 : image.width();
        int oldHeight = image == null ? -1 : image.height();
        // the last picture stays up until the new one arrives (same size only): playing and stepping do not flash
        disposeStandIn();
        if (image != null && image.ready() && image.problem() == null) {
            standIn = image;
        } else if (image != null) {
            image.dispose();
        }
        int frame = session.frame();
        image = images.open(session, frame, () -> {
            if (!isDisposed()) {
                if (image.ready() || image.problem() != null) {
                    disposeStandIn();
                }
                scene.invalidate(); // more of the picture arrived
                redraw();
            }
        });
        scene.invalidate();
        image.applySettings(settings);
        rebuildShapes();
        if (image.width() != oldWidth || image.height() != oldHeight || fitPending) {
            fitPending = true;
            fit();
        } else {
            redraw();
        }
    }

    private void disposeStandIn() {
        if (standIn != null) {
            standIn.dispose();
            standIn = null;
        }
    }

    /** The picture painted now: the frame's own once it arrived, until then the previous frame's. */
    private FrameImage shownImage() {
        return standIn != null && !image.ready() && image.problem() == null && standIn.width() == image.width()
                && standIn.height() == image.height() ? standIn : image;
    }

    private void rebuildShapes() {
        shapes.rebuild(session.shapesOn(session.frame()), image.width(), image.height());
    }

    /** Tells the frame decoders that the player runs (step in source frames per shown frame) or stopped (0). */
    public void playing(int step) {
        images.playing(step);
    }

    /** Whether the current frame's picture has arrived (or failed): the player waits for it before moving on. */
    public boolean frameShown() {
        return image != null && (image.ready() || image.problem() != null);
    }

    @Override
    public void frameChanged(int frame) {
        cancelDrawing();
        loadFrame();
    }

    @Override
    public void annotationsChanged() {
        List<Shape> changed = ChangedShapes.of(session.commandStack().getMostRecentCommand());
        List<double[]> before = new java.util.ArrayList<>();
        for (Shape shape : changed == null ? List.<Shape>of() : changed) {
            double[] bounds = shapes.indexedBounds(shape);
            if (bounds != null) {
                before.add(bounds);
            }
        }
        rebuildShapes();
        if (changed == null) {
            scene.invalidate();
        } else {
            // only where the changed shapes were and are now: an edit costs its own size, not the frame's
            before.forEach(scene::invalidate);
            for (Shape shape : changed) {
                if (shape.eContainer() != null && shape.getFrame() == session.frame()) {
                    scene.invalidate(shapes.tool(shape.getType()).bounds(shape));
                }
            }
        }
        redraw();
    }

    @Override
    public void selectionChanged() {
        redraw();
    }

    @Override
    public void appearanceChanged() {
        scene.invalidate();
        redraw();
    }

    // --- view

    public ViewTransform view() {
        return view;
    }

    public FrameImage frameImage() {
        return image;
    }

    public CanvasSettings settings() {
        return settings;
    }

    /** Call after changing {@link #settings()}: the picture and the scene are drawn anew. */
    public void settingsChanged() {
        image.applySettings(settings);
        scene.invalidate();
        redraw();
    }

    /** Fits the whole (turned) image into the canvas, centred (CVAT's Fit, also double click). */
    public void fit() {
        Rectangle area = getClientArea();
        if (area.width <= 1 || area.height <= 1) {
            return;
        }
        fitPending = false;
        ViewTransform turned = new ViewTransform(1, 0, 0, quarterTurns, image.width(), image.height());
        double scale = Math.min(area.width / turned.turnedWidth(), area.height / turned.turnedHeight()) * 0.98;
        view = new ViewTransform(scale, (area.width - turned.turnedWidth() * scale) / 2, (area.height - turned.turnedHeight() * scale) / 2,
                quarterTurns, image.width(), image.height());
        redraw();
    }

    /** Zooms by {@code factor} keeping the image point under view point (vx, vy) in place. */
    public void zoomAt(double factor, double vx, double vy) {
        double scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, view.scale() * factor));
        double applied = scale / view.scale();
        view = view.withScale(scale, vx - (vx - view.offsetX()) * applied, vy - (vy - view.offsetY()) * applied);
        redraw();
    }

    public void panBy(double dx, double dy) {
        view = view.withScale(view.scale(), view.offsetX() + dx, view.offsetY() + dy);
        redraw();
    }

    /** Turns the image a quarter clockwise (+1) or anticlockwise (-1), for this view only. */
    public void rotate(int quarters) {
        quarterTurns = Math.floorMod(quarterTurns + quarters, 4);
        fit();
    }

    /** Zooms so the image box, with {@code margin} screen pixels around it, fills the canvas (attribute mode, region of interest). */
    public void zoomTo(double minX, double minY, double maxX, double maxY, int margin) {
        Rectangle area = getClientArea();
        double w = Math.max(1, maxX - minX), h = Math.max(1, maxY - minY);
        double turnedW = quarterTurns % 2 == 0 ? w : h, turnedH = quarterTurns % 2 == 0 ? h : w;
        double scale = Math.max(MIN_SCALE,
                Math.min(MAX_SCALE, Math.min((area.width - 2.0 * margin) / turnedW, (area.height - 2.0 * margin) / turnedH)));
        ViewTransform scaled = new ViewTransform(scale, 0, 0, quarterTurns, image.width(), image.height());
        double cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
        view = new ViewTransform(scale, area.width / 2.0 - scaled.viewXd(cx, cy), area.height / 2.0 - scaled.viewYd(cx, cy), quarterTurns,
                image.width(), image.height());
        fitPending = false;
        redraw();
    }

    /** Sets view state directly (benchmarks and tests). */
    public void setView(ViewTransform newView) {
        view = newView;
        quarterTurns = newView.quarterTurns();
        fitPending = false;
        redraw();
    }

    // --- drawing

    /** Starts drawing a new shape with a tool; Esc cancels, N finishes. */
    public void startDrawing(ShapeTool tool, Label label, String method, int pointLimit) {
        cancelDrawing();
        drawingTool = tool;
        drawingLabel = label;
        drawing = tool.startDrawing(new DrawingOptions(label, method, pointLimit, session.shapesOn(session.frame()), view, image.width(),
                image.height()));
        status.accept(drawing.hint());
        setCursor(getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
        redraw();
    }

    /**
     * Starts a drawing made elsewhere (an AI interactor, intelligent scissors): it gets the canvas
     * events like a tool's own, and its result becomes a new shape of {@code label}.
     */
    public void startDrawing(Drawing custom, ShapeTool resultTool, Label label) {
        cancelDrawing();
        drawingTool = resultTool;
        drawingLabel = label;
        drawing = custom;
        status.accept(drawing.hint());
        setCursor(getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
        redraw();
    }

    /** Starts a tool's own editor on an existing shape (Shift+click). */
    boolean startEditing(Shape shape) {
        ShapeTool tool = shapes.tool(shape.getType());
        Optional<Drawing> editor = tool.startEditing(shape, new DrawingOptions(shape.getLabel(), null, 0, session.shapesOn(session.frame()),
                view, image.width(), image.height()));
        if (editor.isEmpty()) {
            return false;
        }
        cancelDrawing();
        drawingTool = tool;
        drawingLabel = shape.getLabel();
        drawing = new EditingDrawing(editor.get(), shape);
        status.accept(drawing.hint());
        redraw();
        return true;
    }

    /**
     * Starts CVAT's slice on a shape: the user draws the cut line with the polyline gesture; when
     * it is finished, the shape's tool cuts the shape in two, or the status line says why not.
     */
    public void startSlice(Shape shape) {
        ShapeTool lineTool = ShapeTools.forType(ShapeType.POLYLINE).orElse(null);
        if (lineTool == null) {
            status("Slicing draws the cut with the polyline tool, which is not installed");
            return;
        }
        cancelDrawing();
        drawingTool = lineTool;
        drawingLabel = shape.getLabel();
        drawing = new CutDrawing(lineTool.startDrawing(new DrawingOptions(shape.getLabel(), null, 0, List.of(), view, image.width(),
                image.height())), shape);
        status("Draw the cut line across the shape, then press N");
        setCursor(getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
        redraw();
    }

    /** The tool that draws and edits a shape. */
    public ShapeTool toolOf(Shape shape) {
        return shapes.tool(shape.getType());
    }

    /** A cut line being drawn over a shape; completing it slices the shape. */
    record CutDrawing(Drawing delegate, Shape shape) implements Drawing {
        @Override public void discard() { delegate.discard(); }
        @Override public void mouseDown(io.annolab.ui.canvas.api.PointerEvent e) { delegate.mouseDown(e); }
        @Override public void mouseMove(io.annolab.ui.canvas.api.PointerEvent e) { delegate.mouseMove(e); }
        @Override public void mouseUp(io.annolab.ui.canvas.api.PointerEvent e) { delegate.mouseUp(e); }
        @Override public boolean undoLastPoint() { return delegate.undoLastPoint(); }
        @Override public void finish() { delegate.finish(); }
        @Override public boolean isComplete() { return delegate.isComplete(); }
        @Override public Optional<ShapeGeometry> result() { return delegate.result(); }
        @Override public void renderPreview(GC gc, ViewTransform view, ShapeStyle style) { delegate.renderPreview(gc, view, style); }
        @Override public String hint() { return "Draw the cut line across the shape, then press N"; }
    }

    public boolean isDrawing() {
        return drawing != null;
    }

    public Drawing drawing() {
        return drawing;
    }

    public ShapeTool drawingTool() {
        return drawingTool;
    }

    /** N / Done: finishes the drawing if it has enough points. */
    public void finishDrawing() {
        if (drawing != null) {
            drawing.finish();
            completeDrawingIfDone();
        }
    }

    public void cancelDrawing() {
        if (drawing != null) {
            drawing.discard();
            drawing = null;
            drawingTool = null;
            setCursor(null);
            status.accept("");
            redraw();
        }
    }

    void completeDrawingIfDone() {
        if (drawing == null || !drawing.isComplete()) {
            if (drawing != null) {
                status.accept(drawing.hint());
            }
            redraw();
            return;
        }
        Drawing done = drawing;
        Optional<ShapeGeometry> result = done.result();
        done.discard();
        drawing = null;
        setCursor(null);
        status.accept("");
        if (result.isPresent()) {
            if (done instanceof EditingDrawing editing) {
                edits.setGeometry(editing.shape(), result.get());
            } else if (done instanceof CutDrawing cut) {
                List<ShapeGeometry> parts = toolOf(cut.shape()).slice(cut.shape(), result.get().points());
                if (parts.size() == 2) {
                    session.select(edits.replace(cut.shape(), parts));
                } else {
                    status("The cut must cross the outline exactly twice and not cross itself; the shape is unchanged");
                }
            } else {
                Shape created = edits.addShape(result.get(), drawingLabel);
                session.select(created);
            }
        }
        drawingTool = null;
        redraw();
    }

    /** A tool's editor on an existing shape: completing it replaces that shape's geometry. */
    record EditingDrawing(Drawing delegate, Shape shape) implements Drawing {
        @Override public void discard() { delegate.discard(); }
        @Override public void mouseDown(io.annolab.ui.canvas.api.PointerEvent e) { delegate.mouseDown(e); }
        @Override public void mouseMove(io.annolab.ui.canvas.api.PointerEvent e) { delegate.mouseMove(e); }
        @Override public void mouseUp(io.annolab.ui.canvas.api.PointerEvent e) { delegate.mouseUp(e); }
        @Override public boolean undoLastPoint() { return delegate.undoLastPoint(); }
        @Override public void finish() { delegate.finish(); }
        @Override public boolean isComplete() { return delegate.isComplete(); }
        @Override public Optional<ShapeGeometry> result() { return delegate.result(); }
        @Override public void renderPreview(GC gc, ViewTransform view, ShapeStyle style) { delegate.renderPreview(gc, view, style); }
        @Override public String hint() { return delegate.hint(); }
    }

    // --- interaction support for CanvasMouse

    public EditorSession session() {
        return session;
    }

    AnnotationEdits edits() {
        return edits;
    }

    ShapeLayer shapeLayer() {
        return shapes;
    }

    void setDragPreview(DragPreview preview) {
        // the dragged shape leaves the cached scene while it follows the pointer, and returns when dropped
        Shape was = dragPreview == null ? null : dragPreview.shape(), now = preview == null ? null : preview.shape();
        if (was != now) {
            for (Shape shape : new Shape[] { was, now }) {
                double[] bounds = shape == null ? null : shapes.indexedBounds(shape);
                if (bounds != null) {
                    scene.invalidate(bounds);
                }
            }
        }
        dragPreview = preview;
        redraw();
    }

    DragPreview dragPreview() {
        return dragPreview;
    }

    /** Image-space bounds of a shape as its tool sees them. */
    public double[] boundsOf(Shape shape) {
        return shapes.tool(shape.getType()).bounds(shape);
    }

    /** The top-most shape under a view point. */
    public Shape shapeAt(int vx, int vy) {
        return shapes.hit(view.imageX(vx, vy), view.imageY(vx, vy), view.imageDistance(5), session);
    }

    public void setStatusConsumer(Consumer<String> consumer) {
        status = consumer;
    }

    public void status(String text) {
        status.accept(text);
    }

    /** Nanoseconds the last paint took (benchmark). */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    /** Nanoseconds the picture took within the last paint (benchmark). */
    public long lastImagePaintNanos() {
        return lastImagePaintNanos;
    }

    public int lastPaintedShapes() {
        return shapes.lastPainted();
    }

    // --- painting

    private void paint(GC gc) {
        long start = System.nanoTime();
        Rectangle area = getClientArea();
        Color background = new Color(getDisplay(), (settings.backgroundRgb >> 16) & 0xFF, (settings.backgroundRgb >> 8) & 0xFF,
                settings.backgroundRgb & 0xFF);
        gc.setBackground(background);
        Shape dragged = dragPreview == null ? null : dragPreview.shape();
        scene.paint(gc, area, view, (sceneGc, region) -> paintScene(sceneGc, area, region, background, dragged));
        gc.setAdvanced(true);
        gc.setAntialias(view.scale() < 1.5 ? SWT.OFF : SWT.DEFAULT);
        if (shownImage() == image && (!image.ready() || image.problem() != null)) {
            paintMessage(gc, area, image.problem() == null ? "Loading frame " + session.frame() + " \u2026" : image.problem());
        }
        double[] visible = ViewTransforms.visibleImageArea(view, area.width, area.height);
        paintSelectedShapes(gc, dragged);
        if (dragPreview != null) {
            Shape ghost = dragPreview.geometry().toShape();
            ghost.setLabel(dragPreview.shape().getLabel());
            ghost.setOccluded(dragPreview.shape().isOccluded());
            shapes.tool(ghost.getType()).render(gc, ghost, view, ShapeLayer.styleOf(dragPreview.shape(), session, settings, false).selected(true));
        }
        paintSelectionHandles(gc);
        if (settings.showText) {
            ObjectCaptions.paint(gc, view, session, shapes, visible, settings);
        }
        if (settings.showTags) {
            paintTags(gc);
        }
        if (drawing != null) {
            int rgb = LabelColors.rgb(drawingLabel);
            drawing.renderPreview(gc, view, new ShapeStyle(rgb, settings.fillOpacity * 255 / 100, 2, true, false, false, false));
            gc.setAlpha(255);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        lastPaintNanos = System.nanoTime() - start;
    }

    /** The cached part of a frame: background, picture, grid and every shape but the dragged one, unselected. */
    private boolean paintScene(GC gc, Rectangle area, Rectangle region, Color background, Shape dragged) {
        gc.setBackground(background);
        gc.fillRectangle(region);
        gc.setAdvanced(true);
        gc.setAntialias(view.scale() < 1.5 ? SWT.OFF : SWT.DEFAULT);
        gc.setInterpolation(settings.smooth ? SWT.LOW : SWT.NONE);
        long imageStart = System.nanoTime();
        FrameImage picture = shownImage();
        boolean finalPicture = picture.paint(gc, view, region) && picture == image;
        lastImagePaintNanos = System.nanoTime() - imageStart;
        double[] visible = ViewTransforms.visibleImageArea(view, region);
        if (settings.grid) {
            CanvasGrid.paint(gc, view, visible, settings);
        }
        shapes.paint(gc, view, visible, session, settings, dragged);
        return finalPicture;
    }

    /** Selected shapes are drawn over the scene in the selected style, so a change of selection needs no new scene. */
    private void paintSelectedShapes(GC gc, Shape dragged) {
        for (Annotation selected : session.selection()) {
            if (selected instanceof Shape shape && shape != dragged && shape.getFrame() == session.frame() && session.isVisible(shape)) {
                shapes.tool(shape.getType()).render(gc, shape, view, ShapeLayer.styleOf(shape, session, settings, false).selected(true));
            }
        }
        gc.setAlpha(255);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private void paintSelectionHandles(GC gc) {
        if (drawing != null) {
            return;
        }
        for (Annotation selected : session.selection()) {
            if (selected instanceof Shape shape && shape.getFrame() == session.frame() && !session.isLocked(shape)) {
                Shape source = dragPreview != null && dragPreview.shape() == shape ? withGeometry(shape, dragPreview.geometry()) : shape;
                ShapeLayer.paintHandles(gc, view, shapes.tool(shape.getType()).handles(source), settings.controlPointSize);
            }
        }
    }

    private static Shape withGeometry(Shape shape, ShapeGeometry geometry) {
        Shape copy = geometry.toShape();
        copy.setLabel(shape.getLabel());
        return copy;
    }

    private void paintTags(GC gc) {
        int y = 6;
        for (Annotation annotation : session.annotationsOn(session.frame())) {
            if (annotation instanceof Tag tag && session.isVisible(tag) && tag.getLabel() != null) {
                String text = tag.getLabel().getName();
                Point extent = gc.textExtent(text);
                int rgb = session.colorOf(tag);
                Color color = new Color(getDisplay(), (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
                gc.setBackground(color);
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.fillRoundRectangle(6, y, extent.x + 12, extent.y + 4, 8, 8);
                gc.drawText(text, 12, y + 2, true);
                y += extent.y + 8;
            }
        }
    }

    private void paintMessage(GC gc, Rectangle area, String text) {
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        Point extent = gc.textExtent(text);
        gc.drawText(text, Math.max(4, (area.width - extent.x) / 2), area.height / 2, true);
    }

    /** Shapes of the current frame (benchmark and tests). */
    public List<Shape> frameShapes() {
        return session.shapesOn(session.frame());
    }
}
