package io.annolab.ui.editor.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Spinner;

import io.annolab.core.api.registry.Contribution;
import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ShapeTools;
import io.annolab.ui.editor.canvas.AnnotationCanvas;
import io.annolab.ui.editor.session.AnnotationEdits;
import io.annolab.ui.editor.session.EditorSession;

/**
 * The drawing controls (CVAT's controls sidebar, as a bar): one button per installed shape tool
 * and Tag, the label, the drawing method and the number of points; N repeats the last drawing.
 */
final class EditorToolbar {

    static final String TOOL_ID_PREFIX = "editor.tool.";

    private final EditorSession session;
    private final AnnotationCanvas canvas;
    private final Combo labels;
    private final Combo methods;
    private final Spinner points;
    private final Spinner brush;
    private final List<Label> labelChoices = new ArrayList<>();
    private ShapeTool lastTool;

    EditorToolbar(Composite parent, EditorSession session, AnnotationCanvas canvas) {
        this.session = session;
        this.canvas = canvas;
        Composite bar = new Composite(parent, SWT.NONE);
        GridData barData = new GridData(SWT.FILL, SWT.TOP, true, false);
        barData.widthHint = 200; // lets the row wrap to the editor's width instead of asking for one long row
        bar.setLayoutData(barData);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true; // a narrow editor wraps the controls onto a second row instead of hiding them
        layout.center = true;
        layout.marginHeight = 2;
        bar.setLayout(layout);

        for (Contribution<ShapeTool> contribution : ShapeTools.registry().contributions()) {
            String name = contribution.attribute("name");
            Button button = button(bar, name == null ? contribution.id() : name, "Draw a new " + contribution.id() + " (N repeats)");
            EditorIds.tag(button, TOOL_ID_PREFIX + contribution.id());
            button.addListener(SWT.Selection, e -> draw(contribution.get()));
        }
        Button tag = button(bar, "Tag", "Add the chosen label as a tag of this frame");
        EditorIds.tag(tag, TOOL_ID_PREFIX + "tag");
        tag.addListener(SWT.Selection, e -> addTag());

        new org.eclipse.swt.widgets.Label(bar, SWT.SEPARATOR | SWT.VERTICAL).setLayoutData(new RowData(SWT.DEFAULT, 24));
        labels = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        EditorIds.tag(labels, EditorIds.LABEL_CHOICE);
        labels.setToolTipText("Label of the next object (Ctrl+1…9 picks one)");
        for (Label label : session.labels()) {
            labelChoices.add(label);
            labels.add(label.getName() + (label.getType() == null || label.getType() == LabelType.ANY ? "" : "  (" + label.getType().getLiteral() + ")"));
        }
        labels.select(Math.max(0, labelChoices.indexOf(session.defaultLabel())));
        labels.addListener(SWT.Selection, e -> session.setDefaultLabel(labelChoices.get(labels.getSelectionIndex())));
        methods = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        methods.setToolTipText("Drawing method of the tool");
        methods.setLayoutData(new RowData(110, SWT.DEFAULT));
        points = new Spinner(bar, SWT.BORDER);
        points.setMinimum(0);
        points.setMaximum(500);
        points.setToolTipText("Number of points: the drawing finishes by itself at this count (0: finish with N)");
        brush = new Spinner(bar, SWT.BORDER);
        brush.setValues(10, 1, 500, 0, 1, 10);
        brush.setToolTipText("Brush size in image pixels (mask brush and eraser)");
        brush.addListener(SWT.Modify, e -> {
            if (canvas.isDrawing()) {
                canvas.drawing().setBrushSize(brush.getSelection());
            }
        });
        methods.addListener(SWT.Selection, e -> {
            // the mask brush switches between brush, eraser and polygons without leaving the mask being painted
            if (canvas.isDrawing() && methods.getSelectionIndex() >= 0) {
                canvas.drawing().setMethod(methods.getItem(methods.getSelectionIndex()));
                canvas.setFocus();
            }
        });
        Button done = button(bar, "Done", "Finish the shape being drawn (N)");
        done.addListener(SWT.Selection, e -> canvas.finishDrawing());
        // CVAT's Shape/Track choice: a track follows the object through the next frames by interpolation
        Button track = EditorIds.tag(new Button(bar, SWT.CHECK), EditorIds.TRACK_MODE);
        track.setText("Track");
        track.setToolTipText("Draw new objects as tracks (interpolated between keyframes: K keyframe, O outside) instead of single-frame shapes");
        track.setSelection(session.drawsTracks());
        track.addListener(SWT.Selection, e -> {
            session.setDrawsTracks(track.getSelection());
            canvas.setFocus();
        });
    }

    private static Button button(Composite bar, String text, String tip) {
        Button button = new Button(bar, SWT.PUSH | SWT.FLAT);
        button.setText(text);
        button.setToolTipText(tip);
        return button;
    }

    /** Follows Ctrl+digit and the objects view. */
    void showDefaultLabel() {
        int index = labelChoices.indexOf(session.defaultLabel());
        if (index >= 0 && labels.getSelectionIndex() != index) {
            labels.select(index);
        }
    }

    void draw(ShapeTool tool) {
        if (tool != lastTool) {
            methods.setItems(tool.methods().toArray(String[]::new));
            if (!tool.methods().isEmpty()) {
                methods.select(0);
            }
        }
        lastTool = tool;
        String method = methods.getSelectionIndex() < 0 ? null : methods.getItem(methods.getSelectionIndex());
        canvas.startDrawing(tool, session.defaultLabel(), method, points.getSelection());
        canvas.drawing().setBrushSize(brush.getSelection());
        canvas.setFocus();
    }

    /** N with no drawing in progress: the same tool, label and settings again. */
    void repeat() {
        if (lastTool != null) {
            draw(lastTool);
        }
    }

    private void addTag() {
        Label label = session.defaultLabel();
        if (label != null) {
            session.select(new AnnotationEdits(session).addTag(label));
        }
        canvas.setFocus();
    }
}
