package io.annolab.ui.explorer;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

import io.annolab.model.Label;
import io.annolab.model.Project;
import io.annolab.model.Task;

/**
 * Project → Labels (skeleton points nested) and Tasks → jobs. The input is an
 * {@link ExplorerRoot}; the project is the single top node so its name heads the tree.
 */
public class ProjectTreeContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return input instanceof ExplorerRoot root ? new Object[] { root.project() } : new Object[0];
    }

    @Override
    public Object[] getChildren(Object element) {
        return childList(element).toArray();
    }

    @Override
    public boolean hasChildren(Object element) {
        return !childList(element).isEmpty();
    }

    @Override
    public Object getParent(Object element) {
        // Only used by reveal/expand-to; the groups are value objects, so the tree finds them by equality.
        return null;
    }

    private static List<?> childList(Object element) {
        return switch (element) {
            case Project project -> List.of(new ExplorerGroup(project, ExplorerGroup.Kind.LABELS),
                    new ExplorerGroup(project, ExplorerGroup.Kind.TASKS));
            case ExplorerGroup group -> group.children();
            case Label label -> label.getSublabels();
            case Task task -> task.getJobs();
            default -> List.of();
        };
    }
}
