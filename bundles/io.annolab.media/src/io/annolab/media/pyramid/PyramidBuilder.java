package io.annolab.media.pyramid;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_ANYDEPTH;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_IGNORE_ORIENTATION;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_REDUCED_COLOR_2;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_REDUCED_COLOR_4;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_REDUCED_COLOR_8;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

import io.annolab.core.api.AnnolabException;
import io.annolab.media.internal.MatImages;
import io.annolab.media.internal.NativeLibraries;

/**
 * Builds a pyramid's levels on a background thread: for a JPEG first a coarse preview straight from the
 * codec's 1/2, 1/4 or 1/8 reduced decode (a fraction of the full decode time), then the full decode and each
 * finer level halved from the one above it with INTER_AREA. The file is read once into native memory, which
 * keeps a big file off the Java heap and lets non-ASCII paths bypass OpenCV's own file handling.
 */
final class PyramidBuilder implements Runnable {

    /**
     * EXIF orientation is ignored so that pixels match the size in the header, which is what the rest of
     * Annolab (and Datumaro) use for the image's coordinate system.
     */
    private static final int FULL_FLAGS = IMREAD_COLOR | IMREAD_ANYDEPTH | IMREAD_IGNORE_ORIENTATION;

    private final ImagePyramid pyramid;
    private final LevelStore store;
    private final boolean jpeg;
    private Mat decodedInOpen;

    PyramidBuilder(ImagePyramid pyramid, LevelStore store, boolean jpeg, Mat decodedInOpen) {
        this.pyramid = pyramid;
        this.store = store;
        this.jpeg = jpeg;
        this.decodedInOpen = decodedInOpen;
    }

    @Override
    public void run() {
        try {
            build();
        } catch (AnnolabException e) {
            pyramid.failed(e);
        } catch (IOException | RuntimeException e) {
            pyramid.failed(new AnnolabException("cannot decode the image: " + e.getMessage(), pyramid.file(),
                    "Check that the file opens in another viewer; re-export or copy it again", e));
        } catch (OutOfMemoryError e) {
            pyramid.failed(new AnnolabException("not enough memory to decode the " + pyramid.width() + "x"
                    + pyramid.height() + " image (" + e.getMessage() + ")", pyramid.file(),
                    "Close other images or applications, or start Annolab with more memory", null));
        } finally {
            if (decodedInOpen != null) {
                decodedInOpen.close();
            }
            store.builderDone();
            pyramid.buildEnded();
        }
    }

    private void build() throws IOException {
        if (store.isClosed()) {
            return;
        }
        Mat full;
        if (decodedInOpen != null) {
            full = decodedInOpen;
            decodedInOpen = null;
        } else {
            NativeLibraries.requireOpenCv();
            BytePointer encoded = readToNative(pyramid.file());
            try (Mat encodedMat = new Mat(1, (int) encoded.limit(), CV_8UC1, encoded)) {
                if (jpeg && pyramid.levelCount() > 1 && !buildPreview(encodedMat)) {
                    return;
                }
                if (store.isClosed()) {
                    return;
                }
                full = decode(encodedMat, FULL_FLAGS, pyramid.file());
            } finally {
                encoded.close(); // before the finer levels are made: a big JPEG is tens of megabytes
            }
        }
        Mat bgr = MatImages.toBgr8(full);
        if (bgr != full) {
            full.close();
        }
        if (bgr.cols() != pyramid.width() || bgr.rows() != pyramid.height()) {
            int decodedWidth = bgr.cols(), decodedHeight = bgr.rows();
            bgr.close();
            throw new AnnolabException("the image decodes to " + decodedWidth + "x" + decodedHeight
                    + " pixels but its header says " + pyramid.width() + "x" + pyramid.height(), pyramid.file(),
                    "The file is damaged or has several pages; re-export it as a single image");
        }
        if (publish(0, bgr, false)) {
            buildLevelsBelow(0, false);
        }
    }

    /** The reduced JPEG decode as the level of its size, plus the coarser levels from it; false if closed. */
    private boolean buildPreview(Mat encodedMat) throws AnnolabException {
        int level = Math.min(3, pyramid.levelCount() - 1);
        int flags = (level == 3 ? IMREAD_REDUCED_COLOR_8 : level == 2 ? IMREAD_REDUCED_COLOR_4
                : IMREAD_REDUCED_COLOR_2) | IMREAD_IGNORE_ORIENTATION;
        Mat reduced = decode(encodedMat, flags, pyramid.file());
        Mat preview = fitted(reduced, level);
        return publish(level, preview, true) && buildLevelsBelow(level, true);
    }

    /** Halves level {@code from} down to the coarsest level; false when the pyramid was closed meanwhile. */
    private boolean buildLevelsBelow(int from, boolean preview) {
        for (int level = from + 1; level < pyramid.levelCount(); level++) {
            if (store.isClosed()) {
                return false;
            }
            Mat smaller = new Mat();
            resize(store.forBuilder(level - 1), smaller,
                    new Size(pyramid.levelWidth(level), pyramid.levelHeight(level)), 0, 0, INTER_AREA);
            if (!publish(level, smaller, preview)) {
                return false;
            }
        }
        return true;
    }

    private boolean publish(int level, Mat mat, boolean preview) {
        if (!store.put(level, mat, preview)) {
            return false;
        }
        pyramid.levelReady(level, preview);
        return true;
    }

    /** libjpeg rounds reduced sizes up as the halving does, but any other size is resized to the level's. */
    private Mat fitted(Mat reduced, int level) {
        int width = pyramid.levelWidth(level), height = pyramid.levelHeight(level);
        if (reduced.cols() == width && reduced.rows() == height) {
            return reduced;
        }
        Mat resized = new Mat();
        resize(reduced, resized, new Size(width, height), 0, 0, INTER_AREA);
        reduced.close();
        return resized;
    }

    static Mat decode(Mat encoded, int flags, Path file) throws AnnolabException {
        Mat mat;
        try {
            mat = imdecode(encoded, flags);
        } catch (RuntimeException e) { // cv::Exception from a codec
            throw new AnnolabException("cannot decode the image: " + e.getMessage(), file,
                    "Check that the file opens in another viewer; re-export or copy it again", e);
        }
        if (mat == null || mat.empty()) {
            throw new AnnolabException("cannot decode the image: not a supported image format (JPEG, PNG, TIFF, "
                    + "BMP, WebP, ...) or the data is damaged", file,
                    "Check that the file opens in another viewer; re-export or copy it again");
        }
        return mat;
    }

    static BytePointer readToNative(Path file) throws AnnolabException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE) {
                throw new AnnolabException("the image file is larger than 2 GB (" + size / (1 << 20) + " MB)", file,
                        "Split or re-encode the image");
            }
            BytePointer bytes = new BytePointer(size);
            ByteBuffer buffer = bytes.asByteBuffer();
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read until full or end of file
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new AnnolabException("the image file is missing", file, "Check the path or restore the file", e);
        } catch (AnnolabException e) {
            throw e;
        } catch (IOException e) {
            throw new AnnolabException("cannot read the image file: " + e.getMessage(), file,
                    "Check that the file is readable", e);
        }
    }
}
