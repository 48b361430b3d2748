package io.annolab.core.api.task;

import java.util.Comparator;

/**
 * Orders names as people read them: case-insensitive, with runs of digits compared by their
 * numeric value ({@code 1, 2, 10} rather than {@code 1, 10, 2}). Ties (such as {@code 01} and
 * {@code 1}) fall back to the plain string order so the order is total.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byValue = compareDigits(a.substring(i, endA), b.substring(j, endB));
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                int byChar = Character.compare(Character.toLowerCase(Character.toUpperCase(ca)), Character.toLowerCase(Character.toUpperCase(cb)));
                if (byChar != 0) {
                    return byChar;
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Compares digit runs of any length by value, without parsing (names may hold 30-digit stamps). */
    private static int compareDigits(String a, String b) {
        String x = stripZeros(a);
        String y = stripZeros(b);
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    private static String stripZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    /** A comparator by a derived name. */
    public static <T> Comparator<T> by(java.util.function.Function<T, String> name) {
        return (x, y) -> INSTANCE.compare(name.apply(x), name.apply(y));
    }
}
