package io.annolab.ui.editor.parts;

import java.util.function.Predicate;

import io.annolab.core.api.filter.AnnotationSubject;
import io.annolab.core.api.filter.Filter;
import io.annolab.core.api.filter.FilterSyntaxException;
import io.annolab.model.Annotation;
import io.annolab.ui.editor.session.EditorSession;

/** Turns the text of the objects view's filter box (CVAT's filter language) into a predicate over the frame's objects. */
final class AnnotationFilters {

    private AnnotationFilters() {
    }

    /** An empty text matches everything; a bad one throws IllegalArgumentException saying where. */
    static Predicate<Annotation> compile(String text, EditorSession session) {
        Filter filter;
        try {
            filter = Filter.parse(text == null ? "" : text);
        } catch (FilterSyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (filter.matchesAll()) {
            return a -> true;
        }
        return annotation -> {
            AnnotationSubject subject = AnnotationSubject.at(annotation, annotation.getFrame());
            return subject != null && filter.test(subject);
        };
    }
}
