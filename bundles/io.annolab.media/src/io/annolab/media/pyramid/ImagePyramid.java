package io.annolab.media.pyramid;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.image.ImageHeaders;
import io.annolab.core.api.image.ImageSize;
import io.annolab.media.internal.NativeLibraries;

/**
 * An image as a pyramid of levels cut into {@value #TILE_SIZE}-pixel tiles, so that a viewer decodes and
 * uploads only what it shows. Level 0 is full resolution, each next level half the size of the one before
 * (rounded up), down to the first that fits in {@value #TILE_SIZE} pixels. {@link #open} only reads the
 * header; the levels are built in the background (coarse preview first, see {@link PyramidListener}) and
 * live in native memory until {@link #close()}.
 */
public final class ImagePyramid implements AutoCloseable {

    public static final int TILE_SIZE = 512;

    /** OpenCV's own decoder limit (CV_IO_MAX_IMAGE_PIXELS); a gigapixel is 3 GB of level 0 alone. */
    public static final long MAX_PIXELS = 1L << 30;

    /** Two builders: a newly opened image starts while a closed one still finishes its native decode. */
    private static final ExecutorService BUILDERS = Executors.newFixedThreadPool(2, new DaemonThreads());

    private final Path file;
    private final int[] widths;
    private final int[] heights;
    private final LevelStore store;
    private final List<PyramidListener> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch buildEnd = new CountDownLatch(1);
    private volatile AnnolabException failure;

    private ImagePyramid(Path file, int width, int height) {
        this.file = file;
        int count = 1;
        while (Math.max(ceilShift(width, count - 1), ceilShift(height, count - 1)) > TILE_SIZE) {
            count++;
        }
        widths = new int[count];
        heights = new int[count];
        for (int level = 0; level < count; level++) {
            widths[level] = ceilShift(width, level);
            heights[level] = ceilShift(height, level);
        }
        store = new LevelStore(count);
    }

    /** Opens {@code file}; see {@link #open(Path, PyramidListener)}. */
    public static ImagePyramid open(Path file) throws AnnolabException {
        return open(file, null);
    }

    /**
     * Reads the image's size from its header and starts building the levels in the background; returns at
     * once. {@code listener} (may be null) is registered before the build starts, so it misses no level.
     *
     * @throws AnnolabException naming the file when it is missing, not an image, truncated (JPEG) or of an
     *             impossible size; decoding errors found later go to {@link PyramidListener#buildFailed}
     */
    public static ImagePyramid open(Path file, PyramidListener listener) throws AnnolabException {
        ImageSize size;
        boolean jpeg;
        try {
            size = ImageHeaders.readSize(file);
            jpeg = JpegEnd.isJpeg(file);
            if (jpeg && !JpegEnd.isComplete(file)) {
                throw new AnnolabException("the JPEG data ends before the image is complete (file truncated, "
                        + Files.size(file) + " bytes)", file, "Copy or download the file again");
            }
        } catch (NoSuchFileException e) {
            throw new AnnolabException("the image file is missing", file, "Check the path or restore the file", e);
        } catch (AnnolabException e) {
            throw e;
        } catch (IOException e) {
            throw new AnnolabException("cannot read the image file: " + e.getMessage(), file,
                    "Check that the file is readable", e);
        }
        Mat decoded = null;
        if (size == null) { // a format whose header we do not parse (EXR, JPEG 2000, ...): decode to learn it
            decoded = decodeWhole(file);
            size = new ImageSize(decoded.cols(), decoded.rows());
        }
        if ((long) size.width() * size.height() > MAX_PIXELS) {
            if (decoded != null) {
                decoded.close();
            }
            throw new AnnolabException("the image is too large to display: " + size.width() + "x" + size.height()
                    + " pixels (at most " + MAX_PIXELS / 1_000_000 + " megapixels)", file,
                    "Split the image into smaller ones");
        }
        ImagePyramid pyramid = new ImagePyramid(file, size.width(), size.height());
        if (listener != null) {
            pyramid.listeners.add(listener);
        }
        BUILDERS.execute(new PyramidBuilder(pyramid, pyramid.store, jpeg, decoded));
        return pyramid;
    }

    private static Mat decodeWhole(Path file) throws AnnolabException {
        try {
            NativeLibraries.requireOpenCv();
        } catch (IOException e) {
            throw new AnnolabException(e.getMessage(), file, "Reinstall Annolab", e);
        }
        BytePointer encoded = PyramidBuilder.readToNative(file);
        try (Mat encodedMat = new Mat(1, (int) encoded.limit(), CV_8UC1, encoded)) {
            return PyramidBuilder.decode(encodedMat, org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR
                    | org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_ANYDEPTH
                    | org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_IGNORE_ORIENTATION, file);
        } finally {
            encoded.close();
        }
    }

    public Path file() {
        return file;
    }

    public int width() {
        return widths[0];
    }

    public int height() {
        return heights[0];
    }

    public int levelCount() {
        return widths.length;
    }

    public int levelWidth(int level) {
        return widths[level];
    }

    public int levelHeight(int level) {
        return heights[level];
    }

    public int columns(int level) {
        return (widths[level] + TILE_SIZE - 1) / TILE_SIZE;
    }

    public int rows(int level) {
        return (heights[level] + TILE_SIZE - 1) / TILE_SIZE;
    }

    /** Whether {@code level} can be cut into tiles now (possibly still from the preview decode). */
    public boolean isLevelReady(int level) {
        return store.isReady(level);
    }

    /** Whether {@code level} holds preview pixels that the exact ones will replace. */
    public boolean isPreview(int level) {
        return store.isPreview(level);
    }

    /**
     * The level {@code scale} (view pixels per image pixel) calls for: the finest whose resolution is not
     * below the screen's, so nothing is magnified that a finer level could show.
     */
    public int neededLevel(double scale) {
        if (!(scale > 0) || scale >= 1) {
            return 0;
        }
        int level = (int) Math.floor(Math.log(1 / scale) / Math.log(2) + 1e-9);
        return Math.min(level, levelCount() - 1);
    }

    /**
     * The finest level already built that is at least as coarse as {@link #neededLevel(double)}; when none of
     * those is built yet, the coarsest finer one that is; -1 while nothing is built.
     */
    public int bestAvailableLevel(double scale) {
        int needed = neededLevel(scale);
        for (int level = needed; level < levelCount(); level++) {
            if (store.isReady(level)) {
                return level;
            }
        }
        for (int level = needed - 1; level >= 0; level--) {
            if (store.isReady(level)) {
                return level;
            }
        }
        return -1;
    }

    /**
     * The pixels of tile ({@code column}, {@code row}) of {@code level}: {@value #TILE_SIZE} square, smaller
     * at the right and bottom edges. Null when the level is not built yet or the pyramid is closed.
     */
    public TilePixels tile(int level, int column, int row) {
        if (level < 0 || level >= levelCount() || column < 0 || row < 0 || column >= columns(level)
                || row >= rows(level)) {
            throw new IndexOutOfBoundsException("Tile " + column + "," + row + " of level " + level + " is outside "
                    + "the pyramid of " + file.getFileName() + " (" + levelCount() + " levels)");
        }
        int x = column * TILE_SIZE, y = row * TILE_SIZE;
        return store.cut(level, x, y, Math.min(TILE_SIZE, widths[level] - x), Math.min(TILE_SIZE, heights[level] - y));
    }

    public void addListener(PyramidListener listener) {
        listeners.add(listener);
    }

    public void removeListener(PyramidListener listener) {
        listeners.remove(listener);
    }

    /** Why the build stopped, or null (still building, or all levels built). */
    public AnnolabException failure() {
        return failure;
    }

    /** Whether every level holds its exact pixels. */
    public boolean isComplete() {
        for (int level = 0; level < levelCount(); level++) {
            if (!store.isReady(level) || store.isPreview(level)) {
                return false;
            }
        }
        return true;
    }

    /** Waits until the build has ended (built, failed or cancelled); false on timeout. */
    public boolean awaitBuildEnd(Duration timeout) throws InterruptedException {
        return buildEnd.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Native memory held by the levels now, in bytes. */
    public long nativeBytes() {
        return store.nativeBytes();
    }

    /**
     * Stops the build and frees the levels' native memory: at once when the build has ended, else as soon as
     * the builder's current native step returns. Tiles are null from now on. Does not block on the build.
     */
    @Override
    public void close() {
        store.close();
    }

    void levelReady(int level, boolean preview) {
        for (PyramidListener listener : listeners) {
            try {
                listener.levelReady(this, level, preview);
            } catch (RuntimeException e) { // a listener's bug must not read as a decoding failure
                reportListenerFailure(e);
            }
        }
    }

    void failed(AnnolabException e) {
        failure = e;
        for (PyramidListener listener : listeners) {
            try {
                listener.buildFailed(this, e);
            } catch (RuntimeException listenerFailure) {
                reportListenerFailure(listenerFailure);
            }
        }
    }

    private static void reportListenerFailure(RuntimeException e) {
        Thread thread = Thread.currentThread();
        thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
    }

    void buildEnded() {
        buildEnd.countDown();
    }

    @Override
    public String toString() {
        return "ImagePyramid[" + file.getFileName() + ", " + width() + "x" + height() + ", " + levelCount()
                + " levels]";
    }

    private static int ceilShift(int value, int shift) {
        return (int) (((long) value + (1L << shift) - 1) >> shift);
    }

    private static final class DaemonThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "annolab-pyramid-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
