package io.annolab.inference.internal;

import static org.bytedeco.opencv.global.opencv_core.CV_32FC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Point2f;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RotatedRect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size2f;

/**
 * DBNet's post-processing (as PaddleOCR does it): binarise the probability map, take each
 * region's minimum-area rectangle, keep it when the mean probability inside is high enough, and
 * grow it by the "unclip" distance area × ratio / perimeter, since DBNet predicts shrunk text
 * kernels. For a rectangle that offset is exact: each side moves out by the distance.
 */
public final class ProbabilityPolygons {

    /** A region found: its four corners (x, y pairs, map coordinates) and its mean probability. */
    public record Region(float[] corners, float score) {
    }

    public record Settings(float binaryThreshold, float boxThreshold, float unclipRatio, float minSide, int maxRegions) {
    }

    private ProbabilityPolygons() {
    }

    public static List<Region> find(float[] probabilities, int width, int height, Settings settings) throws IOException {
        OpenCv.require();
        List<Region> regions = new ArrayList<>();
        byte[] binary = new byte[width * height];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = probabilities[i] > settings.binaryThreshold() ? (byte) 255 : 0;
        }
        try (FloatPointer probabilityData = new FloatPointer(probabilities); BytePointer binaryData = new BytePointer(binary);
                Mat map = new Mat(height, width, CV_32FC1, probabilityData);
                Mat mask = new Mat(height, width, CV_8UC1, binaryData); MatVector contours = new MatVector();
                Mat hierarchy = new Mat()) {
            opencv_imgproc.findContours(mask, contours, hierarchy, opencv_imgproc.RETR_LIST,
                    opencv_imgproc.CHAIN_APPROX_SIMPLE);
            long count = Math.min(contours.size(), settings.maxRegions());
            for (long i = 0; i < count; i++) {
                Region region = region(contours.get(i), map, width, height, settings);
                if (region != null) {
                    regions.add(region);
                }
            }
        }
        return regions;
    }

    private static Region region(Mat contour, Mat map, int width, int height, Settings settings) {
        try (RotatedRect rect = opencv_imgproc.minAreaRect(contour)) {
            Size2f size = rect.size();
            if (Math.min(size.width(), size.height()) < settings.minSide()) {
                return null;
            }
            float score = meanInside(contour, map, width, height);
            if (score < settings.boxThreshold()) {
                return null;
            }
            float area = size.width() * size.height(), perimeter = 2 * (size.width() + size.height());
            float distance = area * settings.unclipRatio() / perimeter;
            float grownW = size.width() + 2 * distance, grownH = size.height() + 2 * distance;
            if (Math.min(grownW, grownH) < settings.minSide() + 2) {
                return null;
            }
            try (RotatedRect grown = new RotatedRect(rect.center(), new Size2f(grownW, grownH), rect.angle());
                    Point2f corners = new Point2f(4)) {
                grown.points(corners);
                float[] xy = new float[8];
                for (int k = 0; k < 4; k++) {
                    Point2f corner = corners.position(k);
                    xy[2 * k] = Math.clamp(corner.x(), 0, width);
                    xy[2 * k + 1] = Math.clamp(corner.y(), 0, height);
                }
                corners.position(0);
                return new Region(xy, score);
            }
        }
    }

    /** Mean probability over the contour's own pixels (PaddleOCR's "slow" score, exact for curved text). */
    private static float meanInside(Mat contour, Mat map, int width, int height) {
        try (Rect box = opencv_imgproc.boundingRect(contour)) {
            int x = Math.max(0, box.x()), y = Math.max(0, box.y());
            int w = Math.min(width, box.x() + box.width()) - x, h = Math.min(height, box.y() + box.height()) - y;
            try (Rect clipped = new Rect(x, y, w, h); Mat roi = new Mat(map, clipped);
                    Mat inside = new Mat(h, w, CV_8UC1, Scalar.all(0)); MatVector one = new MatVector(contour);
                    Point offset = new Point(-x, -y)) {
                // the contour drawn in the ROI's coordinates
                opencv_imgproc.fillPoly(inside, one, Scalar.all(1), opencv_imgproc.LINE_8, 0, offset);
                return (float) opencv_core.mean(roi, inside).get(0);
            }
        }
    }
}
