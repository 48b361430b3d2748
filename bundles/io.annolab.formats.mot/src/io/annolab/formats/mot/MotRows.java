package io.annolab.formats.mot;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.image.ImageHeaders;

/**
 * The rows of a MOT {@code gt.txt} / {@code det.txt}, checked and held as columns of primitives
 * (about 40 bytes a row), grouped by frame. MOT files are often sorted by object, not by frame,
 * so rows are read once here and items are built frame by frame only when asked.
 * <p>
 * Fields: {@code frame, id, x, y, w, h[, confidence[, class[, visibility[, ...]]]]}; missing
 * confidence and visibility are 1, a missing or -1 class is no label (Datumaro's reading).
 */
final class MotRows {

    /** Coordinates beyond this are no box on any image (ten times the largest side an image may have). */
    static final double MAX_COORDINATE = 10.0 * ImageHeaders.MAX_SIDE;

    private int size;
    private int[] frame = new int[64], track = new int[64], classId = new int[64];
    private float[] x = new float[64], y = new float[64], w = new float[64], h = new float[64];
    private float[] confidence = new float[64], visibility = new float[64];
    private long[] byFrame; // (frame << 32 | row), sorted

    /**
     * Reads and checks every row.
     *
     * @param labelCount class ids must be -1 or 1..labelCount
     * @param maxFrame frames must be 1..maxFrame
     * @param labelSource what declared the labels, named when a class is not declared
     */
    static MotRows read(Path file, int labelCount, int maxFrame, String labelSource) throws IOException {
        MotRows rows = new MotRows();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    rows.add(new RowParser(file, lineNumber, line), labelCount, maxFrame, labelSource);
                }
            }
        } catch (CharacterCodingException e) {
            throw new AnnolabException("the file is not UTF-8 text", file, "MOT annotation files are comma-separated text", e);
        }
        rows.group();
        return rows;
    }

    private void add(RowParser row, int labelCount, int maxFrame, String labelSource) throws AnnolabException {
        if (row.fieldCount() < 6) {
            throw row.error(0, "the row has " + row.fieldCount() + " fields, MOT rows have at least 6 (frame, id, x, y, w, h)");
        }
        long frameNumber = row.whole(0, "frame");
        if (frameNumber < 1 || frameNumber > maxFrame) {
            throw row.error(0, "frame " + frameNumber + " is out of range: frames are 1.." + maxFrame
                    + (maxFrame < Integer.MAX_VALUE ? " (seqLength in seqinfo.ini)" : ""));
        }
        long trackId = row.whole(1, "object id");
        if (trackId < Integer.MIN_VALUE || trackId > Integer.MAX_VALUE) {
            throw row.error(1, "object id " + trackId + " is too large");
        }
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            box[i] = row.decimal(2 + i, i == 0 ? "x" : i == 1 ? "y" : i == 2 ? "width" : "height");
            if (Math.abs(box[i]) > MAX_COORDINATE) {
                throw row.error(2 + i, "the box has an absurd coordinate " + box[i]);
            }
        }
        if (box[2] < 0 || box[3] < 0) {
            throw row.error(box[2] < 0 ? 4 : 5, "the box has a negative " + (box[2] < 0 ? "width " + box[2] : "height " + box[3]));
        }
        double conf = row.fieldCount() > 6 && !row.field(6).isEmpty() ? row.decimal(6, "confidence") : 1;
        long cls = row.fieldCount() > 7 && !row.field(7).isEmpty() ? row.whole(7, "class") : -1;
        if (cls != -1 && (cls < 1 || cls > labelCount)) {
            throw row.error(7, "class " + cls + " is not declared: " + labelSource + " has " + labelCount + " labels",
                    "Add the label to labels.txt (its line number is its class id), or correct the class");
        }
        double vis = row.fieldCount() > 8 && !row.field(8).isEmpty() ? row.decimal(8, "visibility") : 1;
        grow();
        frame[size] = (int) frameNumber;
        track[size] = (int) trackId;
        classId[size] = (int) cls;
        x[size] = (float) box[0];
        y[size] = (float) box[1];
        w[size] = (float) box[2];
        h[size] = (float) box[3];
        confidence[size] = (float) conf;
        visibility[size] = (float) vis;
        size++;
    }

    private void grow() {
        if (size == frame.length) {
            int capacity = size * 2;
            frame = Arrays.copyOf(frame, capacity);
            track = Arrays.copyOf(track, capacity);
            classId = Arrays.copyOf(classId, capacity);
            x = Arrays.copyOf(x, capacity);
            y = Arrays.copyOf(y, capacity);
            w = Arrays.copyOf(w, capacity);
            h = Arrays.copyOf(h, capacity);
            confidence = Arrays.copyOf(confidence, capacity);
            visibility = Arrays.copyOf(visibility, capacity);
        }
    }

    private void group() {
        byFrame = new long[size];
        for (int i = 0; i < size; i++) {
            byFrame[i] = (long) frame[i] << 32 | i; // frames are positive, so the order is by frame then by row
        }
        Arrays.sort(byFrame);
    }

    int size() {
        return size;
    }

    /** The distinct frames that have rows, ascending. */
    int[] frames() {
        return Arrays.stream(byFrame).mapToInt(key -> (int) (key >>> 32)).distinct().toArray();
    }

    /** Rows of {@code frameNumber} in file order: an index range [from, to) into {@link #row(int)}'s order. */
    int firstOf(int frameNumber) {
        int index = Arrays.binarySearch(byFrame, (long) frameNumber << 32);
        return index >= 0 ? index : -index - 1;
    }

    /** The row at position {@code position} of the frame order, or -1 past the frame's rows. */
    int row(int position, int frameNumber) {
        if (position >= size || (int) (byFrame[position] >>> 32) != frameNumber) {
            return -1;
        }
        return (int) byFrame[position];
    }

    int track(int row) {
        return track[row];
    }

    int classId(int row) {
        return classId[row];
    }

    float x(int row) {
        return x[row];
    }

    float y(int row) {
        return y[row];
    }

    float w(int row) {
        return w[row];
    }

    float h(int row) {
        return h[row];
    }

    float confidence(int row) {
        return confidence[row];
    }

    float visibility(int row) {
        return visibility[row];
    }
}
