package io.annolab.media.cv.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.opencv.imgproc.IntelligentScissorsMB;

/**
 * One native cv::segmentation::IntelligentScissorsMB, freed by {@link #close()}.
 *
 * <p>OpenCV's Java class frees its object only in finalize(), and each of its setters and applyImage() returns a
 * new Java object holding another C++ copy that shares the cost maps (tens of bytes per pixel): nothing would
 * free them before some garbage collection, which native memory does not trigger. So this calls the class's JNI
 * entry points directly and deletes every copy at once. Looked up once; {@code IntelligentScissorsTest} fails if a
 * later OpenCV renames them.
 */
final class ScissorsHandle implements AutoCloseable {

    private static final MethodHandle CREATE;
    private static final MethodHandle CANNY_PARAMETERS;
    private static final MethodHandle GRADIENT_LIMIT;
    private static final MethodHandle APPLY_IMAGE;
    private static final MethodHandle BUILD_MAP;
    private static final MethodHandle GET_CONTOUR;
    private static final MethodHandle DELETE;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(IntelligentScissorsMB.class,
                    MethodHandles.lookup());
            Class<?> c = IntelligentScissorsMB.class;
            CREATE = lookup.findStatic(c, "IntelligentScissorsMB_0", MethodType.methodType(long.class));
            CANNY_PARAMETERS = lookup.findStatic(c, "setEdgeFeatureCannyParameters_2",
                    MethodType.methodType(long.class, long.class, double.class, double.class));
            GRADIENT_LIMIT = lookup.findStatic(c, "setGradientMagnitudeMaxLimit_0",
                    MethodType.methodType(long.class, long.class, float.class));
            APPLY_IMAGE = lookup.findStatic(c, "applyImage_0",
                    MethodType.methodType(long.class, long.class, long.class));
            BUILD_MAP = lookup.findStatic(c, "buildMap_0",
                    MethodType.methodType(void.class, long.class, double.class, double.class));
            GET_CONTOUR = lookup.findStatic(c, "getContour_1",
                    MethodType.methodType(void.class, long.class, double.class, double.class, long.class));
            DELETE = lookup.findStatic(c, "delete", MethodType.methodType(void.class, long.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private long self;

    ScissorsHandle() {
        self = (long) call(() -> CREATE.invoke());
    }

    void setEdgeFeatureCannyParameters(double threshold1, double threshold2) {
        deleteCopy((long) call(() -> CANNY_PARAMETERS.invoke(self, threshold1, threshold2)));
    }

    void setGradientMagnitudeMaxLimit(float limit) {
        deleteCopy((long) call(() -> GRADIENT_LIMIT.invoke(self, limit)));
    }

    void applyImage(long matAddress) {
        deleteCopy((long) call(() -> APPLY_IMAGE.invoke(self, matAddress)));
    }

    void buildMap(double x, double y) {
        call(() -> {
            BUILD_MAP.invoke(self, x, y);
            return null;
        });
    }

    void getContour(double x, double y, long contourMatAddress) {
        call(() -> {
            GET_CONTOUR.invoke(self, x, y, contourMatAddress);
            return null;
        });
    }

    @Override
    public void close() {
        if (self != 0) {
            delete(self);
            self = 0;
        }
    }

    /** A setter returns a copy of *this; never delete ourselves should a later OpenCV return the same object. */
    private void deleteCopy(long copy) {
        if (copy != 0 && copy != self) {
            delete(copy);
        }
    }

    private static void delete(long object) {
        call(() -> {
            DELETE.invoke(object);
            return null;
        });
    }

    private interface NativeCall {
        Object run() throws Throwable;
    }

    private static Object call(NativeCall nativeCall) {
        try {
            return nativeCall.run();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            // the JNI code throws org.opencv.core.CvException (a RuntimeException) or java.lang.Exception
            throw new IllegalStateException("OpenCV intelligent scissors failed: " + e.getMessage(), e);
        }
    }
}
