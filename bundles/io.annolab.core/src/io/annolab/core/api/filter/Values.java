package io.annolab.core.api.filter;

/**
 * How filter values (String, Double, Boolean, null for "no value") compare: numbers as numbers
 * even when one side is text such as a CVAT attribute "12", booleans against "true"/"false", other
 * text exactly (case-sensitive, like CVAT's JSON Logic).
 */
final class Values {

    private Values() {
    }

    static boolean equal(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Double x) {
            Double y = asNumber(b);
            return y != null && x.doubleValue() == y.doubleValue();
        }
        if (b instanceof Double y) {
            Double x = asNumber(a);
            return x != null && x.doubleValue() == y.doubleValue();
        }
        if (a instanceof Boolean x) {
            Boolean y = asBoolean(b);
            return y != null && x.booleanValue() == y.booleanValue();
        }
        if (b instanceof Boolean y) {
            Boolean x = asBoolean(a);
            return x != null && x.booleanValue() == y.booleanValue();
        }
        return a.equals(b);
    }

    /** Sign of a compared with b, or {@link Integer#MIN_VALUE} when they cannot be ordered. */
    static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return Integer.MIN_VALUE;
        }
        if (a instanceof Double || b instanceof Double) {
            Double x = asNumber(a);
            Double y = asNumber(b);
            return x == null || y == null ? Integer.MIN_VALUE : Double.compare(x, y);
        }
        if (a instanceof Boolean || b instanceof Boolean) {
            Boolean x = asBoolean(a);
            Boolean y = asBoolean(b);
            return x == null || y == null ? Integer.MIN_VALUE : Boolean.compare(x, y);
        }
        return Integer.signum(a.toString().compareTo(b.toString()));
    }

    static Double asNumber(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Double.valueOf(s.trim());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    static Boolean asBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            if (s.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (s.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    /** Text of a value for like / starts with / ends with: 12.0 reads as "12". */
    static String text(Object value) {
        return value instanceof Double d ? number(d) : String.valueOf(value);
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isEmpty();
    }

    /** A literal in filter-text form. */
    static String literal(Object value) {
        if (value instanceof String s) {
            return quote(s);
        }
        return text(value);
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '"' -> quoted.append("\\\"");
            case '\\' -> quoted.append("\\\\");
            case '\n' -> quoted.append("\\n");
            case '\t' -> quoted.append("\\t");
            default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
