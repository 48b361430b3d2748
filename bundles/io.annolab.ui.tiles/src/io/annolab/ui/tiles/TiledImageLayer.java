package io.annolab.ui.tiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

import io.annolab.core.api.AnnolabException;
import io.annolab.media.pyramid.ImagePyramid;
import io.annolab.media.pyramid.TilePixels;
import io.annolab.media.pyramid.PyramidListener;
import io.annolab.ui.canvas.api.ViewTransform;

/**
 * An image drawn from the tiles of an {@link ImagePyramid}, for canvases: opening is immediate, a paint draws
 * only the visible tiles of the level the zoom calls for and never waits. A tile not yet made is drawn from
 * the nearest coarser tile already made while a background thread converts it to an SWT image; the result
 * goes into an LRU cache bounded by pixels and the repaint callback asks for a new frame. All methods except
 * the constructor must be called on the display's thread.
 */
public final class TiledImageLayer {

    /** About 200 tiles, 190 MB of window-system memory: a 4K screen's worth several times over. */
    public static final long DEFAULT_CACHE_PIXELS = 48L << 20;

    /**
     * Levels are chosen so that tiles are drawn at 0.75 to 1.5 times their size rather than 0.5 to 1 (viewers
     * such as OpenSeadragon allow up to 2): cairo shrinks a 512-px tile below 0.75 in about 4-5 ms against
     * 1-1.5 ms when enlarging, and fewer tiles are drawn; a fit-to-window frame of a 20000-pixel image
     * dropped from about 35 ms to a few.
     */
    private static final double LEVEL_MARGIN = 1.5;

    /** Enough for any pyramid ImagePyramid builds (a 100k side has 9 levels). */
    private static final int MAX_LEVELS = 32;

    private final Display display;
    private final Runnable repaint;
    private final TileCache cache;
    private final ExecutorService loader;
    private final Set<TileKey> loading = ConcurrentHashMap.newKeySet();
    private final AtomicIntegerArray levelVersions = new AtomicIntegerArray(MAX_LEVELS);
    private final AtomicBoolean repaintQueued = new AtomicBoolean();
    private final ImagePyramid pyramid;
    /** The tiles the last paint wanted made; the loader skips tiles scrolled out of view since. */
    private volatile Set<TileKey> wanted = Set.of();
    private volatile ImageAdjustments adjustments = ImageAdjustments.NEUTRAL;
    /** A per-image change of the RGB pixels before the adjustments (histogram equalization), or null. */
    private volatile java.util.function.Consumer<byte[]> pixelFilter;
    private volatile int adjustmentsEpoch;
    private volatile boolean disposed;
    private boolean smooth = true;

    /** See {@link #TiledImageLayer(Display, Path, Runnable, long)} with {@link #DEFAULT_CACHE_PIXELS}. */
    public TiledImageLayer(Display display, Path file, Runnable repaint) throws AnnolabException {
        this(display, file, repaint, DEFAULT_CACHE_PIXELS);
    }

    /**
     * Opens {@code file} (fast: reads its header) and starts building its pyramid.
     *
     * @param repaint run on the display thread whenever there is something new to draw (a level or tile
     *            became ready, the build failed); usually {@code canvas::redraw}
     * @throws AnnolabException naming the file when it is missing, not an image, truncated or absurdly large
     */
    public TiledImageLayer(Display display, Path file, Runnable repaint, long cachePixels) throws AnnolabException {
        this.display = display;
        this.repaint = repaint;
        this.cache = new TileCache(cachePixels);
        this.loader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "annolab-tiles-" + file.getFileName());
            thread.setDaemon(true);
            return thread;
        });
        try {
            this.pyramid = ImagePyramid.open(file, new PyramidListener() {
                @Override
                public void levelReady(ImagePyramid source, int level, boolean preview) {
                    levelVersions.incrementAndGet(level); // tiles of a replaced preview level are now stale
                    requestRepaint();
                }

                @Override
                public void buildFailed(ImagePyramid source, AnnolabException failure) {
                    requestRepaint();
                }
            });
        } catch (AnnolabException e) {
            loader.shutdown();
            throw e;
        }
    }

    public int width() {
        return pyramid.width();
    }

    public int height() {
        return pyramid.height();
    }

    /** The pyramid behind this layer, for its progress ({@link ImagePyramid#isComplete()}) and levels. */
    public ImagePyramid pyramid() {
        return pyramid;
    }

    /** Why the image cannot be shown (for the canvas to say so), or null. */
    public AnnolabException failure() {
        return pyramid.failure();
    }

    public boolean isSmooth() {
        return smooth;
    }

    /** Smooth (bilinear-like) or pixelated (nearest neighbour) scaling, as in the image settings. */
    public void setSmooth(boolean smooth) {
        this.smooth = smooth;
    }

    /**
     * Changes every tile's RGB pixels in place before the adjustments, e.g. with a lookup table
     * made from the whole image's histogram; null removes it. Tiles are remade.
     */
    public void setPixelFilter(java.util.function.Consumer<byte[]> filter) {
        if (filter != pixelFilter) {
            pixelFilter = filter;
            adjustmentsEpoch++;
        }
    }

    /** The pixels of the coarsest level (the whole image, small), once made; null before. */
    public TilePixels overview() {
        int coarsest = pyramid.levelCount() - 1;
        return pyramid.isLevelReady(coarsest) ? pyramid.tile(coarsest, 0, 0) : null;
    }

    public ImageAdjustments adjustments() {
        return adjustments;
    }

    /** New colour settings: every tile is converted again; until then the old ones are drawn. */
    public void setAdjustments(ImageAdjustments adjustments) {
        if (!adjustments.equals(this.adjustments)) {
            this.adjustments = adjustments;
            adjustmentsEpoch++;
            requestRepaint();
        }
    }

    /**
     * Draws the visible part of the image. Never blocks: what is not ready is requested and drawn coarser.
     *
     * @param view the canvas transform; its imageWidth/imageHeight are used for quarter turns (this image's
     *            size when they are 0)
     * @return true when the frame is final: every visible tile drawn from the level the zoom calls for, with
     *         exact pixels and the current adjustments; false while something better is still coming
     */
    public boolean paint(GC gc, ViewTransform view, Rectangle clientArea) {
        if (disposed || !(view.scale() > 0)) {
            return false;
        }
        double levelScale = view.scale() / LEVEL_MARGIN;
        int level = pyramid.bestAvailableLevel(levelScale);
        if (level < 0) {
            return false;
        }
        double imageWidth = view.imageWidth() > 0 ? view.imageWidth() : width();
        double imageHeight = view.imageHeight() > 0 ? view.imageHeight() : height();
        double[] visible = visibleImageArea(view, clientArea);
        if (visible[0] >= visible[2] || visible[1] >= visible[3]) {
            return true;
        }
        boolean complete = level == pyramid.neededLevel(levelScale) && !pyramid.isPreview(level);
        Set<TileKey> want = new LinkedHashSet<>();
        int coarsest = pyramid.levelCount() - 1;
        TileKey lastResort = new TileKey(coarsest, 0, 0);
        TileCache.Entry lastResortEntry = cache.get(lastResort);
        if (pyramid.isLevelReady(coarsest) && (lastResortEntry == null || !isFresh(lastResort, lastResortEntry))) {
            // the fallback of last resort is kept at hand; asking again for a fresh one would convert it and repaint on every paint
            want.add(lastResort);
        }
        List<TileKey> drawn = new ArrayList<>();
        Set<TileKey> fallbacks = new LinkedHashSet<>();
        double toLevelX = (double) pyramid.levelWidth(level) / width();
        double toLevelY = (double) pyramid.levelHeight(level) / height();
        int firstColumn = Math.max(0, (int) (visible[0] * toLevelX) / ImagePyramid.TILE_SIZE);
        int lastColumn = Math.min(pyramid.columns(level) - 1, (int) Math.ceil(visible[2] * toLevelX) / ImagePyramid.TILE_SIZE);
        int firstRow = Math.max(0, (int) (visible[1] * toLevelY) / ImagePyramid.TILE_SIZE);
        int lastRow = Math.min(pyramid.rows(level) - 1, (int) Math.ceil(visible[3] * toLevelY) / ImagePyramid.TILE_SIZE);
        for (int row = firstRow; row <= lastRow; row++) {
            for (int column = firstColumn; column <= lastColumn; column++) {
                TileKey key = new TileKey(level, column, row);
                TileCache.Entry entry = cache.get(key);
                if (entry == null || !isFresh(key, entry)) {
                    want.add(key);
                    complete = false;
                }
                if (entry != null) {
                    drawn.add(key);
                } else {
                    TileKey fallback = coarserInCache(key);
                    if (fallback != null) {
                        fallbacks.add(fallback);
                    }
                }
            }
        }
        Transform transform = ImageToView.create(gc.getDevice(), view, imageWidth, imageHeight);
        int interpolation = gc.getInterpolation();
        try {
            gc.setTransform(transform);
            // SWT.DEFAULT leaves cairo's bilinear filter; SWT.HIGH (cairo GOOD) measured 20-40 ms per 512-px
            // tile under any scaling, against 1-5 ms, and is no smoother when magnifying
            gc.setInterpolation(smooth ? SWT.DEFAULT : SWT.NONE);
            List<TileKey> order = new ArrayList<>(fallbacks);
            order.sort(Comparator.comparingInt(TileKey::level).reversed()); // coarse first, finer on top
            order.addAll(drawn);
            for (TileKey key : order) {
                drawTile(gc, key, cache.get(key).image());
            }
        } finally {
            gc.setTransform(null);
            gc.setInterpolation(interpolation);
            transform.dispose();
        }
        wanted = want;
        for (TileKey key : want) {
            requestTile(key);
        }
        return complete;
    }

    /** Frees the tile images, stops the loader and the build and frees the pyramid's native memory. */
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        loader.shutdownNow();
        pyramid.close();
        cache.clear();
    }

    public boolean isDisposed() {
        return disposed;
    }

    /** Tile images held, in pixels (bounded by the cache size given at construction). */
    public long cachedPixels() {
        return cache.pixels();
    }

    private boolean isFresh(TileKey key, TileCache.Entry entry) {
        return entry.levelVersion() == levelVersions.get(key.level()) && entry.adjustmentsEpoch() == adjustmentsEpoch;
    }

    private TileKey coarserInCache(TileKey key) {
        for (int levels = 1; key.level() + levels < pyramid.levelCount(); levels++) {
            TileKey coarser = key.coarser(levels);
            if (cache.get(coarser) != null) {
                return coarser;
            }
        }
        return null;
    }

    /** Draws a tile over its area in image coordinates; shared edges are computed alike, so no seams open. */
    private void drawTile(GC gc, TileKey key, Image image) {
        int level = key.level();
        int levelX = key.column() * ImagePyramid.TILE_SIZE, levelY = key.row() * ImagePyramid.TILE_SIZE;
        Rectangle size = image.getBounds();
        int x0 = toImage(levelX, pyramid.levelWidth(level), width());
        int y0 = toImage(levelY, pyramid.levelHeight(level), height());
        int x1 = toImage(levelX + size.width, pyramid.levelWidth(level), width());
        int y1 = toImage(levelY + size.height, pyramid.levelHeight(level), height());
        io.annolab.ui.canvas.api.ImageBlit.draw(gc, image, 0, 0, size.width, size.height, x0, y0, x1 - x0, y1 - y0);
    }

    private static int toImage(int levelCoordinate, int levelSize, int imageSize) {
        return levelCoordinate >= levelSize ? imageSize
                : (int) Math.round((double) levelCoordinate * imageSize / levelSize);
    }

    /** {minX, minY, maxX, maxY} of the image under the client area, clamped to the image. */
    private double[] visibleImageArea(ViewTransform view, Rectangle area) {
        double[] xs = { area.x, area.x + area.width };
        double[] ys = { area.y, area.y + area.height };
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double vx : xs) {
            for (double vy : ys) {
                double x = view.imageX(vx, vy), y = view.imageY(vx, vy);
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        return new double[] { Math.max(0, minX), Math.max(0, minY), Math.min(width(), maxX), Math.min(height(), maxY) };
    }

    private void requestTile(TileKey key) {
        if (!loading.add(key)) {
            return;
        }
        try {
            loader.execute(() -> load(key));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            loading.remove(key); // disposed meanwhile
        }
    }

    /** On the loader thread: cut, adjust and convert one tile, then hand it to the UI thread. */
    private void load(TileKey key) {
        if (disposed || !wanted.contains(key)) {
            loading.remove(key);
            return;
        }
        int version = levelVersions.get(key.level()); // read before cutting: a newer level only makes it stale
        int epoch = adjustmentsEpoch;
        Image image;
        try {
            var pixels = pyramid.tile(key.level(), key.column(), key.row());
            image = pixels == null ? null : TileImages.toImage(display, pixels, pixelFilter, adjustments);
        } catch (RuntimeException e) {
            loading.remove(key);
            throw e;
        }
        if (image == null) {
            loading.remove(key);
            return;
        }
        try {
            display.asyncExec(() -> {
                loading.remove(key);
                if (disposed) {
                    image.dispose();
                    return;
                }
                cache.put(key, new TileCache.Entry(image, version, epoch));
                repaint.run();
            });
        } catch (SWTException e) { // the display is gone, and the image with it
            loading.remove(key);
        }
    }

    private void requestRepaint() {
        if (disposed || !repaintQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            display.asyncExec(() -> {
                repaintQueued.set(false);
                if (!disposed) {
                    repaint.run();
                }
            });
        } catch (SWTException e) {
            repaintQueued.set(false); // the display is gone
        }
    }
}
