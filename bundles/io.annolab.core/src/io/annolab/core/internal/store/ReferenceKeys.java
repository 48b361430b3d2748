package io.annolab.core.internal.store;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/** Non-containment references are stored as the target's integer {@code id} attribute. */
final class ReferenceKeys {

    private ReferenceKeys() {
    }

    static long idOf(EObject target) {
        EAttribute id = idAttribute(target);
        if (id == null) {
            throw new IllegalStateException(target.eClass().getName() + " has no id to be referenced by");
        }
        return ((Number) target.eGet(id)).longValue();
    }

    static EAttribute idAttribute(EObject object) {
        return object.eClass().getEIDAttribute() != null ? object.eClass().getEIDAttribute()
                : (EAttribute) object.eClass().getEStructuralFeature("id");
    }
}
