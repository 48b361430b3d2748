package io.annolab.media.internal;

import java.io.IOException;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swresample;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;

/**
 * Loads the OpenCV and FFmpeg natives on first use instead of at bundle start: they are ~100 MB that JavaCPP
 * extracts to its cache, and most sessions (e.g. editing labels) never touch pixels.
 *
 * <p>Inside OSGi this works because io.annolab.thirdparty.javacv puts the javacpp, preset and linux-x86_64
 * natives jars on one Bundle-ClassPath: JavaCPP finds each {@code .so} as a resource of the class it loads
 * for, extracts all of a preset's libraries into one cache folder (so their $ORIGIN run paths resolve) and
 * binds the JNI library to that same class loader. With natives in separate fragments the lookup failed
 * (BUILD.md 5.13). The runtime must open java.lang to JavaCPP (--add-opens, see the root pom).
 */
public final class NativeLibraries {

    private static IOException openCvFailure;
    private static boolean openCvLoaded;
    private static IOException ffmpegFailure;
    private static boolean ffmpegLoaded;

    private NativeLibraries() {
    }

    public static synchronized void requireOpenCv() throws IOException {
        if (openCvLoaded) {
            return;
        }
        if (openCvFailure == null) {
            try {
                Loader.load(opencv_imgcodecs.class);
                Loader.load(opencv_imgproc.class);
                openCvLoaded = true;
                return;
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                openCvFailure = loadFailure("OpenCV", e);
            }
        }
        throw openCvFailure;
    }

    public static synchronized void requireFfmpeg() throws IOException {
        if (ffmpegLoaded) {
            return;
        }
        if (ffmpegFailure == null) {
            try {
                // Not FFmpegFrameGrabber.tryLoad(): it also loads libavdevice (capture devices, unused here),
                // which links the system's libpulse.so.0; without PulseAudio (servers, CI) that fails and
                // would take file decoding down with it. The grabber and recorder need only these five.
                Loader.load(avutil.class);
                Loader.load(swresample.class);
                Loader.load(avcodec.class);
                Loader.load(avformat.class);
                Loader.load(swscale.class);
                avutil.av_log_set_level(avutil.AV_LOG_ERROR); // FFmpeg's per-file info dumps only clutter stderr
                ffmpegLoaded = true;
                return;
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                ffmpegFailure = loadFailure("FFmpeg", e);
            }
        }
        throw ffmpegFailure;
    }

    private static IOException loadFailure(String library, Throwable cause) {
        return new IOException("Could not load the " + library + " native libraries (linux-x86_64) of bundle "
                + "io.annolab.thirdparty.javacv: " + cause + ". Run with -Dorg.bytedeco.javacpp.logger.debug=true "
                + "to see where JavaCPP looked, and check that the JVM has --add-opens=java.base/java.lang="
                + "ALL-UNNAMED and that ~/.javacpp/cache (or -Dorg.bytedeco.javacpp.cachedir) is writable.", cause);
    }
}
