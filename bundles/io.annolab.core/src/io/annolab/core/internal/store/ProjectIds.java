package io.annolab.core.internal.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import io.annolab.model.AttributeSpec;
import io.annolab.model.Job;
import io.annolab.model.Label;
import io.annolab.model.Media;
import io.annolab.model.Project;
import io.annolab.model.Task;

/**
 * Gives labels, attribute specs, tasks and jobs without an id (0) or with a duplicate one a
 * fresh id, since the files refer to them by id.
 */
public final class ProjectIds {

    private ProjectIds() {
    }

    /** Returns whether any id was assigned. */
    public static boolean assignMissing(Project project) {
        List<EObject> labels = new ArrayList<>(), specs = new ArrayList<>(), tasks = new ArrayList<>(), jobs = new ArrayList<>();
        for (TreeIterator<EObject> it = project.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            switch (object) {
                case Label label -> labels.add(label);
                case AttributeSpec spec -> specs.add(spec);
                case Task task -> tasks.add(task);
                case Job job -> {
                    jobs.add(job);
                    it.prune(); // annotations are never referenced by id
                }
                case Media media -> it.prune();
                default -> { }
            }
        }
        boolean changed = assign(labels);
        changed |= assign(specs);
        changed |= assign(tasks);
        changed |= assign(jobs);
        return changed;
    }

    private static boolean assign(List<EObject> objects) {
        if (objects.isEmpty()) {
            return false;
        }
        EAttribute idFeature = ReferenceKeys.idAttribute(objects.get(0));
        int next = 1;
        for (EObject object : objects) {
            next = Math.max(next, (Integer) object.eGet(idFeature) + 1);
        }
        Set<Integer> seen = new HashSet<>();
        boolean changed = false;
        for (EObject object : objects) {
            int id = (Integer) object.eGet(idFeature);
            if (id <= 0 || !seen.add(id)) {
                object.eSet(idFeature, next);
                seen.add(next++);
                changed = true;
            }
        }
        return changed;
    }
}
