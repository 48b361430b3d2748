package io.annolab.ui.editor.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import io.annolab.model.Annotation;
import io.annolab.model.LabelType;
import io.annolab.model.Tag;
import io.annolab.ui.editor.actions.EditorActions;
import io.annolab.ui.editor.actions.EditorController;
import io.annolab.ui.editor.session.AnnotationEdits;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Tag annotation mode (CVAT MODE-04): one button per label that can be a tag, numbered 1–9 for
 * the keyboard; the frame's tags with a button to remove each; and "go to the next frame" after
 * tagging, for labelling a whole image set one key per image.
 */
public class TagsPart extends ControllerView {

    private Composite root;
    private Composite labelButtons;
    private Group frameTags;
    private Button autoNext;
    private final List<io.annolab.model.Label> choices = new ArrayList<>();

    @PostConstruct
    public void create(Composite parent) {
        root = parent;
        parent.setLayout(new GridLayout());
        Label hint = new Label(parent, SWT.WRAP);
        hint.setText("Click a label, or press its number here, to tag the frame.");
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        labelButtons = new Composite(parent, SWT.NONE);
        labelButtons.setLayout(new GridLayout(2, true));
        labelButtons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        autoNext = EditorIds.tag(new Button(parent, SWT.CHECK), "tags.autoNext");
        autoNext.setText("Automatically go to the next frame");
        frameTags = EditorIds.tag(new Group(parent, SWT.NONE), "tags.frame");
        frameTags.setText("Tags of this frame");
        frameTags.setLayout(new GridLayout(2, false));
        frameTags.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        // Number keys anywhere in this view tag the frame (a filter, so the focused button or check box does not matter).
        org.eclipse.swt.widgets.Listener keys = e -> {
            if (!root.isDisposed() && isInside(root.getDisplay().getFocusControl()) && e.character >= '1' && e.character <= '9'
                    && (e.stateMask & SWT.MODIFIER_MASK) == 0) {
                e.doit = false;
                tag(e.character - '1');
            }
        };
        parent.getDisplay().addFilter(SWT.KeyDown, keys);
        parent.addDisposeListener(e -> parent.getDisplay().removeFilter(SWT.KeyDown, keys));
        created();
    }

    /** Entering the mode: number keys go to this view. */
    @Focus
    public void focus() {
        Control[] buttons = labelButtons.getChildren();
        if (buttons.length > 0) {
            buttons[0].setFocus();
        } else {
            root.setFocus();
        }
    }

    @Inject
    @Optional
    public void setController(@Optional EditorController next) {
        injected(next);
    }

    private boolean isInside(Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c == root) {
                return true;
            }
        }
        return false;
    }

    private void tag(int index) {
        if (controller == null || index < 0 || index >= choices.size()) {
            return;
        }
        io.annolab.model.Label label = choices.get(index);
        boolean present = controller.session().annotationsOn(controller.session().frame()).stream()
                .anyMatch(a -> a instanceof Tag && a.getLabel() == label);
        if (!present) {
            new AnnotationEdits(controller.session()).addTag(label);
        }
        if (autoNext.getSelection()) {
            controller.run(EditorActions.NEXT_FRAME);
        }
    }

    private boolean refreshPending;

    /** Rebuilt after the current event: the change may come from a button being replaced. */
    @Override
    protected void refresh() {
        if (root == null || root.isDisposed() || refreshPending) {
            return;
        }
        refreshPending = true;
        root.getDisplay().asyncExec(() -> {
            refreshPending = false;
            if (!root.isDisposed()) {
                rebuild();
            }
        });
    }

    private void rebuild() {
        for (Control child : labelButtons.getChildren()) {
            child.dispose();
        }
        for (Control child : frameTags.getChildren()) {
            child.dispose();
        }
        choices.clear();
        if (controller != null) {
            for (io.annolab.model.Label label : controller.session().labels()) {
                if (label.getType() == null || label.getType() == LabelType.ANY || label.getType() == LabelType.TAG) {
                    choices.add(label);
                }
            }
            for (int i = 0; i < choices.size(); i++) {
                int index = i;
                Button button = EditorIds.tag(new Button(labelButtons, SWT.PUSH), "tags.label." + choices.get(i).getName());
                button.setText((i < 9 ? (i + 1) + "  " : "") + choices.get(i).getName());
                button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                button.addListener(SWT.Selection, e -> tag(index));
            }
            for (Annotation annotation : controller.session().annotationsOn(controller.session().frame())) {
                if (annotation instanceof Tag tag) {
                    new Label(frameTags, SWT.NONE).setText(tag.getLabel() == null ? "(no label)" : tag.getLabel().getName());
                    Button remove = new Button(frameTags, SWT.PUSH);
                    remove.setText("\u00D7");
                    remove.setToolTipText("Remove this tag");
                    remove.addListener(SWT.Selection, e -> new AnnotationEdits(controller.session()).delete(List.of(tag)));
                }
            }
        }
        root.layout(true, true);
    }
}
