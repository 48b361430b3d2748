package io.annolab.model.values;

import java.util.Arrays;

/**
 * Per-point visibility of a points shape, one byte per point, with Datumaro's codes:
 * {@link #ABSENT} 0, {@link #HIDDEN} 1 (CVAT's "occluded"), {@link #VISIBLE} 2. Immutable.
 */
public final class PointVisibility {

    public static final byte ABSENT = 0;
    public static final byte HIDDEN = 1;
    public static final byte VISIBLE = 2;

    private final byte[] flags;

    private PointVisibility(byte[] flags) {
        this.flags = flags;
    }

    public static PointVisibility of(byte... flags) {
        for (byte flag : flags) {
            if (flag < ABSENT || flag > VISIBLE) {
                throw new IllegalArgumentException("visibility must be 0 (absent), 1 (hidden) or 2 (visible), not " + flag);
            }
        }
        return new PointVisibility(flags.clone());
    }

    public static PointVisibility allVisible(int count) {
        byte[] flags = new byte[count];
        Arrays.fill(flags, VISIBLE);
        return new PointVisibility(flags);
    }

    /** Parses digits separated by commas or spaces, for example {@code "2,2,0"}. */
    public static PointVisibility valueOf(String text) {
        if (text == null || text.isBlank()) {
            return of();
        }
        String[] parts = text.trim().split("[,;\\s]+");
        byte[] flags = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            flags[i] = Byte.parseByte(parts[i]);
        }
        return of(flags);
    }

    public int size() {
        return flags.length;
    }

    public byte get(int point) {
        return flags[point];
    }

    public byte[] toArray() {
        return flags.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PointVisibility v && Arrays.equals(flags, v.flags);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(flags);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(flags.length * 2);
        for (int i = 0; i < flags.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(flags[i]);
        }
        return text.toString();
    }
}
