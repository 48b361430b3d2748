package io.annolab.core.internal.store;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.core.JsonGenerator;

import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;
import io.annolab.model.values.PointVisibility;

/**
 * Writes EMF objects as compact JSON, reflectively: one JSON object per EObject, one field per
 * feature that differs from its default, containments nested, other references written as the
 * target's {@code id}. A subclass of the declared type is named in a leading {@code "$type"}.
 * Being reflective, it follows the .ecore without hand-written code per class.
 */
final class ModelJsonWriter {

    static final String TYPE_FIELD = "$type";

    private final JsonGenerator json;
    private final Set<EStructuralFeature> skipped;

    ModelJsonWriter(JsonGenerator json, Set<EStructuralFeature> skipped) {
        this.json = json;
        this.skipped = skipped;
    }

    void writeObject(EObject object, EClass declaredType) throws IOException {
        json.writeStartObject();
        EClass eClass = object.eClass();
        if (eClass != declaredType) {
            json.writeStringField(TYPE_FIELD, eClass.getName());
        }
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived() || skipped.contains(feature) || !object.eIsSet(feature)) {
                continue;
            }
            json.writeFieldName(feature.getName());
            if (feature instanceof EReference reference) {
                writeReference(object, reference);
            } else {
                writeAttribute(object, (EAttribute) feature);
            }
        }
        json.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private void writeReference(EObject object, EReference reference) throws IOException {
        Object value = object.eGet(reference);
        if (reference.isMany()) {
            json.writeStartArray();
            for (EObject target : (List<EObject>) value) {
                writeTarget(target, reference);
            }
            json.writeEndArray();
        } else {
            writeTarget((EObject) value, reference);
        }
    }

    private void writeTarget(EObject target, EReference reference) throws IOException {
        if (reference.isContainment()) {
            writeObject(target, reference.getEReferenceType());
        } else {
            json.writeNumber(ReferenceKeys.idOf(target));
        }
    }

    private void writeAttribute(EObject object, EAttribute attribute) throws IOException {
        Object value = object.eGet(attribute);
        if (attribute.isMany()) {
            json.writeStartArray();
            for (Object element : (List<?>) value) {
                writeValue(attribute.getEAttributeType(), element);
            }
            json.writeEndArray();
        } else {
            writeValue(attribute.getEAttributeType(), value);
        }
    }

    private void writeValue(EDataType type, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Float number) {
            writeFloat(number);
        } else if (value instanceof Double number) {
            json.writeNumber(number);
        } else if (value instanceof Enumerator literal) {
            json.writeString(literal.getLiteral());
        } else if (value instanceof Coordinates coordinates) {
            json.writeStartArray();
            for (int i = 0; i < coordinates.size(); i++) {
                writeFloat(coordinates.get(i));
            }
            json.writeEndArray();
        } else if (value instanceof PointVisibility visibility) {
            json.writeStartArray();
            for (int i = 0; i < visibility.size(); i++) {
                json.writeNumber(visibility.get(i));
            }
            json.writeEndArray();
        } else if (value instanceof MaskRle mask) {
            json.writeStartObject();
            json.writeNumberField("width", mask.width());
            json.writeNumberField("height", mask.height());
            json.writeFieldName("runs");
            int[] runs = mask.runs();
            json.writeArray(runs, 0, runs.length);
            json.writeEndObject();
        } else {
            json.writeString(EcoreUtil.convertToString(type, value));
        }
    }

    private void writeFloat(float value) throws IOException {
        if (value == (int) value) {
            json.writeNumber((int) value); // "12" rather than "12.0": smaller files, same value
        } else {
            json.writeNumber(value);
        }
    }
}
