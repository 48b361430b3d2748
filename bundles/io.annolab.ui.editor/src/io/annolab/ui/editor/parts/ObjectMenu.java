package io.annolab.ui.editor.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import io.annolab.model.Label;
import io.annolab.model.Shape;
import io.annolab.ui.editor.actions.EditorAction;
import io.annolab.ui.editor.actions.EditorActions;
import io.annolab.ui.editor.actions.EditorController;
import io.annolab.ui.editor.canvas.AnnotationCanvas;
import io.annolab.ui.editor.session.AnnotationEdits;

/**
 * The object card of the canvas (CVAT WS-03, OBJ-04): right-click a shape to change its label
 * or run an action on it; each item names its key.
 */
final class ObjectMenu {

    private static final String[] ACTIONS = { EditorActions.LOCK, EditorActions.HIDE, EditorActions.OCCLUDED, EditorActions.PINNED,
            EditorActions.NEXT_COLOR, null, EditorActions.TO_FOREGROUND, EditorActions.TO_BACKGROUND, EditorActions.GROUP,
            EditorActions.RESET_GROUP, null, EditorActions.COPY, EditorActions.PROPAGATE, EditorActions.SLICE, EditorActions.TO_POLYGONS, null,
            EditorActions.DELETE };
    /** What the card adds for a track's shape (OBJ-10). */
    private static final String[] TRACK_ACTIONS = { EditorActions.KEYFRAME, EditorActions.OUTSIDE, EditorActions.PREVIOUS_KEYFRAME,
            EditorActions.NEXT_KEYFRAME, EditorActions.SPLIT, EditorActions.MERGE, null };

    private ObjectMenu() {
    }

    static void install(AnnotationCanvas canvas, EditorController controller) {
        canvas.addListener(SWT.MenuDetect, e -> {
            if (canvas.isDrawing()) {
                e.doit = false; // the right button takes back a point while drawing
                return;
            }
            Point at = canvas.toControl(e.x, e.y);
            Shape shape = canvas.shapeAt(at.x, at.y);
            if (shape == null) {
                e.doit = false;
                return;
            }
            canvas.session().select(shape);
            show(canvas, controller, shape, new Point(e.x, e.y));
        });
    }

    private static void show(AnnotationCanvas canvas, EditorController controller, Shape shape, Point where) {
        Menu menu = new Menu(canvas);
        MenuItem title = new MenuItem(menu, SWT.PUSH);
        title.setText(shape.getId() + " " + (shape.getLabel() == null ? "(no label)" : shape.getLabel().getName()) + " · "
                + shape.getType().getLiteral());
        title.setEnabled(false);
        MenuItem labelItem = new MenuItem(menu, SWT.CASCADE);
        labelItem.setText("Label");
        Menu labels = new Menu(labelItem);
        labelItem.setMenu(labels);
        for (Label label : canvas.session().labels()) {
            MenuItem choice = new MenuItem(labels, SWT.RADIO);
            choice.setText(label.getName());
            choice.setSelection(label == shape.getLabel());
            choice.addListener(SWT.Selection, e -> new AnnotationEdits(canvas.session()).setLabel(java.util.List.of(shape), label));
        }
        new MenuItem(menu, SWT.SEPARATOR);
        io.annolab.ui.editor.actions.Keymap keymap = io.annolab.ui.editor.actions.Keymap.load();
        boolean track = canvas.session().trackOf(shape) != null;
        if (track) {
            title.setText(title.getText() + " track" + (shape.isKeyframe() ? " · keyframe" : " · interpolated"));
        }
        java.util.List<String> ids = new java.util.ArrayList<>();
        if (track) {
            ids.addAll(java.util.Arrays.asList(TRACK_ACTIONS));
        }
        ids.addAll(java.util.Arrays.asList(ACTIONS));
        for (String id : ids) {
            if (id == null) {
                new MenuItem(menu, SWT.SEPARATOR);
                continue;
            }
            EditorAction action = EditorActions.byId(id).orElseThrow();
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            String keys = String.join(", ", keymap.keys(id));
            item.setText(action.name() + (keys.isEmpty() ? "" : "\t" + keys));
            item.addListener(SWT.Selection, e -> controller.run(id));
        }
        menu.setLocation(where);
        menu.setVisible(true);
        menu.addListener(SWT.Hide, e -> canvas.getDisplay().asyncExec(menu::dispose));
    }
}
