package io.annolab.core.api.filter;

import java.util.Locale;
import java.util.Objects;

/**
 * A property a filter rule reads (CVAT-FEATURES FLT-02): one of the fixed properties or an
 * attribute by name, optionally only on objects of one label (CVAT's builder scopes attributes by
 * label: {@code attr.car.color}).
 */
public final class FilterField {

    public enum Kind {
        LABEL("label"), TYPE("type"), SHAPE("shape"), OCCLUDED("occluded"), WIDTH("width"), HEIGHT("height"),
        SERVER_ID("serverID"), OBJECT_ID("objectID"), ATTRIBUTE("attr");

        /** The spelling in filter text and in JSON Logic {@code var}s. */
        public final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    private static final FilterField[] FIXED = new FilterField[Kind.values().length - 1];
    static {
        for (Kind kind : Kind.values()) {
            if (kind != Kind.ATTRIBUTE) {
                FIXED[kind.ordinal()] = new FilterField(kind, null, null);
            }
        }
    }

    private final Kind kind;
    private final String label;
    private final String attribute;

    private FilterField(Kind kind, String label, String attribute) {
        this.kind = kind;
        this.label = label;
        this.attribute = attribute;
    }

    public static FilterField of(Kind kind) {
        if (kind == Kind.ATTRIBUTE) {
            throw new IllegalArgumentException("an attribute field needs a name: use FilterField.attribute");
        }
        return FIXED[kind.ordinal()];
    }

    /** The attribute of this name on objects of any label. */
    public static FilterField attribute(String name) {
        return new FilterField(Kind.ATTRIBUTE, null, Objects.requireNonNull(name));
    }

    /** The attribute of this name on objects of the given label only. */
    public static FilterField attribute(String label, String name) {
        return new FilterField(Kind.ATTRIBUTE, Objects.requireNonNull(label), Objects.requireNonNull(name));
    }

    /** The fixed property with this name, ignoring case, or null. */
    public static FilterField fixed(String name) {
        for (Kind kind : Kind.values()) {
            if (kind != Kind.ATTRIBUTE && kind.key.equalsIgnoreCase(name)) {
                return FIXED[kind.ordinal()];
            }
        }
        return null;
    }

    public Kind kind() {
        return kind;
    }

    /** The label an attribute field is limited to, or null for any label. */
    public String label() {
        return label;
    }

    /** The attribute name, or null for a fixed property. */
    public String attributeName() {
        return attribute;
    }

    /** The subject's value: String, Double, Boolean or null (no value). */
    public Object valueOf(FilterSubject subject) {
        switch (kind) {
        case LABEL:
            return subject.label();
        case TYPE:
            return subject.type();
        case SHAPE:
            return subject.shape();
        case OCCLUDED:
            return subject.occluded() ? Boolean.TRUE : Boolean.FALSE;
        case WIDTH:
            return number(subject.width());
        case HEIGHT:
            return number(subject.height());
        case SERVER_ID:
            return (double) subject.serverId();
        case OBJECT_ID:
            return (double) subject.objectId();
        default:
            if (label != null && !label.equals(subject.label())) {
                return null;
            }
            return subject.attribute(attribute);
        }
    }

    private static Double number(double value) {
        return Double.isNaN(value) ? null : value;
    }

    /** The JSON Logic {@code var} path: {@code width}, {@code attr.color}, {@code attr.car.color}. */
    public String jsonVar() {
        if (kind != Kind.ATTRIBUTE) {
            return kind.key;
        }
        return label == null ? "attr." + attribute : "attr." + label + "." + attribute;
    }

    /** Reads a JSON Logic {@code var} path back; null when it names no property. */
    public static FilterField fromJsonVar(String path) {
        if (path.regionMatches(true, 0, "attr.", 0, 5)) {
            String rest = path.substring(5);
            int dot = rest.indexOf('.');
            if (rest.isEmpty() || dot == 0 || dot == rest.length() - 1) {
                return null;
            }
            return dot < 0 ? attribute(rest) : attribute(rest.substring(0, dot), rest.substring(dot + 1));
        }
        return fixed(path);
    }

    /** The filter-text spelling: {@code width}, {@code attr["color"]}, {@code attr["car"]["color"]}. */
    public String text() {
        if (kind != Kind.ATTRIBUTE) {
            return kind.key;
        }
        return label == null ? "attr[" + Values.quote(attribute) + "]"
                : "attr[" + Values.quote(label) + "][" + Values.quote(attribute) + "]";
    }

    /** Whether values of this property are numbers (width, height, ids). */
    boolean isNumeric() {
        return kind == Kind.WIDTH || kind == Kind.HEIGHT || kind == Kind.SERVER_ID || kind == Kind.OBJECT_ID;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FilterField f && f.kind == kind && Objects.equals(f.label, label)
                && Objects.equals(f.attribute, attribute);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, label, attribute);
    }

    @Override
    public String toString() {
        return text();
    }

    static String allNames() {
        StringBuilder names = new StringBuilder();
        for (Kind kind : Kind.values()) {
            names.append(kind == Kind.ATTRIBUTE ? "or attr[\"name\"]" : kind.key + ", ");
        }
        return names.toString().toLowerCase(Locale.ROOT).replace("serverid", "serverID").replace("objectid", "objectID");
    }
}
