package io.annolab.media.internal;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;

import java.util.List;

import org.bytedeco.ffmpeg.avcodec.AVCodec;

/**
 * Picks the MP4 video encoder. Bytedeco's LGPL FFmpeg 8.0.1 build has no libx264 (GPL) but does have Cisco's
 * OpenH264, so H.264 comes from libopenh264; MPEG-4 part 2 is the fallback every build has.
 */
final class Mp4Encoders {

    private static final List<String> PREFERENCE = List.of("libx264", "libopenh264", "mpeg4");

    private Mp4Encoders() {
    }

    static String best() {
        for (String name : PREFERENCE) {
            AVCodec codec = avcodec_find_encoder_by_name(name);
            if (codec != null && !codec.isNull()) {
                return name;
            }
        }
        throw new IllegalStateException("The bundled FFmpeg has none of the encoders " + PREFERENCE);
    }
}
