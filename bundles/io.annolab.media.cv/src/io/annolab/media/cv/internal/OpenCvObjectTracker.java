package io.annolab.media.cv.internal;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import java.io.IOException;
import java.util.Optional;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_tracking.TrackerCSRT;
import org.bytedeco.opencv.opencv_tracking.TrackerKCF;
import org.bytedeco.opencv.opencv_video.Tracker;
import org.bytedeco.opencv.opencv_video.TrackerMIL;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.cv.api.Box;
import io.annolab.media.cv.api.ObjectTracker;
import io.annolab.media.cv.api.TrackerKind;

/**
 * An OpenCV tracker with one frame matrix and one rectangle reused for every update, so following an object
 * allocates no native memory per frame.
 */
public final class OpenCvObjectTracker implements ObjectTracker {

    private final TrackerKind kind;
    private final Rect rect = new Rect();
    private Tracker tracker;
    private Mat frameMat;
    private boolean closed;

    private OpenCvObjectTracker(TrackerKind kind) {
        this.kind = kind;
    }

    public static ObjectTracker create(TrackerKind kind) throws IOException {
        CvNatives.requireTracking();
        return new OpenCvObjectTracker(kind);
    }

    @Override
    public TrackerKind kind() {
        return kind;
    }

    @Override
    public void init(DecodedImage frame, Box box) {
        requireOpen();
        Box clipped = clip(box, frame.width(), frame.height());
        releaseNative();
        // A fresh tracker per init: OpenCV's trackers keep their learnt model across a second init()
        tracker = newTracker(kind);
        frameMat = new Mat(frame.height(), frame.width(), CV_8UC3);
        frameMat.data().put(frame.bgr());
        setRect(clipped);
        tracker.init(frameMat, rect);
    }

    @Override
    public Optional<Box> update(DecodedImage frame) {
        requireOpen();
        if (tracker == null) {
            throw new IllegalStateException("update() before init()");
        }
        if (frame.width() != frameMat.cols() || frame.height() != frameMat.rows()) {
            throw new IllegalArgumentException("Frame is " + frame.width() + "x" + frame.height()
                    + " but tracking started on " + frameMat.cols() + "x" + frameMat.rows());
        }
        frameMat.data().put(frame.bgr());
        if (!tracker.update(frameMat, rect) || rect.width() <= 0 || rect.height() <= 0) {
            return Optional.empty();
        }
        Box found = new Box(rect.x(), rect.y(), rect.width(), rect.height());
        // MIL never says "lost"; a box that has left the frame is the same thing
        if (found.x() >= frame.width() || found.y() >= frame.height() || found.x() + found.width() <= 0
                || found.y() + found.height() <= 0) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            releaseNative();
            rect.close();
        }
    }

    private static Tracker newTracker(TrackerKind kind) {
        return switch (kind) {
            case MIL -> TrackerMIL.create();
            case KCF -> TrackerKCF.create();
            case CSRT -> TrackerCSRT.create();
        };
    }

    private void setRect(Box box) {
        rect.x((int) Math.round(box.x()));
        rect.y((int) Math.round(box.y()));
        rect.width(Math.max(1, (int) Math.round(box.width())));
        rect.height(Math.max(1, (int) Math.round(box.height())));
    }

    private static Box clip(Box box, int width, int height) {
        double left = Math.max(0, box.x());
        double top = Math.max(0, box.y());
        double right = Math.min(width, box.x() + box.width());
        double bottom = Math.min(height, box.y() + box.height());
        if (right - left < 1 || bottom - top < 1) {
            throw new IllegalArgumentException(box + " lies outside the " + width + "x" + height + " frame");
        }
        return new Box(left, top, right - left, bottom - top);
    }

    private void releaseNative() {
        if (tracker != null) {
            tracker.close();
            tracker = null;
        }
        if (frameMat != null) {
            frameMat.close();
            frameMat = null;
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("Tracker is closed");
        }
    }
}
