package io.annolab.ui.editor.session;

import io.annolab.model.AttributeSpec;

/**
 * Typed attribute values as the formats store them: Boolean for checkboxes, Double for
 * numbers, String for select, radio and text.
 */
public final class AttributeValues {

    private AttributeValues() {
    }

    /** The value a new object gets: the spec's default, else its first value, else empty/false/min. */
    public static Object initial(AttributeSpec spec) {
        String text = spec.getDefaultValue();
        if ((text == null || text.isEmpty()) && !spec.getValues().isEmpty()) {
            text = spec.getValues().get(0);
        }
        return parse(spec, text == null ? "" : text);
    }

    /** Parses what a user typed or picked into the spec's type; numbers that do not parse become the minimum. */
    public static Object parse(AttributeSpec spec, String text) {
        return switch (spec.getInputType()) {
            case CHECKBOX -> Boolean.valueOf(text.trim());
            case NUMBER -> {
                try {
                    yield Double.valueOf(text.trim());
                } catch (NumberFormatException e) {
                    yield spec.getValues().isEmpty() ? 0.0 : parseOr(spec.getValues().get(0), 0.0);
                }
            }
            default -> text;
        };
    }

    public static boolean accepts(AttributeSpec spec, Object value) {
        return switch (spec.getInputType()) {
            case CHECKBOX -> value instanceof Boolean;
            case NUMBER -> value instanceof Number;
            case SELECT, RADIO -> value instanceof String s && (spec.getValues().isEmpty() || spec.getValues().contains(s));
            default -> value instanceof String;
        };
    }

    /** How a value is shown: numbers without a trailing ".0". */
    public static String text(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return value == null ? "" : value.toString();
    }

    private static double parseOr(String text, double fallback) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
