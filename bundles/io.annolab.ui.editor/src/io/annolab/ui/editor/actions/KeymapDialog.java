package io.annolab.ui.editor.actions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.annolab.ui.editor.parts.EditorIds;

/**
 * Settings › Keyboard shortcuts: every editor action with its keys, edited in place
 * ("Ctrl+S", "Shift+Del", sequences like "T L", several separated by commas). A key another
 * action uses is taken from it after a warning; Restore Defaults brings CVAT's map back.
 */
final class KeymapDialog extends Dialog {

    private static final int RESTORE_ID = IDialogConstants.CLIENT_ID + 1;

    private final MApplication application;
    private Keymap keymap = Keymap.load();
    private Table table;

    KeymapDialog(Shell shell, MApplication application) {
        super(shell);
        this.application = application;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Keyboard shortcuts");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout());
        table = EditorIds.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "keymap.table");
        table.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 420;
        data.widthHint = 640;
        table.setLayoutData(data);
        for (String[] column : new String[][] { { "Action", "200" }, { "Keys", "150" }, { "What it does", "280" } }) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        fill();
        TableEditor editor = new TableEditor(table);
        editor.grabHorizontal = true;
        table.addListener(SWT.MouseDoubleClick, e -> {
            TableItem item = table.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
            if (item != null) {
                edit(editor, item);
            }
        });
        new org.eclipse.swt.widgets.Label(area, SWT.WRAP).setText("Double-click a row to change its keys. Separate several keys with commas.");
        return area;
    }

    private void fill() {
        table.removeAll();
        for (EditorAction action : EditorActions.all()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(action);
            item.setText(new String[] { action.name(), String.join(", ", keymap.keys(action.id())), action.description() });
        }
    }

    private void edit(TableEditor editor, TableItem item) {
        EditorAction action = (EditorAction) item.getData();
        Text text = new Text(table, SWT.NONE);
        text.setText(item.getText(1));
        text.selectAll();
        text.setFocus();
        editor.setEditor(text, item, 1);
        text.addListener(SWT.DefaultSelection, e -> {
            commit(action, text.getText());
            text.dispose();
        });
        text.addListener(SWT.FocusOut, e -> text.dispose());
    }

    private void commit(EditorAction action, String typed) {
        List<String> sequences = new ArrayList<>();
        try {
            for (String part : Arrays.stream(typed.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
                String normalised = Keymap.normalise(part);
                String owner = keymap.actionFor(normalised);
                if (owner != null && !owner.equals(action.id()) && !MessageDialog.openConfirm(getShell(), "Shortcut in use",
                        normalised + " is used by \"" + EditorActions.byId(owner).map(EditorAction::name).orElse(owner)
                                + "\". Take it from that action?")) {
                    return;
                }
                sequences.add(normalised);
            }
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(getShell(), "Not a key", e.getMessage());
            return;
        }
        keymap.set(action.id(), sequences);
        fill();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, RESTORE_ID, "Restore Defaults", false);
        super.createButtonsForButtonBar(parent);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == RESTORE_ID) {
            keymap = Keymap.defaults();
            fill();
            return;
        }
        super.buttonPressed(id);
    }

    @Override
    protected void okPressed() {
        try {
            keymap.save();
        } catch (Exception e) {
            MessageDialog.openError(getShell(), "Keyboard shortcuts", "Could not store the shortcuts: " + e.getMessage());
        }
        KeymapAddon.apply(application, keymap);
        super.okPressed();
    }
}
