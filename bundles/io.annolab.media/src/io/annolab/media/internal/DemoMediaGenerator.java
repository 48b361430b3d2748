package io.annolab.media.internal;

import static org.bytedeco.opencv.global.opencv_core.CV_32SC2;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imwrite;
import static org.bytedeco.opencv.global.opencv_imgproc.FILLED;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_8;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.circle;
import static org.bytedeco.opencv.global.opencv_imgproc.ellipse;
import static org.bytedeco.opencv.global.opencv_imgproc.fillConvexPoly;
import static org.bytedeco.opencv.global.opencv_imgproc.rectangle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.api.DemoMediaSet;
import io.annolab.media.api.ShapeTrack;
import io.annolab.media.api.VideoWriter;

/** Draws the demo images and video with OpenCV; all geometry is fixed so that every run is identical. */
public final class DemoMediaGenerator {

    static final int VIDEO_WIDTH = 640;
    static final int VIDEO_HEIGHT = 360;
    static final int VIDEO_FRAMES = 60;
    static final double VIDEO_FPS = 10;
    private static final int SHAPE_SIZE = 60;
    private static final int BACKGROUND = 0x303030;

    /** label, colour, start and end centre; the paths are horizontal bands that never overlap. */
    private record Motion(String label, int rgb, int x0, int y0, int x1, int y1) {
    }

    private static final List<Motion> MOTIONS = List.of(
            new Motion("square", 0xE02020, 60, 70, 580, 70),
            new Motion("circle", 0x20C040, 580, 180, 60, 180),
            new Motion("triangle", 0x2060E0, 80, 300, 560, 260));

    public DemoMediaSet generate(Path folder) throws IOException {
        NativeLibraries.requireOpenCv();
        Files.createDirectories(folder);
        List<Path> images = writeImages(folder);
        List<ShapeTrack> tracks = MOTIONS.stream().map(DemoMediaGenerator::track).toList();
        Path video = folder.resolve("demo-moving-shapes.mp4");
        writeVideo(video, tracks);
        return new DemoMediaSet(images, video, VIDEO_FRAMES, VIDEO_FPS, tracks);
    }

    private static ShapeTrack track(Motion motion) {
        List<ShapeTrack.Point> centres = new ArrayList<>();
        for (int f = 0; f < VIDEO_FRAMES; f++) {
            double t = f / (double) (VIDEO_FRAMES - 1);
            centres.add(new ShapeTrack.Point((int) Math.round(motion.x0 + (motion.x1 - motion.x0) * t),
                    (int) Math.round(motion.y0 + (motion.y1 - motion.y0) * t)));
        }
        return new ShapeTrack(motion.label, motion.rgb, SHAPE_SIZE, SHAPE_SIZE, centres);
    }

    private static List<Path> writeImages(Path folder) throws IOException {
        String[] names = { "demo-shapes-1.png", "demo-shapes-2.jpg", "demo-shapes-3.png", "demo-shapes-4.jpg" };
        int[] backgrounds = { 0xF0F0E8, 0x204060, 0xE8F0F8, 0x404040 };
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            Path file = folder.resolve(names[i]);
            try (PointerScope scope = new PointerScope()) {
                Mat image = new Mat(480, 640, CV_8UC3, bgr(backgrounds[i]));
                drawStillShapes(image, i);
                if (!imwrite(file.toString(), image)) {
                    throw new IOException("Cannot write demo image " + file + ": check that the folder is writable.");
                }
            }
            files.add(file);
        }
        return files;
    }

    /** A different arrangement per image (offsets depend on the index), anti-aliased like real photos' edges. */
    private static void drawStillShapes(Mat image, int i) {
        int dx = 40 * i;
        int dy = 25 * i;
        rectangle(image, new Point(60 + dx, 60 + dy), new Point(220 + dx, 180 + dy), bgr(0xD03030), FILLED, LINE_AA, 0);
        circle(image, new Point(430 - dx, 150 + dy), 70 + 5 * i, bgr(0x30A050), FILLED, LINE_AA, 0);
        fillConvexPoly(image, points(320 + dx / 2, 280, 230 + dx / 2, 440, 410 + dx / 2, 440), bgr(0x3050D0), LINE_AA, 0);
        ellipse(image, new Point(540, 380 - dy), new Size(70, 35 + 5 * i), 30.0 * i, 0, 360, bgr(0xE0B020), FILLED,
                LINE_AA, 0);
    }

    private static void writeVideo(Path video, List<ShapeTrack> tracks) throws IOException {
        try (VideoWriter writer = FfmpegVideoWriter.create(video, VIDEO_WIDTH, VIDEO_HEIGHT, VIDEO_FPS)) {
            for (int f = 0; f < VIDEO_FRAMES; f++) {
                writer.write(drawFrame(tracks, f));
            }
        }
    }

    /** Hard-edged (LINE_8) fills so that the colour at a shape's centre is exactly its track colour. */
    private static DecodedImage drawFrame(List<ShapeTrack> tracks, int frame) {
        try (PointerScope scope = new PointerScope()) {
            Mat image = new Mat(VIDEO_HEIGHT, VIDEO_WIDTH, CV_8UC3, bgr(BACKGROUND));
            for (ShapeTrack track : tracks) {
                ShapeTrack.Box box = track.boxAt(frame);
                ShapeTrack.Point c = track.centreAt(frame);
                Scalar colour = bgr(track.rgb());
                switch (track.label()) {
                    case "square" -> rectangle(image, new Point(box.x(), box.y()),
                            new Point(box.x() + box.width() - 1, box.y() + box.height() - 1), colour, FILLED, LINE_8, 0);
                    case "circle" -> circle(image, new Point(c.x(), c.y()), box.width() / 2, colour, FILLED, LINE_8, 0);
                    default -> fillConvexPoly(image, points(c.x(), box.y(), box.x(), box.y() + box.height() - 1,
                            box.x() + box.width() - 1, box.y() + box.height() - 1), colour, LINE_8, 0);
                }
            }
            return MatImages.toDecodedImage(image);
        }
    }

    private static Mat points(int... xy) {
        Mat points = new Mat(xy.length / 2, 1, CV_32SC2);
        new IntPointer(points.data()).put(xy);
        return points;
    }

    private static Scalar bgr(int rgb) {
        return new Scalar(rgb & 0xFF, rgb >> 8 & 0xFF, rgb >> 16 & 0xFF, 0);
    }
}
