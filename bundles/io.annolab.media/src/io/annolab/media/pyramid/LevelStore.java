package io.annolab.media.pyramid;

import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2RGB;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;

/**
 * The level matrices (8-bit BGR, native memory) and who may free them. While the builder runs only it frees
 * levels, so it can read a level for the next resize without holding the lock for that long; closing during
 * a build just marks the store and the builder frees everything when it stops. Tile cuts hold the read lock.
 */
final class LevelStore {

    private final Mat[] mats;
    private final boolean[] preview;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;
    private boolean building = true;

    LevelStore(int levelCount) {
        mats = new Mat[levelCount];
        preview = new boolean[levelCount];
    }

    /** Stores a level, freeing the one it replaces; false (and {@code mat} freed) once the store is closed. */
    boolean put(int level, Mat mat, boolean isPreview) {
        lock.writeLock().lock();
        try {
            if (closed) {
                mat.close();
                return false;
            }
            Mat old = mats[level];
            mats[level] = mat;
            preview[level] = isPreview;
            if (old != null && old != mat) {
                old.close();
            }
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** For the builder thread only: a level's matrix without locking (nobody else frees it while building). */
    Mat forBuilder(int level) {
        return mats[level];
    }

    boolean isReady(int level) {
        lock.readLock().lock();
        try {
            return mats[level] != null;
        } finally {
            lock.readLock().unlock();
        }
    }

    boolean isPreview(int level) {
        lock.readLock().lock();
        try {
            return mats[level] != null && preview[level];
        } finally {
            lock.readLock().unlock();
        }
    }

    boolean isClosed() {
        lock.readLock().lock();
        try {
            return closed;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The rectangle of a level as RGB bytes, or null when the level is not built (or the store is closed). */
    TilePixels cut(int level, int x, int y, int width, int height) {
        lock.readLock().lock();
        try {
            Mat levelMat = mats[level];
            if (levelMat == null) {
                return null;
            }
            try (PointerScope scope = new PointerScope()) {
                Mat region = new Mat(levelMat, new Rect(x, y, width, height));
                Mat rgb = new Mat(); // a fresh continuous matrix, so one bulk copy suffices
                cvtColor(region, rgb, COLOR_BGR2RGB);
                byte[] bytes = new byte[width * height * 3];
                rgb.data().get(bytes);
                return new TilePixels(width, height, bytes, preview[level]);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    long nativeBytes() {
        lock.readLock().lock();
        try {
            long bytes = 0;
            for (Mat mat : mats) {
                if (mat != null) {
                    bytes += mat.total() * mat.elemSize();
                }
            }
            return bytes;
        } finally {
            lock.readLock().unlock();
        }
    }

    void close() {
        lock.writeLock().lock();
        try {
            closed = true;
            if (!building) {
                freeAll();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    void builderDone() {
        lock.writeLock().lock();
        try {
            building = false;
            if (closed) {
                freeAll();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void freeAll() {
        for (int i = 0; i < mats.length; i++) {
            if (mats[i] != null) {
                mats[i].close();
                mats[i] = null;
            }
        }
    }
}
