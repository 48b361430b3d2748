package io.annolab.inference.internal;

import java.io.IOException;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;

/** Loads OpenCV's natives once, on the first resize or contour search, and reports a failure as an IOException. */
final class OpenCv {

    private static boolean loaded;

    private OpenCv() {
    }

    static synchronized void require() throws IOException {
        if (loaded) {
            return;
        }
        try {
            Loader.load(opencv_core.class);
            Loader.load(opencv_imgproc.class);
            loaded = true;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            throw new IOException("OpenCV's native library cannot be loaded (" + e.getMessage()
                    + "); the JVM needs --add-opens=java.base/java.lang=ALL-UNNAMED", e);
        }
    }
}
