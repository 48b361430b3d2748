package io.annolab.model.values;

import java.util.Arrays;

/**
 * An immutable run of float coordinates (x1, y1, x2, y2, ...), stored in one primitive array so
 * that a million polygons cost megabytes, not the gigabytes boxed lists would.
 * <p>
 * The text form ({@link #toString()}, {@link #valueOf(String)}) is CVAT's: {@code "x1,y1;x2,y2"}
 * with pairs joined by {@code ;}. EMF's factory uses these two methods for serialization.
 */
public final class Coordinates {

    public static final Coordinates EMPTY = new Coordinates(new float[0]);

    private final float[] values;

    private Coordinates(float[] values) {
        this.values = values;
    }

    /** Copies the given values. */
    public static Coordinates of(float... values) {
        return values.length == 0 ? EMPTY : new Coordinates(values.clone());
    }

    /** Takes ownership of the array: the caller must not change it afterwards. */
    public static Coordinates wrap(float[] values) {
        return values.length == 0 ? EMPTY : new Coordinates(values);
    }

    public static Coordinates of(double... values) {
        float[] copy = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = (float) values[i];
        }
        return wrap(copy);
    }

    /** Parses CVAT's {@code "x1,y1;x2,y2"} or a plain comma/space separated list. */
    public static Coordinates valueOf(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        String[] parts = text.trim().split("[,;\\s]+");
        float[] parsed = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            parsed[i] = Float.parseFloat(parts[i]);
        }
        return wrap(parsed);
    }

    public int size() {
        return values.length;
    }

    /** Number of (x, y) points. */
    public int pointCount() {
        return values.length / 2;
    }

    public float get(int index) {
        return values[index];
    }

    public float x(int point) {
        return values[2 * point];
    }

    public float y(int point) {
        return values[2 * point + 1];
    }

    public float[] toArray() {
        return values.clone();
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    /** Axis-aligned bounds of the x,y pairs as {minX, minY, maxX, maxY}; all zero when empty. */
    public float[] bounds() {
        if (values.length < 2) {
            return new float[4];
        }
        float minX = Float.POSITIVE_INFINITY, minY = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY, maxY = Float.NEGATIVE_INFINITY;
        for (int i = 0; i + 1 < values.length; i += 2) {
            minX = Math.min(minX, values[i]);
            maxX = Math.max(maxX, values[i]);
            minY = Math.min(minY, values[i + 1]);
            maxY = Math.max(maxY, values[i + 1]);
        }
        return new float[] { minX, minY, maxX, maxY };
    }

    /** Returns a translated copy. */
    public Coordinates translate(float dx, float dy) {
        float[] moved = values.clone();
        for (int i = 0; i + 1 < moved.length; i += 2) {
            moved[i] += dx;
            moved[i + 1] += dy;
        }
        return wrap(moved);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Coordinates c && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(values.length * 6);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(i % 2 == 0 ? ';' : ',');
            }
            appendNumber(text, values[i]);
        }
        return text.toString();
    }

    /** Shortest text that reads back to the same float, without a trailing ".0". */
    static void appendNumber(StringBuilder text, float value) {
        if (value == (long) value && Math.abs(value) < 1e15f) {
            text.append((long) value);
        } else {
            text.append(value);
        }
    }
}
