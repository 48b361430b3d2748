package io.annolab.media.cv.internal;

import java.io.IOException;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.opencv_java;
import org.bytedeco.opencv.global.opencv_tracking;
import org.bytedeco.opencv.global.opencv_video;

import io.annolab.media.internal.NativeLibraries;

/**
 * Loads the OpenCV modules the tools need beyond io.annolab.media's imgcodecs and imgproc, on first use. The
 * failure is an IOException naming what failed, as for the media bundle's own natives.
 */
final class CvNatives {

    private static boolean trackingLoaded;
    private static boolean javaBindingsLoaded;

    private CvNatives() {
    }

    static synchronized void requireTracking() throws IOException {
        NativeLibraries.requireOpenCv();
        if (!trackingLoaded) {
            load(opencv_video.class, "video (TrackerMIL)");
            load(opencv_tracking.class, "tracking (TrackerKCF, TrackerCSRT)");
            trackingLoaded = true;
        }
    }

    /** OpenCV's own Java bindings (org.opencv.*): the only binding of IntelligentScissorsMB in bytedeco 1.5.13. */
    static synchronized void requireJavaBindings() throws IOException {
        NativeLibraries.requireOpenCv();
        if (!javaBindingsLoaded) {
            load(opencv_java.class, "Java bindings (libopencv_java)");
            javaBindingsLoaded = true;
        }
    }

    private static void load(Class<?> preset, String what) throws IOException {
        try {
            Loader.load(preset);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            throw new IOException("Could not load OpenCV's " + what + " natives from io.annolab.thirdparty.javacv: "
                    + e, e);
        }
    }
}
