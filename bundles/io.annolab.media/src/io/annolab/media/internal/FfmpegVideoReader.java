package io.annolab.media.internal;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.api.VideoInfo;
import io.annolab.media.api.VideoReader;

/**
 * {@link VideoReader} over JavaCV's FFmpegFrameGrabber. Random access seeks to the keyframe before the wanted
 * frame and decodes forward, identifying every decoded frame by its presentation timestamp in the
 * {@link FrameIndex}; the grabber's own frame numbers are estimates (timestamp x fps) and are not used.
 */
public final class FfmpegVideoReader implements VideoReader {

    /** Forward decoding beats seeking (keyframe + the frames after it) for short hops, e.g. playback skips. */
    static final int MAX_FORWARD_DECODE = 24;

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final FrameIndex index;
    private final int timeBaseNum;
    private final int timeBaseDen;
    private final VideoInfo info;

    private int nextIndex;
    /** Index of the frame the decoder produced last; -1 right after seeking. */
    private int decoderPosition = -1;
    /**
     * Decoded timestamps minus packet timestamps. Zero for sane files; one frame for AVI with packed B-frames
     * (XviD/DivX), whose packets carry decode times only while decoded frames come out one frame later.
     */
    private long timestampOffset;
    private int cachedFrame = -1;
    private DecodedImage cachedImage;

    private FfmpegVideoReader(Path file, FFmpegFrameGrabber grabber, FrameIndex index, int timeBaseNum,
            int timeBaseDen) {
        this.file = file;
        this.grabber = grabber;
        this.index = index;
        this.timeBaseNum = timeBaseNum;
        this.timeBaseDen = timeBaseDen;
        this.info = describe(file, grabber, index);
    }

    public static FfmpegVideoReader open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("Video file not found: " + file + ". Check the path or restore the file.");
        }
        NativeLibraries.requireFfmpeg();
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setPixelFormat(AV_PIX_FMT_BGR24);
        try {
            grabber.start();
            AVStream stream = videoStream(grabber.getFormatContext());
            if (stream == null || !grabber.hasVideo()) {
                throw new IOException("Cannot open video " + file + ": the file has no video stream.");
            }
            // copied now: restart() below frees the stream
            int timeBaseNum = stream.time_base().num();
            int timeBaseDen = stream.time_base().den();
            boolean ticksAreFrames = Math.abs(grabber.getVideoFrameRate() * timeBaseNum / timeBaseDen - 1) < 1e-3;
            FrameIndex index = indexFrames(grabber, stream.index(), ticksAreFrames);
            if (index.size() == 0) {
                throw new IOException("Cannot open video " + file + ": its video stream has no frames.");
            }
            grabber.restart(); // back to the first packet after the indexing pass
            FfmpegVideoReader reader = new FfmpegVideoReader(file, grabber, index, timeBaseNum, timeBaseDen);
            reader.decodeFirstPicture();
            return reader;
        } catch (FrameGrabber.Exception | RuntimeException e) {
            closeQuietly(grabber);
            throw new IOException("Cannot open video " + file + ": " + e.getMessage()
                    + ". The file may be damaged or use a codec the bundled FFmpeg cannot decode.", e);
        } catch (IOException e) {
            closeQuietly(grabber);
            throw e;
        }
    }

    /** Measures {@link #timestampOffset} and keeps the picture: the first frame is nearly always shown next. */
    private void decodeFirstPicture() throws IOException, FrameGrabber.Exception {
        Frame first = grabber.grabImage();
        if (first == null) {
            throw new IOException("Cannot open video " + file + ": not a single frame could be decoded.");
        }
        int firstPicture = index.pictureFrameFor(0);
        timestampOffset = decodedTimestamp(first) - index.timestamp(firstPicture);
        decoderPosition = firstPicture;
        cachedFrame = firstPicture;
        cachedImage = FrameRotation.rotateClockwise(toImage(first), info.rotationDegrees());
    }

    /** The stream FFmpegFrameGrabber picks when none is set: the first video stream. */
    private static AVStream videoStream(AVFormatContext format) {
        for (int i = 0; i < format.nb_streams(); i++) {
            AVStream stream = format.streams(i);
            if (stream.codecpar().codec_type() == AVMEDIA_TYPE_VIDEO) {
                return stream;
            }
        }
        return null;
    }

    /** Demux-only pass (no decoding): fast even for long videos, and it gives the exact frame count. */
    private static FrameIndex indexFrames(FFmpegFrameGrabber grabber, int streamIndex, boolean ticksAreFrames)
            throws FrameGrabber.Exception {
        long[] timestamps = new long[1024];
        boolean[] hasData = new boolean[1024];
        int count = 0;
        AVPacket packet;
        while ((packet = grabber.grabPacket()) != null) {
            long pts = packet.pts() != AV_NOPTS_VALUE ? packet.pts() : packet.dts();
            if (packet.stream_index() == streamIndex && pts != AV_NOPTS_VALUE) {
                if (count == timestamps.length) {
                    timestamps = Arrays.copyOf(timestamps, count * 2);
                    hasData = Arrays.copyOf(hasData, count * 2);
                }
                hasData[count] = packet.size() > 0;
                timestamps[count++] = pts;
            }
            av_packet_unref(packet);
        }
        return new FrameIndex(Arrays.copyOf(timestamps, count), Arrays.copyOf(hasData, count), ticksAreFrames);
    }

    private static VideoInfo describe(Path file, FFmpegFrameGrabber grabber, FrameIndex index) {
        int rotation = FrameRotation.clockwiseFromDisplayMatrix(grabber.getDisplayRotation());
        String rotateTag = grabber.getVideoMetadata("rotate");
        if (rotation == 0 && rotateTag != null && rotateTag.matches("-?\\d+")) {
            rotation = Math.floorMod(Integer.parseInt(rotateTag), 360); // legacy tag, already clockwise
        }
        boolean quarterTurn = rotation == 90 || rotation == 270;
        int width = quarterTurn ? grabber.getImageHeight() : grabber.getImageWidth();
        int height = quarterTurn ? grabber.getImageWidth() : grabber.getImageHeight();
        return new VideoInfo(file, index.size(), grabber.getVideoFrameRate(), width, height, rotation,
                avcodec_get_name(grabber.getVideoCodec()).getString());
    }

    @Override
    public VideoInfo info() {
        return info;
    }

    @Override
    public int nextIndex() {
        return nextIndex;
    }

    @Override
    public DecodedImage next() throws IOException {
        if (!hasNext()) {
            throw new IOException("No frame after frame " + (nextIndex - 1) + " of " + file + ": it has "
                    + info.frameCount() + " frames.");
        }
        return frame(nextIndex);
    }

    @Override
    public DecodedImage frame(int frame) throws IOException {
        if (frame < 0 || frame >= info.frameCount()) {
            throw new IndexOutOfBoundsException("Frame " + frame + " of " + file + " does not exist: it has "
                    + info.frameCount() + " frames (0.." + (info.frameCount() - 1) + ").");
        }
        int picture = index.pictureFrameFor(frame);
        if (picture != cachedFrame) {
            cachedImage = decode(picture);
            cachedFrame = picture;
        }
        nextIndex = frame + 1;
        return cachedImage;
    }

    private DecodedImage decode(int frame) throws IOException {
        try {
            if (frame <= decoderPosition || frame - decoderPosition > MAX_FORWARD_DECODE) {
                seekBefore(frame);
            }
            DecodedImage image = decodeForwardTo(frame);
            if (image == null) {
                // The seek landed after the frame (broken index or keyframe flags): start over, slow but exact.
                rewind();
                image = decodeForwardTo(frame);
            }
            if (image == null) {
                throw new IOException("Cannot decode frame " + frame + " of " + file + ": the decoder skipped it "
                        + "(went from frame " + (frame - 1) + " to " + decoderPosition + "). The file may be damaged.");
            }
            return image;
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw new IOException("Cannot decode frame " + frame + " of " + file + ": " + e.getMessage()
                    + ". The file may be damaged; re-encoding it (e.g. with ffmpeg) usually helps.", e);
        }
    }

    /**
     * Lets the grabber seek to the keyframe at or before the frame preceding the target (one frame of slack,
     * because the grabber decodes forward to a microsecond timestamp and rounding must not overshoot).
     */
    private void seekBefore(int frame) throws FrameGrabber.Exception {
        decoderPosition = -1;
        if (frame == 0) {
            rewind();
            return;
        }
        grabber.setVideoTimestamp(micros(index.timestamp(frame - 1) - index.timestamp(0)));
    }

    private void rewind() throws FrameGrabber.Exception {
        grabber.restart();
        decoderPosition = -1;
    }

    /** Decodes until the wanted frame; null if the decoder is already past it. */
    private DecodedImage decodeForwardTo(int frame) throws IOException, FrameGrabber.Exception {
        while (true) {
            Frame decoded = grabber.grabImage();
            if (decoded == null) {
                throw new IOException("Cannot decode frame " + frame + " of " + file + ": the video stream ended "
                        + "after frame " + decoderPosition + ". The file may be truncated.");
            }
            int position = index.frameAt(decodedTimestamp(decoded) - timestampOffset);
            if (position < decoderPosition) {
                continue; // a late frame of the pre-seek position, still in the decoder
            }
            decoderPosition = position;
            if (position == frame) {
                return FrameRotation.rotateClockwise(toImage(decoded), info.rotationDegrees());
            }
            if (position > frame) {
                return null;
            }
        }
    }

    /** The frame's presentation time in stream ticks; JavaCV's own frame.timestamp is rounded to microseconds. */
    private static long decodedTimestamp(Frame frame) {
        return ((AVFrame) frame.opaque).best_effort_timestamp();
    }

    private long micros(long streamTicks) {
        return Math.multiplyExact(streamTicks, 1_000_000L * timeBaseNum) / timeBaseDen;
    }

    private static DecodedImage toImage(Frame frame) {
        int rowBytes = frame.imageWidth * 3;
        byte[] bgr = new byte[rowBytes * frame.imageHeight];
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        for (int y = 0; y < frame.imageHeight; y++) {
            buffer.get(y * frame.imageStride, bgr, y * rowBytes, rowBytes);
        }
        return new DecodedImage(frame.imageWidth, frame.imageHeight, bgr);
    }

    @Override
    public void close() {
        closeQuietly(grabber);
    }

    private static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            // nothing left to release that we could act on
        }
    }
}
