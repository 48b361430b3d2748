package io.annolab.media.internal;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_ANYDEPTH;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_REDUCED_COLOR_2;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_REDUCED_COLOR_4;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_REDUCED_COLOR_8;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.api.ImageDecoder;

/**
 * OpenCV imdecode over the file's bytes rather than imread over its path: one read serves both the JPEG
 * truncation check and decoding, and non-ASCII paths cannot be mangled on their way into native code.
 */
public final class OpenCvImageDecoder implements ImageDecoder {

    @Override
    public DecodedImage decode(Path file) throws IOException {
        byte[] data = read(file);
        NativeLibraries.requireOpenCv();
        try (PointerScope scope = new PointerScope()) {
            // ANYDEPTH keeps 16-bit samples so that they are scaled by their real range, not shifted by 8 bits
            return MatImages.toDecodedImage(decoded(file, data, IMREAD_COLOR | IMREAD_ANYDEPTH));
        }
    }

    @Override
    public DecodedImage decodeScaled(Path file, int maxSide) throws IOException {
        if (maxSide <= 0) {
            throw new IllegalArgumentException("maxSide must be positive, was " + maxSide);
        }
        byte[] data = read(file);
        NativeLibraries.requireOpenCv();
        try (PointerScope scope = new PointerScope()) {
            Mat mat = decoded(file, data, reducedDecodeFlags(data, maxSide));
            int longest = Math.max(mat.cols(), mat.rows());
            if (longest > maxSide) {
                double scale = (double) maxSide / longest;
                Mat smaller = new Mat();
                resize(mat, smaller, new Size(Math.max(1, (int) Math.round(mat.cols() * scale)),
                        Math.max(1, (int) Math.round(mat.rows() * scale))), 0, 0, INTER_AREA);
                mat = smaller;
            }
            return MatImages.toDecodedImage(mat);
        }
    }

    /** The largest JPEG reduction (1/2, 1/4, 1/8) that still leaves at least maxSide pixels on the long side. */
    private static int reducedDecodeFlags(byte[] data, int maxSide) {
        int[] size = JpegStructure.isJpeg(data) ? JpegStructure.size(data) : null;
        if (size == null) {
            return IMREAD_COLOR | IMREAD_ANYDEPTH;
        }
        int longest = Math.max(size[0], size[1]);
        if (longest / 8 >= maxSide) {
            return IMREAD_REDUCED_COLOR_8;
        }
        if (longest / 4 >= maxSide) {
            return IMREAD_REDUCED_COLOR_4;
        }
        if (longest / 2 >= maxSide) {
            return IMREAD_REDUCED_COLOR_2;
        }
        return IMREAD_COLOR;
    }

    private static Mat decoded(Path file, byte[] data, int flags) throws IOException {
        if (JpegStructure.isJpeg(data) && JpegStructure.isTruncated(data)) {
            throw new IOException("Cannot decode image " + file + ": the JPEG data ends before the image is "
                    + "complete (file truncated, " + data.length + " bytes). Copy or download the file again.");
        }
        Mat mat;
        try {
            mat = imdecode(MatImages.wrapEncoded(data), flags);
        } catch (RuntimeException e) { // cv::Exception from a codec
            throw new IOException("Cannot decode image " + file + ": " + e.getMessage()
                    + ". Check that the file opens in another viewer; re-export or copy it again.", e);
        }
        if (mat == null || mat.empty()) {
            throw new IOException("Cannot decode image " + file + " (" + data.length + " bytes): not a supported "
                    + "image format (JPEG, PNG, TIFF, BMP, WebP, ...) or the data is damaged. Check that the file "
                    + "opens in another viewer; re-export or copy it again.");
        }
        return mat;
    }

    private static byte[] read(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException("Image file not found: " + file + ". Check the path or restore the file.", e);
        }
    }
}
