package io.annolab.formats.mot;

import java.math.BigDecimal;

/** Numbers as MOT files write them: whole numbers without a fraction, others in plain decimal, never with an exponent. */
final class DecimalText {

    private DecimalText() {
    }

    static String of(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        // Float.toString gives the shortest text that reads back to the same float: coordinates are floats in the model.
        return new BigDecimal(Float.toString((float) value)).stripTrailingZeros().toPlainString();
    }
}
