package io.annolab.formats.yolo;

import java.nio.file.Path;

import io.annolab.core.api.AnnolabException;

/**
 * One line of a YOLO label file split into its fields, with parsers that name the file, line and
 * column of a bad value. Coordinates are normalised to the image size, so a value far outside
 * 0..1 means a broken file, not a big image.
 */
final class LabelLine {

    /** Normalised coordinates beyond this are refused: they would be outside any image by 100 widths. */
    static final double MAX_NORMALISED = 100;

    private final Path file;
    private final int number;
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int count;

    private LabelLine(Path file, int number, String text, int[] starts, int[] ends, int count) {
        this.file = file;
        this.number = number;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.count = count;
    }

    /** Splits {@code text} at spaces and tabs; null for a blank line. */
    static LabelLine split(Path file, int number, String text) throws AnnolabException {
        int capacity = 8;
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int count = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            while (i < length && isSpace(text.charAt(i))) {
                i++;
            }
            if (i == length) {
                break;
            }
            int start = i;
            while (i < length && !isSpace(text.charAt(i))) {
                i++;
            }
            if (count == capacity) {
                if (capacity >= 1 << 16) {
                    throw new AnnolabException("the line has more than " + capacity + " values", file, number, start + 1,
                            "A YOLO label line holds one object; check the file is not damaged", null);
                }
                capacity *= 2;
                starts = java.util.Arrays.copyOf(starts, capacity);
                ends = java.util.Arrays.copyOf(ends, capacity);
            }
            starts[count] = start;
            ends[count] = i;
            count++;
        }
        return count == 0 ? null : new LabelLine(file, number, text, starts, ends, count);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    int size() {
        return count;
    }

    int lineNumber() {
        return number;
    }

    String field(int index) {
        return text.substring(starts[index], ends[index]);
    }

    /** The class index in field 0, checked against the number of declared classes. */
    int classIndex(int classes) throws AnnolabException {
        String value = field(0);
        int index;
        try {
            index = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw error(0, "the class index '" + abbreviate(value) + "' is not a whole number", "Each line starts with a class index");
        }
        if (index < 0 || index >= classes) {
            throw error(0, "the class index " + index + " is not declared (" + classes + (classes == 1 ? " class" : " classes") + ")",
                    "Add the class to the names list, or fix the index");
        }
        return index;
    }

    /** A normalised coordinate. */
    double coordinate(int index) throws AnnolabException {
        String value = field(index);
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw error(index, "'" + abbreviate(value) + "' is not a number", "Values are decimal numbers relative to the image size");
        }
        if (!(Math.abs(number) <= MAX_NORMALISED)) {
            throw error(index, "the value " + abbreviate(value) + " is not a coordinate relative to the image size",
                    "YOLO coordinates are divided by the image's width or height, so they lie about between 0 and 1");
        }
        return number;
    }

    /** A keypoint visibility: 0 absent, 1 hidden, 2 visible. */
    byte visibility(int index) throws AnnolabException {
        String value = field(index);
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number != 0 && number != 1 && number != 2) {
            throw error(index, "the keypoint visibility '" + abbreviate(value) + "' is not 0, 1 or 2",
                    "0 means absent, 1 hidden, 2 visible");
        }
        return (byte) number;
    }

    AnnolabException error(int fieldIndex, String what, String hint) {
        return new AnnolabException(what, file, number, fieldIndex < count ? starts[fieldIndex] + 1 : 0, hint, null);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
