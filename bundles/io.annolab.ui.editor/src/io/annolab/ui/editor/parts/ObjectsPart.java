package io.annolab.ui.editor.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.annolab.core.api.filter.Filter;
import io.annolab.core.api.filter.FilterSyntaxException;
import io.annolab.model.Annotation;
import io.annolab.model.Shape;
import io.annolab.model.Tag;
import io.annolab.ui.editor.actions.EditorActions;
import io.annolab.ui.editor.actions.EditorController;
import io.annolab.ui.editor.session.ObjectAppearance;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * CVAT's objects sidebar: the filter, the objects of the frame with their flags, actions on the
 * selected ones, and the label and attributes of the selected object.
 */
public class ObjectsPart extends ControllerView {

    private Text filter;
    private Label filterProblem;
    private Table table;
    private AttributeEditor attributes;
    private TrackPanel trackPanel;
    private final List<Annotation> rows = new ArrayList<>();
    private boolean updating;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout());
        filter = EditorIds.tag(new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL), EditorIds.OBJECTS_FILTER);
        filter.setMessage("Filter, e.g. label == \"car\" and width > 50");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        filter.addListener(SWT.DefaultSelection, e -> applyFilter());
        filterProblem = new Label(parent, SWT.WRAP);
        filterProblem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        filterProblem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        Composite header = new Composite(parent, SWT.NONE);
        header.setLayout(new GridLayout(4, true));
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        action(header, "Lock all", "Lock or unlock every object of the frame (T L)", EditorActions.LOCK_ALL);
        action(header, "Hide all", "Hide or show every object of the frame (T H)", EditorActions.HIDE_ALL);
        action(header, "Undo", "Undo (Ctrl+Z)", EditorActions.UNDO);
        action(header, "Redo", "Redo (Ctrl+Shift+Z)", EditorActions.REDO);

        table = EditorIds.tag(new Table(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL), EditorIds.OBJECTS_TABLE);
        table.setHeaderVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 200;
        table.setLayoutData(tableData);
        column("ID", 50);
        column("Label", 110);
        column("Type", 80);
        column("Flags", 90);
        table.addListener(SWT.Selection, e -> selectFromTable());

        Composite actions = new Composite(parent, SWT.NONE);
        actions.setLayout(new GridLayout(4, true));
        actions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        action(actions, "Lock", "Lock (L)", EditorActions.LOCK);
        action(actions, "Hide", "Hide (H)", EditorActions.HIDE);
        action(actions, "Occl.", "Occluded (Q)", EditorActions.OCCLUDED);
        action(actions, "Pin", "Pinned (P)", EditorActions.PINNED);
        action(actions, "Colour", "Next colour (Enter)", EditorActions.NEXT_COLOR);
        action(actions, "Front", "To foreground (+)", EditorActions.TO_FOREGROUND);
        action(actions, "Back", "To background (-)", EditorActions.TO_BACKGROUND);
        action(actions, "Group", "Group (G)", EditorActions.GROUP);
        action(actions, "Ungrp.", "Reset group (Shift+G)", EditorActions.RESET_GROUP);
        action(actions, "Delete", "Delete (Del)", EditorActions.DELETE);
        action(actions, "Copy", "Copy (Ctrl+C)", EditorActions.COPY);
        action(actions, "Paste", "Paste (Ctrl+V)", EditorActions.PASTE);
        action(actions, "Prop.", "Propagate: copy to the next or previous frames (Ctrl+B)", EditorActions.PROPAGATE);

        trackPanel = new TrackPanel(parent);
        attributes = new AttributeEditor(parent);
        created();
    }

    @Inject
    @Optional
    public void setController(@Optional EditorController next) {
        injected(next);
    }

    private void column(String name, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(name);
        column.setWidth(width);
    }

    private void action(Composite parent, String text, String tip, String actionId) {
        ActionButtons.create(parent, text, tip, actionId, () -> controller);
    }

    private void applyFilter() {
        if (controller == null) {
            return;
        }
        try {
            controller.session().setFilter(filter.getText(), Filter.parse(filter.getText()));
            filterProblem.setText("");
        } catch (FilterSyntaxException e) {
            filterProblem.setText(e.getMessage());
        }
        filterProblem.getParent().layout();
    }

    private void selectFromTable() {
        if (updating || controller == null) {
            return;
        }
        List<Annotation> chosen = new ArrayList<>();
        for (int index : table.getSelectionIndices()) {
            chosen.add(rows.get(index));
        }
        controller.session().select(chosen);
    }

    @Override
    public void selectionChanged() {
        showSelection();
    }

    @Override
    protected void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        updating = true;
        try {
            rows.clear();
            table.removeAll();
            if (controller == null) {
                attributes.show(null, null);
                trackPanel.show(null, null);
                return;
            }
            if (!filter.getText().equals(controller.session().filterText())) {
                filter.setText(controller.session().filterText());
            }
            for (Annotation annotation : controller.session().annotationsOn(controller.session().frame())) {
                if (!controller.session().filterTest().test(annotation)) {
                    continue;
                }
                rows.add(annotation);
                TableItem item = new TableItem(table, SWT.NONE);
                boolean track = controller.session().trackOf(annotation) != null;
                item.setText(new String[] { Long.toString(annotation.getId()),
                        annotation.getLabel() == null ? "(no label)" : annotation.getLabel().getName(),
                        typeOf(annotation) + (track ? " track" : ""), flags(annotation) });
            }
        } finally {
            updating = false;
        }
        showSelection();
    }

    private void showSelection() {
        if (table == null || table.isDisposed()) {
            return;
        }
        updating = true;
        try {
            table.deselectAll();
            if (controller == null) {
                return;
            }
            for (Annotation selected : controller.session().selection()) {
                int index = rows.indexOf(selected);
                if (index >= 0) {
                    table.select(index);
                }
            }
            attributes.show(controller, controller.session().primarySelection());
            trackPanel.show(controller, controller.session().trackOf(controller.session().primarySelection()));
        } finally {
            updating = false;
        }
    }

    static String typeOf(Annotation annotation) {
        if (annotation instanceof Shape shape) {
            return shape.getType().getLiteral();
        }
        return annotation instanceof Tag ? "tag" : annotation.eClass().getName().toLowerCase();
    }

    private String flags(Annotation annotation) {
        ObjectAppearance state = controller.session().appearance(annotation);
        StringBuilder text = new StringBuilder();
        if (state.locked()) {
            text.append("locked ");
        }
        if (state.hidden()) {
            text.append("hidden ");
        }
        if (state.pinned()) {
            text.append("pinned ");
        }
        if (annotation instanceof Shape shape && shape.isOccluded()) {
            text.append("occluded ");
        }
        if (annotation instanceof Shape shape && controller.session().trackOf(shape) != null) {
            text.append(shape.isOutside() ? "outside " : shape.isKeyframe() ? "keyframe " : "interpolated ");
        }
        if (annotation.getGroup() > 0) {
            text.append("group ").append(annotation.getGroup());
        }
        return text.toString().trim();
    }
}
