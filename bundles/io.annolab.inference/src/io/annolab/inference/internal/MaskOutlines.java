package io.annolab.inference.internal;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import java.io.IOException;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;

import io.annolab.core.api.launch.Prediction;

/**
 * A mask prediction as a polygon: the outline of its largest region, simplified to within
 * {@code tolerance} pixels (as CVAT's "masks to polygons" keeps one polygon per object).
 */
public final class MaskOutlines {

    private MaskOutlines() {
    }

    /** The polygon, or null when the mask has no region of three corners or more. */
    public static Prediction polygon(Prediction mask, double tolerance) throws IOException {
        OpenCv.require();
        int width = mask.mask().width(), height = mask.mask().height();
        boolean[] pixels = mask.mask().decode();
        byte[] bitmap = new byte[width * height];
        for (int i = 0; i < bitmap.length; i++) {
            bitmap[i] = pixels[i] ? (byte) 255 : 0;
        }
        try (BytePointer data = new BytePointer(bitmap); Mat image = new Mat(height, width, CV_8UC1, data);
                MatVector contours = new MatVector(); Mat hierarchy = new Mat()) {
            opencv_imgproc.findContours(image, contours, hierarchy, opencv_imgproc.RETR_EXTERNAL,
                    opencv_imgproc.CHAIN_APPROX_SIMPLE);
            Mat largest = null;
            double largestArea = 0;
            for (long i = 0; i < contours.size(); i++) {
                double area = opencv_imgproc.contourArea(contours.get(i));
                if (largest == null || area > largestArea) {
                    largest = contours.get(i);
                    largestArea = area;
                }
            }
            if (largest == null) {
                return null;
            }
            try (Mat simplified = new Mat()) {
                opencv_imgproc.approxPolyDP(largest, simplified, tolerance, true);
                int corners = simplified.rows();
                if (corners < 3) {
                    return null;
                }
                int[] xy = new int[corners * 2];
                new IntPointer(simplified.data()).get(xy);
                float[] points = new float[xy.length];
                float left = mask.points()[0], top = mask.points()[1];
                for (int i = 0; i < xy.length; i += 2) {
                    // pixel centres: a one-pixel-wide mask column at x spans x .. x + 1
                    points[i] = left + xy[i] + 0.5f;
                    points[i + 1] = top + xy[i + 1] + 0.5f;
                }
                return Prediction.polygon(mask.label(), mask.labelIndex(), mask.score(), points);
            }
        }
    }
}
