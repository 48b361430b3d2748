package io.annolab.ui.editor.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.annolab.model.Annotation;
import io.annolab.model.Label;
import io.annolab.ui.editor.actions.EditorController;
import io.annolab.ui.editor.session.EditorSession;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** CVAT's labels tab: each label with its object count on the frame and in the job, and hide or lock for all its objects. */
public class LabelsPart extends ControllerView {

    private Table table;
    private final List<Label> rows = new ArrayList<>();

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(2, true));
        table = EditorIds.tag(new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER), EditorIds.LABELS_TABLE);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        for (String[] column : new String[][] { { "Label", "120" }, { "Frame", "60" }, { "Job", "60" }, { "Key", "60" } }) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        button(parent, "Hide/show objects", true);
        button(parent, "Lock/unlock objects", false);
        created();
    }

    private void button(Composite parent, String text, boolean hide) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> toggle(hide));
    }

    private void toggle(boolean hide) {
        int index = table.getSelectionIndex();
        if (controller == null || index < 0) {
            return;
        }
        EditorSession session = controller.session();
        List<Annotation> objects = session.job().getAnnotations().stream().filter(a -> a.getLabel() == rows.get(index)).toList();
        if (hide) {
            session.setHidden(objects, !objects.stream().allMatch(a -> session.appearance(a).hidden()));
        } else {
            session.setLocked(objects, !objects.stream().allMatch(session::isLocked));
        }
    }

    @Inject
    @Optional
    public void setController(@Optional EditorController next) {
        injected(next);
    }

    @Override
    protected void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        int selected = table.getSelectionIndex();
        table.removeAll();
        rows.clear();
        if (controller == null) {
            return;
        }
        EditorSession session = controller.session();
        Map<Label, int[]> counts = new HashMap<>();
        for (Annotation annotation : session.job().getAnnotations()) {
            int[] count = counts.computeIfAbsent(annotation.getLabel(), l -> new int[2]);
            count[1]++;
            if (annotation.getFrame() == session.frame()) {
                count[0]++;
            }
        }
        int key = 1;
        for (Label label : session.labels()) {
            int[] count = counts.getOrDefault(label, new int[2]);
            rows.add(label);
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { label.getName(), Integer.toString(count[0]), Integer.toString(count[1]), key <= 9 ? "Ctrl+" + key : "" });
            key++;
        }
        if (selected >= 0 && selected < rows.size()) {
            table.select(selected);
        }
    }
}
