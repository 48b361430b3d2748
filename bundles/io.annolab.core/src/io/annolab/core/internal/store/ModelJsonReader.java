package io.annolab.core.internal.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.annolab.core.api.AnnolabException;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;
import io.annolab.model.values.PointVisibility;

/**
 * Reads what {@link ModelJsonWriter} writes. References are resolved through an index of
 * already-read objects by class and id, so targets must come first (labels before annotations).
 * Unknown fields are skipped, so files written by a newer Annolab still open.
 */
final class ModelJsonReader {

    private final JsonParser json;
    private final Path file;
    private final EPackage ePackage;
    private final Map<EClass, Map<Long, EObject>> index;

    ModelJsonReader(JsonParser json, Path file, EPackage ePackage, Map<EClass, Map<Long, EObject>> index) {
        this.json = json;
        this.file = file;
        this.ePackage = ePackage;
        this.index = index;
    }

    /** Reads the object at the current START_OBJECT token. */
    EObject readObject(EClass declaredType) throws IOException {
        expect(JsonToken.START_OBJECT);
        EClass eClass = declaredType;
        JsonToken token = json.nextToken();
        if (token == JsonToken.FIELD_NAME && ModelJsonWriter.TYPE_FIELD.equals(json.currentName())) {
            json.nextToken();
            eClass = subclass(declaredType, json.getText());
            token = json.nextToken();
        }
        if (eClass.isAbstract()) {
            throw error("a " + declaredType.getName() + " needs a \"$type\" field naming its kind");
        }
        EObject object = EcoreUtil.create(eClass);
        for (; token == JsonToken.FIELD_NAME; token = json.nextToken()) {
            EStructuralFeature feature = eClass.getEStructuralFeature(json.currentName());
            json.nextToken();
            if (feature == null || feature.isTransient()) {
                json.skipChildren();
            } else if (feature instanceof EReference reference) {
                readReference(object, reference);
            } else {
                readAttribute(object, (EAttribute) feature);
            }
        }
        expect(JsonToken.END_OBJECT);
        register(object);
        return object;
    }

    private EClass subclass(EClass declaredType, String name) throws AnnolabException {
        EClassifier classifier = ePackage.getEClassifier(name);
        if (classifier instanceof EClass eClass && declaredType.isSuperTypeOf(eClass)) {
            return eClass;
        }
        throw error("unknown " + declaredType.getName() + " kind \"" + name + "\"");
    }

    private void register(EObject object) {
        Map<Long, EObject> byId = index.get(object.eClass());
        if (byId != null) {
            byId.put(ReferenceKeys.idOf(object), object);
        }
    }

    @SuppressWarnings("unchecked")
    private void readReference(EObject object, EReference reference) throws IOException {
        if (reference.isMany()) {
            expect(JsonToken.START_ARRAY);
            List<EObject> values = (List<EObject>) object.eGet(reference);
            while (json.nextToken() != JsonToken.END_ARRAY) {
                values.add(readTarget(reference));
            }
        } else if (json.currentToken() != JsonToken.VALUE_NULL) {
            object.eSet(reference, readTarget(reference));
        }
    }

    private EObject readTarget(EReference reference) throws IOException {
        if (reference.isContainment()) {
            return readObject(reference.getEReferenceType());
        }
        expect(JsonToken.VALUE_NUMBER_INT);
        long id = json.getLongValue();
        Map<Long, EObject> byId = index.getOrDefault(reference.getEReferenceType(), Map.of());
        EObject target = byId.get(id);
        if (target == null) {
            throw error(reference.getEReferenceType().getName().toLowerCase() + " " + id
                    + " is referenced but not declared");
        }
        return target;
    }

    @SuppressWarnings("unchecked")
    private void readAttribute(EObject object, EAttribute attribute) throws IOException {
        EDataType type = attribute.getEAttributeType();
        if (attribute.isMany()) {
            expect(JsonToken.START_ARRAY);
            List<Object> values = (List<Object>) object.eGet(attribute);
            while (json.nextToken() != JsonToken.END_ARRAY) {
                values.add(readValue(type));
            }
        } else {
            object.eSet(attribute, readValue(type));
        }
    }

    private Object readValue(EDataType type) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        Class<?> javaType = type.getInstanceClass();
        if (type instanceof EEnum eEnum) {
            EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(json.getText());
            if (literal == null) {
                throw error("\"" + json.getText() + "\" is not a " + eEnum.getName() + "; expected one of "
                        + eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList());
            }
            return literal.getInstance();
        }
        if (javaType == Coordinates.class) {
            return Coordinates.wrap(readFloats());
        }
        if (javaType == PointVisibility.class) {
            float[] flags = readFloats();
            byte[] bytes = new byte[flags.length];
            for (int i = 0; i < flags.length; i++) {
                bytes[i] = (byte) flags[i];
            }
            return PointVisibility.of(bytes);
        }
        if (javaType == MaskRle.class) {
            return readMask();
        }
        if (javaType == Object.class) {
            return readScalar();
        }
        try {
            return switch (token) {
                case VALUE_TRUE, VALUE_FALSE -> json.getBooleanValue();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> numberAs(javaType);
                case VALUE_STRING -> javaType == String.class ? json.getText() : EcoreUtil.createFromString(type, json.getText());
                default -> throw error("unexpected " + token + " for a " + type.getName());
            };
        } catch (IllegalArgumentException e) {
            throw error("\"" + json.getText() + "\" is not a valid " + type.getName() + ": " + e.getMessage());
        }
    }

    private Object numberAs(Class<?> javaType) throws IOException {
        if (javaType == int.class || javaType == Integer.class) {
            return json.getIntValue();
        } else if (javaType == long.class || javaType == Long.class) {
            return json.getLongValue();
        } else if (javaType == float.class || javaType == Float.class) {
            return json.getFloatValue();
        } else if (javaType == double.class || javaType == Double.class) {
            return json.getDoubleValue();
        }
        throw error("a number where a " + javaType.getSimpleName() + " belongs");
    }

    private Object readScalar() throws IOException {
        return switch (json.currentToken()) {
            case VALUE_STRING -> json.getText();
            case VALUE_TRUE, VALUE_FALSE -> json.getBooleanValue();
            case VALUE_NUMBER_INT -> json.getLongValue();
            case VALUE_NUMBER_FLOAT -> json.getDoubleValue();
            default -> throw error("an attribute value must be text, a number or true/false");
        };
    }

    private float[] readFloats() throws IOException {
        expect(JsonToken.START_ARRAY);
        float[] values = new float[16];
        int count = 0;
        for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                throw error("coordinates must be numbers");
            }
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = json.getFloatValue();
        }
        return count == values.length ? values : Arrays.copyOf(values, count);
    }

    private MaskRle readMask() throws IOException {
        expect(JsonToken.START_OBJECT);
        int width = 0, height = 0;
        int[] runs = new int[0];
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            json.nextToken();
            switch (name) {
                case "width" -> width = json.getIntValue();
                case "height" -> height = json.getIntValue();
                case "runs" -> {
                    float[] values = readFloats();
                    runs = new int[values.length];
                    for (int i = 0; i < values.length; i++) {
                        runs[i] = (int) values[i];
                    }
                }
                default -> json.skipChildren();
            }
        }
        try {
            return MaskRle.of(width, height, runs);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    private void expect(JsonToken expected) throws AnnolabException {
        if (json.currentToken() != expected) {
            throw error("expected " + describe(expected) + " but found " + describe(json.currentToken()));
        }
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "'{'";
            case END_OBJECT -> "'}'";
            case START_ARRAY -> "'['";
            case END_ARRAY -> "']'";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_STRING -> "text";
            default -> token.asString() == null ? token.name().toLowerCase() : token.asString();
        };
    }

    AnnolabException error(String what) {
        JsonLocation location = json.currentLocation();
        return new AnnolabException(what, file, location.getLineNr(), location.getColumnNr(),
                "The file is damaged or was edited by hand; restore it from a backup or fix it there", null);
    }

    static Map<EClass, Map<Long, EObject>> newIndex(EClass... referenceable) {
        Map<EClass, Map<Long, EObject>> index = new HashMap<>();
        for (EClass eClass : referenceable) {
            index.put(eClass, new HashMap<>());
        }
        return index;
    }
}
