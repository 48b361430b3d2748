package io.annolab.formats.cvat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.annolab.model.values.Coordinates;

/** CVAT's number texts (spec §3.7): coordinates as Python's {@code "{:.2f}"}, flags as 0/1. */
final class CvatNumbers {

    private CvatNumbers() {
    }

    /**
     * Two decimals, rounded as Python rounds: on the exact binary value, half to even (Java's
     * {@code %.2f} rounds half up, which differs on values such as 0.125).
     */
    static String twoDecimals(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value).toLowerCase().replace("infinity", "inf");
        }
        String text = new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        if (Math.copySign(1.0, value) < 0 && !text.startsWith("-")) {
            text = "-" + text; // Python keeps the sign of a value that rounds to zero
        }
        return text;
    }

    /** {@code x0,y0;x1,y1;...} with two decimals. */
    static String points(Coordinates points) {
        StringBuilder text = new StringBuilder(points.size() * 8);
        for (int i = 0; i < points.size(); i++) {
            if (i > 0) {
                text.append(i % 2 == 0 ? ';' : ',');
            }
            text.append(twoDecimals(points.get(i)));
        }
        return text.toString();
    }

    static String flag(boolean value) {
        return value ? "1" : "0";
    }

    /** An attribute value as CVAT text: booleans true/false, integral numbers without ".0". */
    static String attributeText(Object value) {
        return switch (value) {
            case null -> "";
            case Boolean flag -> flag ? "true" : "false";
            case Double number -> number(number);
            case Float number -> number(number.doubleValue());
            default -> value.toString();
        };
    }

    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
