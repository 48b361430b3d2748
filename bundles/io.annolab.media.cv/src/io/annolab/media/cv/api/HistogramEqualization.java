package io.annolab.media.cv.api;

import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2YCrCb;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_YCrCb2BGR;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.equalizeHist;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.extractChannel;
import static org.bytedeco.opencv.global.opencv_core.insertChannel;

import java.io.IOException;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.internal.NativeLibraries;

/**
 * Histogram equalization of the luminance (CVAT CV-03): spreads the brightness levels over the full range and
 * keeps the colours. For the display, where pixels arrive as RGB tiles, {@link LuminanceEqualizer} gives the same
 * result in place without copying pixels to native memory and back.
 */
public final class HistogramEqualization {

    private HistogramEqualization() {
    }

    /** OpenCV's way: equalizeHist on the Y channel in YCrCb, then back to BGR. */
    public static DecodedImage equalized(DecodedImage image) throws IOException {
        NativeLibraries.requireOpenCv();
        try (PointerScope scope = new PointerScope()) {
            Mat bgr = new Mat(image.height(), image.width(), CV_8UC3);
            bgr.data().put(image.bgr());
            Mat yCrCb = new Mat();
            cvtColor(bgr, yCrCb, COLOR_BGR2YCrCb);
            Mat luma = new Mat();
            extractChannel(yCrCb, luma, 0);
            equalizeHist(luma, luma);
            insertChannel(luma, yCrCb, 0);
            cvtColor(yCrCb, bgr, COLOR_YCrCb2BGR);
            byte[] out = new byte[image.bgr().length];
            bgr.data().get(out);
            return new DecodedImage(image.width(), image.height(), out);
        }
    }
}
