package io.annolab.formats.mot;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.image.ImageHeaders;

/**
 * {@code seqinfo.ini} of a MOT sequence: the image folder, frame rate, frame count, image size
 * and extension. When present it defines the frames (1..seqLength, named {@code %06d<imExt>});
 * keys are read case-insensitively, as Datumaro does.
 */
record SeqInfo(String name, String imageDir, Double frameRate, int length, int width, int height, String imageExt) {

    static final String FILE = "seqinfo.ini";

    /** Longer sequences than this are a damaged or hostile file, not a video (a day at 100 fps is 8.6 M). */
    static final int MAX_LENGTH = 10_000_000;

    static SeqInfo read(Path file) throws IOException {
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i).strip();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#") || line.startsWith("[")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new AnnolabException("the line is neither a [section] nor key=value", file, i + 1, 1,
                        "seqinfo.ini holds lines such as seqLength=600", null);
            }
            String key = line.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            values.put(key, line.substring(equals + 1).strip());
            lines.put(key, i + 1);
        }
        String imageDir = values.getOrDefault("imdir", "img1");
        if (imageDir.startsWith("/") || imageDir.contains("..") || imageDir.contains("\\")) {
            throw new AnnolabException("imDir '" + imageDir + "' leads outside the sequence folder", file, lines.get("imdir"), 1,
                    "imDir names a folder inside the sequence, usually img1", null);
        }
        int length = whole(file, values, lines, "seqlength", 0, MAX_LENGTH);
        int width = whole(file, values, lines, "imwidth", 1, ImageHeaders.MAX_SIDE);
        int height = whole(file, values, lines, "imheight", 1, ImageHeaders.MAX_SIDE);
        Double frameRate = null;
        if (values.containsKey("framerate")) {
            try {
                frameRate = Double.valueOf(values.get("framerate"));
            } catch (NumberFormatException e) {
                throw new AnnolabException("frameRate is '" + values.get("framerate") + "', not a number", file,
                        lines.get("framerate"), 1, "Write the frames per second, for example frameRate=30", e);
            }
        }
        String extension = values.getOrDefault("imext", ".jpg");
        if (extension.contains("/") || extension.contains("\\")) {
            throw new AnnolabException("imExt '" + extension + "' is not a file extension", file, lines.get("imext"), 1,
                    "Write the extension of the frames, for example imExt=.jpg", null);
        }
        return new SeqInfo(values.get("name"), imageDir, frameRate, length, width, height, extension);
    }

    private static int whole(Path file, Map<String, String> values, Map<String, Integer> lines, String key, int min, int max)
            throws AnnolabException {
        String value = values.get(key);
        if (value == null) {
            throw new AnnolabException("seqinfo.ini has no " + key, file, "Add the key (seqLength, imWidth and imHeight are required)");
        }
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new AnnolabException(key + " is '" + value + "', not a whole number", file, lines.get(key), 1,
                    "Write a whole number", e);
        }
        if (number < min || number > max) {
            throw new AnnolabException(key + " is " + number + ", outside " + min + ".." + max, file, lines.get(key), 1,
                    "The file is damaged or hostile; correct the value", null);
        }
        return (int) number;
    }

    /** The frame's image name, {@code %06d<imExt>}. */
    String frameName(int frame) {
        return String.format(Locale.ROOT, "%06d%s", frame, imageExt);
    }

    void write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("[Sequence]\n");
            if (name != null && !name.isBlank()) {
                out.write("name=" + name.replace('\n', ' ') + "\n");
            }
            out.write("imDir=" + imageDir + "\n");
            if (frameRate != null) {
                out.write("frameRate=" + DecimalText.of(frameRate) + "\n");
            }
            out.write("seqLength=" + length + "\n");
            out.write("imWidth=" + width + "\n");
            out.write("imHeight=" + height + "\n");
            out.write("imExt=" + imageExt + "\n");
        }
    }
}
