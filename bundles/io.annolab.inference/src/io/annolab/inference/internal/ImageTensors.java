package io.annolab.inference.internal;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

import io.annolab.inference.api.InputSpec;
import io.annolab.inference.api.InputSpec.ChannelOrder;

/** Turns BGR pixels into a model's input tensor: fit (letterbox, stretch or fit), channel order, normalisation. */
public final class ImageTensors {

    private ImageTensors() {
    }

    public static PreparedImage prepare(byte[] bgr, int width, int height, InputSpec spec) throws IOException {
        if (bgr.length != width * height * 3) {
            throw new IllegalArgumentException("expected " + width * height * 3 + " BGR bytes for " + width + "x"
                    + height + ", got " + bgr.length);
        }
        Geometry geometry = geometry(width, height, spec);
        int newWidth = Math.max(1, Math.round(width * geometry.scaleX()));
        int newHeight = Math.max(1, Math.round(height * geometry.scaleY()));
        byte[] resized = resize(bgr, width, height, newWidth, newHeight);
        return new PreparedImage(toTensor(resized, newWidth, newHeight, geometry, spec), geometry);
    }

    public static Geometry geometry(int width, int height, InputSpec spec) {
        int inW = spec.width(), inH = spec.height();
        switch (spec.resize()) {
        case InputSpec.STRETCH:
            return new Geometry(width, height, inW, inH, inW / (float) width, inH / (float) height, 0, 0);
        case InputSpec.FIT: {
            // Long side at most the input size, sides rounded to the model's stride; never padded.
            float scale = Math.min(1f, Math.min(inW / (float) width, inH / (float) height));
            int w = roundTo(width * scale, spec.multiple()), h = roundTo(height * scale, spec.multiple());
            return new Geometry(width, height, w, h, w / (float) width, h / (float) height, 0, 0);
        }
        default: {
            float scale = Math.min(inW / (float) width, inH / (float) height);
            int w = Math.round(width * scale), h = Math.round(height * scale);
            boolean centred = InputSpec.LETTERBOX.equals(spec.resize());
            float padX = centred ? (inW - w) / 2f : 0, padY = centred ? (inH - h) / 2f : 0;
            return new Geometry(width, height, inW, inH, scale, scale, (float) Math.floor(padX), (float) Math.floor(padY));
        }
        }
    }

    private static int roundTo(float side, int multiple) {
        return Math.max(multiple, Math.round(side / multiple) * multiple);
    }

    private static byte[] resize(byte[] bgr, int width, int height, int newWidth, int newHeight) throws IOException {
        if (width == newWidth && height == newHeight) {
            return bgr;
        }
        OpenCv.require();
        try (BytePointer source = new BytePointer(bgr); Mat in = new Mat(height, width, CV_8UC3, source);
                Mat out = new Mat(); Size size = new Size(newWidth, newHeight)) {
            // INTER_AREA when shrinking: it averages, where INTER_LINEAR would alias small faces and text.
            int method = newWidth < width ? opencv_imgproc.INTER_AREA : opencv_imgproc.INTER_LINEAR;
            opencv_imgproc.resize(in, out, size, 0, 0, method);
            byte[] pixels = new byte[newWidth * newHeight * 3];
            out.data().get(pixels);
            return pixels;
        }
    }

    /** Planar float tensor; the image at (padX, padY), the rest filled with the pad value. */
    private static FloatBuffer toTensor(byte[] pixels, int w, int h, Geometry g, InputSpec spec) {
        int inW = g.inputWidth(), inH = g.inputHeight(), plane = inW * inH;
        FloatBuffer tensor = ByteBuffer.allocateDirect(plane * 3 * Float.BYTES).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
        int padX = (int) g.padX(), padY = (int) g.padY();
        boolean rgb = spec.channels() == ChannelOrder.RGB;
        float[] row = new float[inW];
        for (int c = 0; c < 3; c++) {
            int sourceChannel = rgb ? 2 - c : c; // pixels are BGR
            float gain = spec.scale() / spec.std()[c];
            float offset = -spec.mean()[c] / spec.std()[c];
            float pad = Float.isNaN(spec.padValue()) ? 0 : spec.padValue() * gain + offset;
            for (int y = 0; y < inH; y++) {
                int sy = y - padY;
                for (int x = 0; x < inW; x++) {
                    int sx = x - padX;
                    row[x] = sy < 0 || sy >= h || sx < 0 || sx >= w ? pad
                            : (pixels[(sy * w + sx) * 3 + sourceChannel] & 0xFF) * gain + offset;
                }
                tensor.put(c * plane + y * inW, row);
            }
        }
        return tensor.rewind();
    }
}
