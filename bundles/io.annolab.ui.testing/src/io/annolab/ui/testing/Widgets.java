package io.annolab.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** Finds widgets by their {@code setData("annolab.id", ...)} tag and tree items by text. */
public final class Widgets {

    /** Same key as io.annolab.ui.WidgetIds.KEY (kept literal: this bundle must not need the UI bundle). */
    public static final String ID_KEY = "annolab.id";

    private Widgets() {
    }

    /** The first control tagged {@code id} in any open shell of {@code display}. */
    public static Optional<Control> find(Display display, String id) {
        for (Shell shell : display.getShells()) {
            Optional<Control> found = find(shell, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The first control tagged {@code id} at or below {@code root}, depth first. */
    public static Optional<Control> find(Control root, String id) {
        if (root.isDisposed()) {
            return Optional.empty();
        }
        if (id.equals(root.getData(ID_KEY))) {
            return Optional.of(root);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Optional<Control> found = find(child, id);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    public static <T extends Control> T require(Display display, String id, Class<T> type) {
        Control control = find(display, id).orElseThrow(() -> new AssertionError("no widget with " + ID_KEY + "=" + id));
        if (!type.isInstance(control)) {
            throw new AssertionError(id + " is a " + control.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return type.cast(control);
    }

    /** The direct child of {@code parent} (or top-level item when null) whose text starts with {@code prefix}. */
    public static Optional<TreeItem> child(Tree tree, TreeItem parent, String prefix) {
        for (TreeItem item : parent == null ? tree.getItems() : parent.getItems()) {
            if (item.getText().startsWith(prefix)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** Like {@link #child} but fails with what the tree does show. */
    public static TreeItem requireChild(Tree tree, TreeItem parent, String prefix) {
        return child(tree, parent, prefix).orElseThrow(() -> new AssertionError("no item starting with '" + prefix + "' under "
                + (parent == null ? "the tree" : "'" + parent.getText() + "' (expanded: " + parent.getExpanded() + ")")
                + "; children: " + texts(tree, parent)));
    }

    /** Texts of the direct children (tree top level when {@code parent} is null). */
    public static List<String> texts(Tree tree, TreeItem parent) {
        List<String> texts = new ArrayList<>();
        for (TreeItem item : parent == null ? tree.getItems() : parent.getItems()) {
            texts.add(item.getText());
        }
        return texts;
    }
}
