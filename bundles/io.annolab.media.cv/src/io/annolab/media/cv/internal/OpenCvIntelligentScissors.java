package io.annolab.media.cv.internal;

import java.io.IOException;

import org.opencv.core.CvType;
import org.opencv.core.Mat;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.cv.api.Box;
import io.annolab.media.cv.api.IntelligentScissors;

/** {@link IntelligentScissors} on OpenCV's IntelligentScissorsMB with CVAT's parameters. */
public final class OpenCvIntelligentScissors implements IntelligentScissors {

    // CVAT's opencv-wrapper settings: Canny thresholds 32/100, gradient magnitude capped at 200
    private static final double CANNY_LOW = 32;
    private static final double CANNY_HIGH = 100;
    private static final float GRADIENT_MAGNITUDE_MAX = 200;

    private final Region region;
    private final ScissorsHandle scissors;
    private final Mat contour = new Mat();
    private boolean started;
    private boolean closed;

    private OpenCvIntelligentScissors(Region region, ScissorsHandle scissors) {
        this.region = region;
        this.scissors = scissors;
    }

    public static IntelligentScissors on(DecodedImage image, Box area) throws IOException {
        Region region = Region.within(image, area);
        CvNatives.requireJavaBindings();
        Mat mat = new Mat(region.height(), region.width(), CvType.CV_8UC3);
        ScissorsHandle scissors = new ScissorsHandle();
        try {
            mat.put(0, 0, region.pixels(image));
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
        return new OpenCvIntelligentScissors(region, scissors);
    }

    @Override
    public void startAt(int x, int y) {
        requireOpen();
        scissors.buildMap(region.localX(x), region.localY(y));
        started = true;
    }

    @Override
    public float[] pathTo(int x, int y) {
        requireOpen();
        if (!started) {
            throw new IllegalStateException("pathTo() before startAt()");
        }
        scissors.getContour(region.localX(x), region.localY(y), contour.getNativeObjAddr());
        if (contour.empty()) {
            return new float[0];
        }
        // one CV_32SC2 point per path pixel, source first
        int[] points = new int[(int) contour.total() * 2];
        contour.get(0, 0, points);
        float[] path = new float[points.length];
        for (int i = 0; i < points.length; i += 2) {
            path[i] = points[i] + region.left();
            path[i + 1] = points[i + 1] + region.top();
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

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("Intelligent scissors are closed");
        }
    }
}
