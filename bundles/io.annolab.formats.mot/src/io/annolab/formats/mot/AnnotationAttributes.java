package io.annolab.formats.mot;

import io.annolab.model.Annotation;
import io.annolab.model.AttributeValue;
import io.annolab.model.ModelFactory;

/** Reading and adding the free-form attributes MOT and MOTS use (track_id, visibility, ignored). */
final class AnnotationAttributes {

    static final String TRACK_ID = "track_id";

    /** Returned by {@link #trackId} when an annotation has no usable track id. */
    static final long NO_TRACK = Long.MIN_VALUE;

    private AnnotationAttributes() {
    }

    static Object get(Annotation annotation, String name) {
        for (AttributeValue value : annotation.getAttributes()) {
            if (name.equals(value.getName())) {
                return value.getValue();
            }
        }
        return null;
    }

    static void put(Annotation annotation, String name, Object value) {
        AttributeValue attribute = ModelFactory.eINSTANCE.createAttributeValue();
        attribute.setName(name);
        attribute.setValue(value);
        annotation.getAttributes().add(attribute);
    }

    /** The track id as a whole number (attributes may hold it as a number or as text), or {@link #NO_TRACK}. */
    static long trackId(Annotation annotation) {
        Object value = get(annotation, TRACK_ID);
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.longValue();
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                return NO_TRACK;
            }
        }
        return NO_TRACK;
    }

    /** A number attribute (or numeric text), or {@code fallback}. */
    static double number(Annotation annotation, String name, double fallback) {
        Object value = get(annotation, name);
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof String text) {
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    /** True for Boolean.TRUE or the text "true" (CVAT keeps attributes as text). */
    static boolean flag(Annotation annotation, String name) {
        Object value = get(annotation, name);
        return Boolean.TRUE.equals(value) || (value instanceof String text && text.strip().equalsIgnoreCase("true"));
    }
}
