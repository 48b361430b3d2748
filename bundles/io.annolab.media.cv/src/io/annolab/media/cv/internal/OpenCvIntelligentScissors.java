package io.annolab.media.cv.internal;

import java.io.IOException;

import org.opencv.core.CvType;
import org.opencv.core.Mat;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.cv.api.IntelligentScissors;

/** {@link IntelligentScissors} on OpenCV's IntelligentScissorsMB with CVAT's parameters. */
public final class OpenCvIntelligentScissors implements IntelligentScissors {

    // CVAT's opencv-wrapper settings: Canny thresholds 32/100, gradient magnitude capped at 200
    private static final double CANNY_LOW = 32;
    private static final double CANNY_HIGH = 100;
    private static final float GRADIENT_MAGNITUDE_MAX = 200;

    private final int width;
    private final int height;
    private final ScissorsHandle scissors;
    private final Mat contour = new Mat();
    private boolean started;
    private boolean closed;

    private OpenCvIntelligentScissors(int width, int height, ScissorsHandle scissors) {
        this.width = width;
        this.height = height;
        this.scissors = scissors;
    }

    public static IntelligentScissors on(DecodedImage image) throws IOException {
        CvNatives.requireJavaBindings();
        Mat mat = new Mat(image.height(), image.width(), CvType.CV_8UC3);
        ScissorsHandle scissors = new ScissorsHandle();
        try {
            mat.put(0, 0, image.bgr());
            scissors.setEdgeFeatureCannyParameters(CANNY_LOW, CANNY_HIGH);
            scissors.setGradientMagnitudeMaxLimit(GRADIENT_MAGNITUDE_MAX);
            scissors.applyImage(mat.getNativeObjAddr());
        } catch (RuntimeException e) {
            scissors.close();
            throw e;
        } finally {
            // the cost maps are computed; the pixels are no longer needed
            mat.release();
        }
        return new OpenCvIntelligentScissors(image.width(), image.height(), scissors);
    }

    @Override
    public void startAt(int x, int y) {
        requireOpen();
        scissors.buildMap(clampX(x), clampY(y));
        started = true;
    }

    @Override
    public float[] pathTo(int x, int y) {
        requireOpen();
        if (!started) {
            throw new IllegalStateException("pathTo() before startAt()");
        }
        scissors.getContour(clampX(x), clampY(y), contour.getNativeObjAddr());
        if (contour.empty()) {
            return new float[0];
        }
        // one CV_32SC2 point per path pixel, source first
        int[] points = new int[(int) contour.total() * 2];
        contour.get(0, 0, points);
        float[] path = new float[points.length];
        for (int i = 0; i < points.length; i++) {
            path[i] = points[i];
        }
        return path;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            scissors.close();
            contour.release();
        }
    }

    private int clampX(int x) {
        return Math.max(0, Math.min(width - 1, x));
    }

    private int clampY(int y) {
        return Math.max(0, Math.min(height - 1, y));
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("Intelligent scissors are closed");
        }
    }
}
