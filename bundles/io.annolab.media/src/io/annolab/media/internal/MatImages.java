package io.annolab.media.internal;

import static org.bytedeco.opencv.global.opencv_core.CV_8U;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.minMaxLoc;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGRA2BGR;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_GRAY2BGR;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.opencv.opencv_core.Mat;

import io.annolab.media.api.DecodedImage;

/** Conversions between OpenCV matrices and {@link DecodedImage}. Callers own the native memory (PointerScope). */
public final class MatImages {

    private MatImages() {
    }

    /** Any depth and 1, 3 or 4 channels to packed 8-bit BGR. */
    static DecodedImage toDecodedImage(Mat source) {
        Mat bgr = toBgr8(source);
        if (!bgr.isContinuous()) {
            bgr = bgr.clone();
        }
        byte[] bytes = new byte[bgr.cols() * bgr.rows() * 3];
        bgr.data().get(bytes);
        return new DecodedImage(bgr.cols(), bgr.rows(), bytes);
    }

    /**
     * Any depth and 1, 3 or 4 channels to 8-bit BGR: {@code source} itself when it already is, else a new
     * matrix (intermediates are left to the caller's PointerScope or the garbage collector).
     */
    public static Mat toBgr8(Mat source) {
        Mat mat = to8Bit(source);
        return switch (mat.channels()) {
            case 3 -> mat;
            case 1 -> converted(mat, COLOR_GRAY2BGR);
            case 4 -> converted(mat, COLOR_BGRA2BGR);
            default -> throw new IllegalArgumentException("Unsupported channel count " + mat.channels());
        };
    }

    static Mat toMat(DecodedImage image) {
        Mat mat = new Mat(image.height(), image.width(), CV_8UC3);
        mat.data().put(image.bgr());
        return mat;
    }

    /**
     * 16-bit and float data is scaled by its actual maximum rather than the type's: 12-bit sensors,
     * depth maps and microscopy rarely use the full 16-bit range and would otherwise show as black.
     */
    private static Mat to8Bit(Mat mat) {
        if (mat.depth() == CV_8U) {
            return mat;
        }
        DoublePointer max = new DoublePointer(1);
        minMaxLoc(mat.reshape(1, 0), null, max, null, null, null);
        double scale = max.get() > 0 ? 255.0 / max.get() : 1.0;
        Mat out = new Mat();
        mat.convertTo(out, CV_8U, scale, 0);
        return out;
    }

    private static Mat converted(Mat mat, int code) {
        Mat out = new Mat();
        cvtColor(mat, out, code);
        return out;
    }

    /** The encoded file bytes as a 1xN matrix for imdecode; the BytePointer copy lives in the caller's scope. */
    static Mat wrapEncoded(byte[] encoded) {
        return new Mat(1, encoded.length, CV_8UC1, new BytePointer(encoded));
    }
}
