package io.annolab.ui.editor.parts;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.annolab.model.Annotation;
import io.annolab.model.AttributeInputType;
import io.annolab.model.AttributeSpec;
import io.annolab.model.AttributeValue;
import io.annolab.model.Shape;
import io.annolab.ui.editor.actions.EditorActions;
import io.annolab.ui.editor.actions.EditorController;
import io.annolab.ui.editor.session.AnnotationEdits;
import io.annolab.ui.editor.session.AttributeValues;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Attribute annotation mode (CVAT MODE-02): one object and one attribute at a time, all from the
 * keyboard while this view has focus. Tab / Shift+Tab go to the next / previous object of the
 * frame (those the filter shows), Up / Down to the previous / next attribute, a digit picks that
 * value of the active attribute (shown in red), Left / Right go to the previous / next frame
 * with objects. The canvas zooms to the object.
 */
public class AttributesPart extends ControllerView {

    /** Screen pixels left around the object when the canvas zooms to it (CVAT's AAM zoom margin). */
    private static final int ZOOM_MARGIN = 100;

    private Composite root;
    private Label heading;
    private Table attributes;
    private Label values;
    private int objectIndex;
    private int attributeIndex;
    private boolean rebuilding;

    @PostConstruct
    public void create(Composite parent) {
        root = parent;
        parent.setLayout(new GridLayout());
        heading = EditorIds.tag(new Label(parent, SWT.WRAP), "aam.heading");
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        attributes = EditorIds.tag(new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER), "aam.attributes");
        attributes.setHeaderVisible(true);
        attributes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String[] column : new String[][] { { "Attribute", "130" }, { "Value", "130" } }) {
            TableColumn c = new TableColumn(attributes, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        values = EditorIds.tag(new Label(parent, SWT.WRAP), "aam.values");
        values.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        Label keyHelp = new Label(parent, SWT.WRAP);
        keyHelp.setText("Tab / Shift+Tab: object · Up / Down: attribute · 1–9: value · Left / Right: frame");
        keyHelp.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        attributes.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = false; // Tab moves between objects here, not between widgets
                moveObject(e.detail == SWT.TRAVERSE_TAB_NEXT ? 1 : -1);
            }
        });
        // A display filter sees the keys before the table's own navigation takes the arrows.
        org.eclipse.swt.widgets.Listener keys = e -> {
            if (!root.isDisposed() && isInside(root.getDisplay().getFocusControl())) {
                key(e);
            }
        };
        root.getDisplay().addFilter(SWT.KeyDown, keys);
        root.addDisposeListener(e -> root.getDisplay().removeFilter(SWT.KeyDown, keys));
        attributes.addListener(SWT.Selection, e -> {
            if (!rebuilding) { // GTK reports selection changes while the rows are replaced
                attributeIndex = Math.max(0, attributes.getSelectionIndex());
                showValues();
            }
        });
        created();
    }

    @Inject
    @Optional
    public void setController(@Optional EditorController next) {
        objectIndex = 0;
        attributeIndex = 0;
        injected(next);
    }

    /** Entering the mode: the keyboard goes to this view and the canvas shows the current object. */
    @Focus
    public void focus() {
        attributes.setFocus();
        if (controller != null && current() != null) {
            focusCurrent();
        }
        refresh();
    }

    private boolean isInside(org.eclipse.swt.widgets.Control control) {
        for (org.eclipse.swt.widgets.Control c = control; c != null; c = c.getParent()) {
            if (c == root) {
                return true;
            }
        }
        return false;
    }

    private void key(org.eclipse.swt.widgets.Event e) {
        if (controller == null) {
            return;
        }
        switch (e.keyCode) {
            case SWT.ARROW_UP -> moveAttribute(-1);
            case SWT.ARROW_DOWN -> moveAttribute(1);
            case SWT.ARROW_LEFT -> controller.run(EditorActions.SEARCH_BACKWARD);
            case SWT.ARROW_RIGHT -> controller.run(EditorActions.SEARCH_FORWARD);
            default -> {
                if (e.character < '1' || e.character > '9') {
                    return;
                }
                // consumed: a typed character would otherwise open the table's type-ahead search, which takes the keyboard
                pickValue(e.character - '1');
            }
        }
        e.doit = false;
    }

    private List<Annotation> objects() {
        return controller.session().annotationsOn(controller.session().frame()).stream().filter(controller.session().filterTest())
                .filter(a -> a.getLabel() != null).toList();
    }

    private Annotation current() {
        List<Annotation> objects = objects();
        if (objects.isEmpty()) {
            return null;
        }
        objectIndex = Math.floorMod(objectIndex, objects.size());
        return objects.get(objectIndex);
    }

    private void moveObject(int step) {
        objectIndex += step;
        attributeIndex = 0;
        focusCurrent();
        refresh();
    }

    private void moveAttribute(int step) {
        Annotation object = current();
        if (object != null && !object.getLabel().getAttributes().isEmpty()) {
            attributeIndex = Math.floorMod(attributeIndex + step, object.getLabel().getAttributes().size());
            refresh();
        }
    }

    /** Digit n picks the n-th choice of the active attribute; checkboxes take 1 = false, 2 = true. */
    private void pickValue(int index) {
        Annotation object = current();
        if (object == null || object.getLabel().getAttributes().isEmpty()) {
            return;
        }
        AttributeSpec spec = object.getLabel().getAttributes().get(Math.min(attributeIndex, object.getLabel().getAttributes().size() - 1));
        List<String> choices = choices(spec);
        if (index < choices.size()) {
            new AnnotationEdits(controller.session()).setAttribute(object, spec, AttributeValues.parse(spec, choices.get(index)));
        }
    }

    private static List<String> choices(AttributeSpec spec) {
        if (spec.getInputType() == AttributeInputType.CHECKBOX) {
            return List.of("false", "true");
        }
        if (spec.getInputType() == AttributeInputType.SELECT || spec.getInputType() == AttributeInputType.RADIO) {
            return spec.getValues();
        }
        return List.of(); // text and numbers are typed in the objects view
    }

    /** Selects the object and brings it into view with a margin. */
    private void focusCurrent() {
        Annotation object = current();
        controller.session().select(object);
        if (object instanceof Shape shape) {
            double[] b = controller.canvas().boundsOf(shape);
            controller.canvas().zoomTo(b[0], b[1], b[2], b[3], ZOOM_MARGIN);
        }
    }

    @Override
    public void frameChanged(int frame) {
        objectIndex = 0;
        attributeIndex = 0;
        if (controller != null && root.isVisible()) {
            focusCurrent();
        }
        refresh();
    }

    @Override
    protected void refresh() {
        if (root == null || root.isDisposed()) {
            return;
        }
        rebuilding = true;
        try {
            fill();
        } finally {
            rebuilding = false;
        }
    }

    private void fill() {
        attributes.removeAll();
        values.setText("");
        Annotation object = controller == null ? null : current();
        if (object == null) {
            heading.setText(controller == null ? "Open a job to annotate attributes." : "No objects on this frame (with the filter).");
            root.layout(true, true);
            return;
        }
        int count = objects().size();
        heading.setText("Object " + (objectIndex + 1) + " of " + count + ": " + object.getId() + " " + object.getLabel().getName());
        List<AttributeSpec> specs = object.getLabel().getAttributes();
        for (int i = 0; i < specs.size(); i++) {
            AttributeSpec spec = specs.get(i);
            Object value = object.getAttributes().stream().filter(v -> spec.getName().equals(v.getName())).map(AttributeValue::getValue)
                    .findFirst().orElse(AttributeValues.initial(spec));
            TableItem item = new TableItem(attributes, SWT.NONE);
            item.setText(new String[] { spec.getName(), AttributeValues.text(value) });
            if (i == attributeIndex) {
                item.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_RED)); // the active attribute, as in CVAT
            }
        }
        if (!specs.isEmpty()) {
            attributes.select(Math.min(attributeIndex, specs.size() - 1));
        }
        showValues();
        root.layout(true, true);
    }

    private void showValues() {
        Annotation object = controller == null ? null : current();
        if (object == null || object.getLabel().getAttributes().isEmpty()) {
            values.setText(object == null ? "" : "This label has no attributes.");
            return;
        }
        AttributeSpec spec = object.getLabel().getAttributes().get(Math.min(attributeIndex, object.getLabel().getAttributes().size() - 1));
        List<String> choices = choices(spec);
        StringBuilder text = new StringBuilder(spec.getName()).append(": ");
        for (int i = 0; i < Math.min(9, choices.size()); i++) {
            text.append(i + 1).append(' ').append(choices.get(i)).append("   ");
        }
        values.setText(choices.isEmpty() ? spec.getName() + ": type the value in the Objects view" : text.toString());
    }
}
