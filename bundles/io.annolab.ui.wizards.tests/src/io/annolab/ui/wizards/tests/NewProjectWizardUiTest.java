package io.annolab.ui.wizards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.store.ProjectSession;
import io.annolab.core.api.store.ProjectStore;
import io.annolab.core.api.task.SkeletonSvg;
import io.annolab.model.AttributeInputType;
import io.annolab.model.AttributeSpec;
import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.ui.wizards.NewProjectWizard;
import io.annolab.ui.wizards.WizardIds;

class NewProjectWizardUiTest {

    private Shell parent;

    @BeforeEach
    void openParent() {
        parent = new Shell(Display.getDefault());
        parent.open();
    }

    @AfterEach
    void closeParent() {
        parent.dispose();
    }

    @Test
    void createsAProjectWithLabelsAttributesAndASkeletonDrawnWithTheMouse(@TempDir Path temp) throws Exception {
        NewProjectWizard wizard = new NewProjectWizard();
        WizardDialog dialog = new WizardDialog(parent, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        WizardRobot robot = new WizardRobot(dialog.getShell());

        assertFalse(robot.dialogButton(IDialogConstants.NEXT_ID).isEnabled(), "no name yet");
        robot.type(WizardIds.PROJECT_PARENT, temp.toString());
        robot.type(WizardIds.PROJECT_NAME, "Street scenes");
        assertEquals(temp.resolve("Street scenes").toString(), robot.find(WizardIds.PROJECT_FOLDER, org.eclipse.swt.widgets.Label.class).getText());
        robot.next();

        // a rectangle label with an immutable select and a mutable number
        robot.press(WizardIds.LABEL_ADD);
        robot.type(WizardIds.LABEL_NAME, "car");
        robot.choose(WizardIds.LABEL_TYPE, "rectangle");
        robot.press(WizardIds.ATTRIBUTE_ADD);
        robot.type(WizardIds.ATTRIBUTE_NAME, "model");
        robot.choose(WizardIds.ATTRIBUTE_INPUT, "select");
        robot.type(WizardIds.ATTRIBUTE_VALUES, "bmw;audi");
        robot.type(WizardIds.ATTRIBUTE_DEFAULT, "tesla");
        assertTrue(dialog.getShell().getText() != null && !robot.dialogButton(IDialogConstants.FINISH_ID).isEnabled(),
                "a default that is not a value blocks Finish");
        robot.type(WizardIds.ATTRIBUTE_DEFAULT, "audi");
        robot.press(WizardIds.ATTRIBUTE_ADD);
        robot.type(WizardIds.ATTRIBUTE_NAME, "speed");
        robot.choose(WizardIds.ATTRIBUTE_INPUT, "number");
        robot.check(WizardIds.ATTRIBUTE_MUTABLE, true);
        robot.type(WizardIds.ATTRIBUTE_VALUES, "0;200;5");
        robot.type(WizardIds.ATTRIBUTE_DEFAULT, "0");
        assertTrue(robot.dialogButton(IDialogConstants.FINISH_ID).isEnabled());

        // a skeleton: three clicks add points (each named), two clicks join two of them, one drag moves one
        robot.press(WizardIds.LABEL_ADD);
        robot.type(WizardIds.LABEL_NAME, "person");
        robot.choose(WizardIds.LABEL_TYPE, "skeleton");
        Canvas canvas = robot.find(WizardIds.SKELETON_CANVAS, Canvas.class);
        Rectangle area = canvas.getClientArea();
        assertTrue(canvas.isVisible() && area.width > 60 && area.height > 60, "the skeleton canvas is shown: " + area);
        int cx = area.width / 2;
        int top = area.height / 4;
        int bottom = area.height * 3 / 4;
        robot.click(canvas, cx, top);
        robot.type(WizardIds.SKELETON_POINT_NAME, "head");
        robot.click(canvas, cx - 20, bottom);
        robot.type(WizardIds.SKELETON_POINT_NAME, "left foot");
        robot.click(canvas, cx + 20, bottom);
        robot.type(WizardIds.SKELETON_POINT_NAME, "right foot");
        robot.click(canvas, cx + 20, bottom); // deselects right foot
        robot.click(canvas, cx, top); // head
        robot.click(canvas, cx - 20, bottom); // → edge head–left foot
        robot.click(canvas, cx - 20, bottom); // deselect
        robot.drag(canvas, cx + 20, bottom, cx + 30, bottom - 10); // move right foot

        // Raw shows the same labels; a broken edit keeps the user on Raw with the position of the error
        robot.selectTab(WizardIds.LABEL_TABS, 1);
        Text raw = robot.find(WizardIds.LABEL_RAW, Text.class);
        String json = raw.getText();
        assertTrue(json.contains("\"speed\"") && json.contains("\"skeleton\"") && json.contains("data-label-name=\\\"left foot\\\""), json);
        robot.type(WizardIds.LABEL_RAW, json.replaceFirst("\"car\"", "\"auto\"").replaceFirst("\\[", "[\n  {,"));
        robot.selectTab(WizardIds.LABEL_TABS, 0);
        assertEquals(1, robot.find(WizardIds.LABEL_TABS, TabFolder.class).getSelectionIndex(), "stays on Raw");
        String error = errorMessage(dialog);
        assertTrue(error != null && error.contains("line 2, column"), String.valueOf(error));
        assertFalse(robot.dialogButton(IDialogConstants.FINISH_ID).isEnabled());
        robot.type(WizardIds.LABEL_RAW, json.replaceFirst("\"car\"", "\"auto\""));
        robot.selectTab(WizardIds.LABEL_TABS, 0);
        assertEquals(0, robot.find(WizardIds.LABEL_TABS, TabFolder.class).getSelectionIndex());
        assertEquals(List.of("auto  [rectangle]", "person  [skeleton]"),
                List.of(robot.find(WizardIds.LABEL_LIST, org.eclipse.swt.widgets.List.class).getItems()));

        robot.finish();
        robot.until(() -> dialog.getShell() == null || dialog.getShell().isDisposed(), Duration.ofSeconds(20), "the wizard to close");
        Path folder = wizard.createdFolder().orElseThrow();
        assertEquals(temp.resolve("Street scenes"), folder);

        try (ProjectSession session = ProjectStore.open(folder)) {
            assertEquals("Street scenes", session.project().getName());
            List<Label> labels = session.project().getLabels();
            assertEquals(2, labels.size());
            Label car = labels.get(0);
            assertEquals("auto", car.getName());
            assertEquals(LabelType.RECTANGLE, car.getType());
            assertTrue(car.getColor().matches("#[0-9a-f]{6}"), car.getColor());
            AttributeSpec model = car.getAttributes().get(0);
            assertEquals(List.of("model", AttributeInputType.SELECT, false, List.of("bmw", "audi"), "audi"),
                    List.of(model.getName(), model.getInputType(), model.isMutable(), List.copyOf(model.getValues()), model.getDefaultValue()));
            AttributeSpec speed = car.getAttributes().get(1);
            assertEquals(List.of("speed", AttributeInputType.NUMBER, true, List.of("0", "200", "5"), "0"),
                    List.of(speed.getName(), speed.getInputType(), speed.isMutable(), List.copyOf(speed.getValues()), speed.getDefaultValue()));
            Label person = labels.get(1);
            assertEquals(LabelType.SKELETON, person.getType());
            assertEquals(List.of("head", "left foot", "right foot"), person.getSublabels().stream().map(Label::getName).toList());
            assertEquals(1, person.getEdges().size());
            assertEquals("head", person.getEdges().get(0).getFrom().getName());
            assertEquals("left foot", person.getEdges().get(0).getTo().getName());
            assertTrue(person.getId() > 0 && person.getSublabels().get(0).getId() > 0, "the store gave ids");
            Map<String, double[]> positions = SkeletonSvg.positions(person.getSvg());
            assertEquals(3, positions.size(), person.getSvg());
            assertTrue(positions.get("head")[1] < positions.get("left foot")[1], "head above the feet");
            assertNotEquals(positions.get("left foot")[1], positions.get("right foot")[1], "the dragged foot moved up");
        }
    }

    @Test
    void cancellingTheStaticEntryPointCreatesNothing() {
        Display display = parent.getDisplay();
        pressCancelWhenOpen(display, "New Annolab Project", 100);
        Optional<Path> created = NewProjectWizard.open(parent);
        assertTrue(created.isEmpty());
    }

    /** Presses Cancel in the dialog titled {@code title} once it is open (the static entry point blocks). */
    static void pressCancelWhenOpen(Display display, String title, int attempts) {
        display.timerExec(100, () -> {
            Shell shell = java.util.Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.getText().startsWith(title))
                    .findFirst().orElse(null);
            if (shell != null) {
                WizardRobot robot = new WizardRobot(shell);
                robot.press(robot.dialogButton(IDialogConstants.CANCEL_ID));
            } else if (attempts > 0) {
                pressCancelWhenOpen(display, title, attempts - 1);
            }
        });
    }

    private static String errorMessage(WizardDialog dialog) {
        return dialog.getCurrentPage().getErrorMessage();
    }
}
