package io.annolab.core.api.filter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.annolab.model.Annotation;

/**
 * The objects a filtered view shows on one frame (CVAT-FEATURES FLT-01: objects that do not match
 * are hidden; OBJ-01 objects list; MODE-02 attribute mode cycles only these).
 */
public final class FrameObjects {

    private FrameObjects() {
    }

    /** The annotations present on {@code frame} that the filter matches, in their given order. */
    public static List<Annotation> matching(Collection<? extends Annotation> annotations, int frame, Filter filter) {
        Filter test = filter == null ? Filter.ALL : filter;
        List<Annotation> shown = new ArrayList<>();
        for (Annotation annotation : annotations) {
            AnnotationSubject subject = AnnotationSubject.at(annotation, frame);
            if (subject != null && test.test(subject)) {
                shown.add(annotation);
            }
        }
        return shown;
    }
}
