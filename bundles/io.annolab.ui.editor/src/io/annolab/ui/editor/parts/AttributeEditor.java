package io.annolab.ui.editor.parts;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

import io.annolab.model.Annotation;
import io.annolab.model.AttributeSpec;
import io.annolab.model.AttributeValue;
import io.annolab.model.Label;
import io.annolab.ui.editor.actions.EditorController;
import io.annolab.ui.editor.session.AnnotationEdits;
import io.annolab.ui.editor.session.AttributeValues;

/**
 * The selected object's label and attributes, each edited with the widget of its input kind:
 * select → drop-down, radio → radio buttons, checkbox → check box, text → text field,
 * number → text field checked against min;max;step. Every change is one undoable command.
 */
final class AttributeEditor {

    private final Group group;

    AttributeEditor(Composite parent) {
        group = EditorIds.tag(new Group(parent, SWT.NONE), EditorIds.ATTRIBUTES);
        group.setText("Object");
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    private boolean rebuildPending;
    private EditorController pendingController;
    private Annotation pendingAnnotation;

    /**
     * Shows an object. The rebuild runs after the current event, because the change that asks
     * for it may come from one of the widgets being replaced.
     */
    void show(EditorController controller, Annotation annotation) {
        pendingController = controller;
        pendingAnnotation = annotation;
        if (!rebuildPending) {
            rebuildPending = true;
            group.getDisplay().asyncExec(() -> {
                rebuildPending = false;
                if (!group.isDisposed()) {
                    rebuild(pendingController, pendingAnnotation);
                }
            });
        }
    }

    private void rebuild(EditorController controller, Annotation annotation) {
        for (Control child : group.getChildren()) {
            child.dispose();
        }
        if (controller == null || annotation == null) {
            group.setText("Object");
            note(controller == null ? "Open a job to see its objects." : "Select an object to edit its label and attributes.");
        } else {
            group.setText("Object " + annotation.getId());
            AnnotationEdits edits = new AnnotationEdits(controller.session());
            labelChoice(controller, annotation, edits);
            Label label = annotation.getLabel();
            if (label != null) {
                for (AttributeSpec spec : label.getAttributes()) {
                    attribute(annotation, spec, edits);
                }
            }
        }
        group.getParent().layout(true, true);
    }

    private void note(String text) {
        org.eclipse.swt.widgets.Label note = new org.eclipse.swt.widgets.Label(group, SWT.WRAP);
        note.setText(text);
        note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    }

    private void labelChoice(EditorController controller, Annotation annotation, AnnotationEdits edits) {
        new org.eclipse.swt.widgets.Label(group, SWT.NONE).setText("Label");
        Combo combo = EditorIds.tag(new Combo(group, SWT.READ_ONLY), "objects.label");
        List<Label> labels = controller.session().labels();
        labels.forEach(l -> combo.add(l.getName()));
        combo.select(labels.indexOf(annotation.getLabel()));
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.addListener(SWT.Selection, e -> edits.setLabel(List.of(annotation), labels.get(combo.getSelectionIndex())));
    }

    private void attribute(Annotation annotation, AttributeSpec spec, AnnotationEdits edits) {
        new org.eclipse.swt.widgets.Label(group, SWT.NONE).setText(spec.getName() + (spec.isMutable() ? " *" : ""));
        Object current = annotation.getAttributes().stream().filter(v -> spec.getName().equals(v.getName())).map(AttributeValue::getValue)
                .findFirst().orElse(AttributeValues.initial(spec));
        String id = "objects.attribute." + spec.getName();
        switch (spec.getInputType()) {
            case CHECKBOX -> {
                Button check = EditorIds.tag(new Button(group, SWT.CHECK), id);
                check.setSelection(Boolean.TRUE.equals(current));
                check.addListener(SWT.Selection, e -> edits.setAttribute(annotation, spec, check.getSelection()));
            }
            case SELECT -> {
                Combo combo = EditorIds.tag(new Combo(group, SWT.READ_ONLY), id);
                spec.getValues().forEach(combo::add);
                combo.select(spec.getValues().indexOf(AttributeValues.text(current)));
                combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                combo.addListener(SWT.Selection, e -> edits.setAttribute(annotation, spec, spec.getValues().get(combo.getSelectionIndex())));
            }
            case RADIO -> {
                Composite radios = EditorIds.tag(new Composite(group, SWT.NONE), id);
                radios.setLayout(new GridLayout(Math.max(1, Math.min(3, spec.getValues().size())), false));
                for (String value : spec.getValues()) {
                    Button radio = new Button(radios, SWT.RADIO);
                    radio.setText(value);
                    radio.setSelection(value.equals(AttributeValues.text(current)));
                    radio.addListener(SWT.Selection, e -> {
                        if (radio.getSelection()) {
                            edits.setAttribute(annotation, spec, value);
                        }
                    });
                }
            }
            default -> {
                Text text = EditorIds.tag(new Text(group, SWT.BORDER), id);
                text.setText(AttributeValues.text(current));
                text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                if (spec.getInputType() == io.annolab.model.AttributeInputType.NUMBER && spec.getValues().size() == 3) {
                    text.setToolTipText("A number from " + spec.getValues().get(0) + " to " + spec.getValues().get(1) + " in steps of "
                            + spec.getValues().get(2) + "; Enter applies");
                } else {
                    text.setToolTipText("Enter applies");
                }
                text.addListener(SWT.DefaultSelection, e -> edits.setAttribute(annotation, spec, AttributeValues.parse(spec, text.getText())));
                text.addListener(SWT.FocusOut, e -> edits.setAttribute(annotation, spec, AttributeValues.parse(spec, text.getText())));
            }
        }
    }
}
