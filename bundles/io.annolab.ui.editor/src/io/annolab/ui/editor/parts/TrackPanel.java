package io.annolab.ui.editor.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

import io.annolab.core.api.track.Keyframes;
import io.annolab.model.Shape;
import io.annolab.model.Track;
import io.annolab.ui.editor.actions.EditorActions;
import io.annolab.ui.editor.actions.EditorController;

/**
 * CVAT's track-only controls for the selected track (OBJ-10, TRK-07): its first frame, previous
 * and next keyframe, last keyframe, the keyframe and outside switches, split, and the list of its
 * keyframes, each a click away.
 */
final class TrackPanel {

    private final Group group;
    private final org.eclipse.swt.widgets.List keyframes;
    private final List<Integer> keyframeFrames = new ArrayList<>();
    private EditorController controller;
    private Track shown;

    TrackPanel(Composite parent) {
        group = new Group(parent, SWT.NONE);
        group.setText("Track");
        group.setLayout(new GridLayout(4, true));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        jump(group, "|\u2039", "Go to the track's first frame", () -> Keyframes.first(shown));
        action(group, "\u2039 Key", "Previous keyframe (E)", EditorActions.PREVIOUS_KEYFRAME);
        action(group, "Key \u203A", "Next keyframe (R)", EditorActions.NEXT_KEYFRAME);
        jump(group, "\u203A|", "Go to the track's last keyframe", () -> Keyframes.last(shown));
        action(group, "\u2605 Key", "Keyframe on this frame, or not (K)", EditorActions.KEYFRAME);
        action(group, "Outside", "The object leaves the frame here, or comes back (O)", EditorActions.OUTSIDE);
        action(group, "Split", "Split the track at this frame (Alt+M)", EditorActions.SPLIT);
        action(group, "Merge", "Merge: click objects, then M again (M)", EditorActions.MERGE);
        keyframes = EditorIds.tag(new org.eclipse.swt.widgets.List(group, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL), EditorIds.KEYFRAME_LIST);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false, 4, 1);
        listData.heightHint = 70;
        keyframes.setLayoutData(listData);
        keyframes.setToolTipText("The track's keyframes: click one to go to its frame");
        keyframes.addListener(SWT.Selection, e -> {
            int index = keyframes.getSelectionIndex();
            if (controller != null && index >= 0) {
                controller.session().setFrame(controller.session().nearestFrame(keyframeFrames.get(index)));
            }
        });
        show(null, null);
    }

    private void action(Composite parent, String text, String tip, String actionId) {
        ActionButtons.create(parent, text, tip, actionId, () -> controller);
    }

    private void jump(Composite parent, String text, String tip, java.util.function.IntSupplier frame) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> {
            if (controller != null && shown != null) {
                controller.session().setFrame(controller.session().nearestFrame(frame.getAsInt()));
            }
        });
    }

    /** Shows the track's controls, or hides them when the selection is not a track. */
    void show(EditorController newController, Track track) {
        controller = newController;
        shown = track;
        boolean visible = track != null;
        ((GridData) group.getLayoutData()).exclude = !visible;
        group.setVisible(visible);
        keyframes.removeAll();
        keyframeFrames.clear();
        if (visible) {
            group.setText("Track " + track.getId() + ": " + track.getShapes().size() + " keyframes");
            int current = controller.session().frame();
            for (Shape key : track.getShapes()) {
                keyframeFrames.add(key.getFrame());
                keyframes.add("frame " + key.getFrame() + (key.isOutside() ? "  outside" : "") + (key.getFrame() == current ? "  \u25C0 here" : ""));
            }
        }
        group.getParent().layout(true, true);
    }
}
