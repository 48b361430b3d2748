package io.annolab.ui.wizards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.store.ProjectSession;
import io.annolab.core.api.store.ProjectStore;
import io.annolab.model.Job;
import io.annolab.model.Media;
import io.annolab.model.ModelFactory;
import io.annolab.model.Project;
import io.annolab.model.SortingMethod;
import io.annolab.model.Task;
import io.annolab.ui.wizards.NewTaskWizard;
import io.annolab.ui.wizards.WizardIds;

class NewTaskWizardUiTest {

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

    /** Five real photos named 1, 2, 3, 9 and 13.jpg: natural and lexicographical orders differ. */
    private static Path photos() {
        Path folder = Path.of(System.getProperty("annolab.shared", "../shared")).toAbsolutePath().normalize()
                .resolve("fixtures/github-ultraface");
        assumeTrue(Files.isDirectory(folder), "skipped: " + folder + " is absent (the shared test data lives beside the checkout)");
        return folder;
    }

    @Test
    void createsATaskFromRealPhotosWithSegmentsAndOverlap(@TempDir Path temp) throws Exception {
        Path photos = photos();
        Path projectFolder = temp.resolve("project");
        Project project = ModelFactory.eINSTANCE.createProject();
        project.setName("Faces");
        ProjectStore.create(projectFolder, project).close();

        try (ProjectSession session = ProjectStore.open(projectFolder)) {
            NewTaskWizard wizard = new NewTaskWizard(session);
            WizardDialog dialog = new WizardDialog(parent, wizard);
            dialog.setBlockOnOpen(false);
            dialog.open();
            WizardRobot robot = new WizardRobot(dialog.getShell());

            robot.type(WizardIds.TASK_NAME, "faces day 1");
            robot.type(WizardIds.TASK_SUBSET, "Train");
            robot.type(WizardIds.TASK_PATH, photos.toString());
            robot.press(WizardIds.TASK_ADD_PATH);
            Label found = robot.find(WizardIds.TASK_FOUND, Label.class);
            robot.until(() -> found.getText().equals("5 images"), Duration.ofSeconds(20), "the folder to be scanned");
            robot.choose(WizardIds.TASK_SORTING, "Natural");
            robot.type(WizardIds.TASK_SEGMENT, "2");
            robot.type(WizardIds.TASK_OVERLAP, "2");
            Label preview = robot.find(WizardIds.TASK_PREVIEW, Label.class);
            assertTrue(preview.getText().contains("must be smaller than the segment size"), preview.getText());
            assertFalse(robot.dialogButton(IDialogConstants.FINISH_ID).isEnabled(), "an overlap as large as the segment blocks Finish");
            robot.type(WizardIds.TASK_OVERLAP, "1");
            assertEquals("5 frames \u2192 4 jobs: 0\u20131, 1\u20132, 2\u20133, 3\u20134", preview.getText());
            robot.type(WizardIds.TASK_STEP, "2");
            assertEquals("3 frames \u2192 2 jobs: 0\u20131, 1\u20132", preview.getText());
            robot.type(WizardIds.TASK_STEP, "1");

            robot.finish();
            robot.until(() -> dialog.getShell() == null || dialog.getShell().isDisposed(), Duration.ofSeconds(30), "the task to be created");
            Task task = wizard.createdTask().orElseThrow();
            assertEquals(4, task.getJobs().size());
        }

        try (ProjectSession reopened = ProjectStore.open(projectFolder)) {
            assertTrue(reopened.unavailableJobs().isEmpty());
            Task task = reopened.project().getTasks().get(0);
            assertEquals("faces day 1", task.getName());
            assertEquals("Train", task.getSubset());
            assertEquals(SortingMethod.NATURAL, task.getSorting());
            assertEquals(List.of("1.jpg", "2.jpg", "3.jpg", "9.jpg", "13.jpg"),
                    task.getMedia().stream().map(m -> Path.of(m.getPath()).getFileName().toString()).toList());
            for (Media media : task.getMedia()) {
                assertTrue(media.getWidth() > 0 && media.getHeight() > 0, "size from the header of " + media.getPath());
                assertTrue(Files.isRegularFile(projectFolder.resolve(media.getPath())), "copied: " + media.getPath());
            }
            assertEquals(List.of("0-1", "1-2", "2-3", "3-4"),
                    task.getJobs().stream().map(j -> j.getStartFrame() + "-" + j.getStopFrame()).toList());
            assertEquals(4, task.getJobs().stream().mapToInt(Job::getId).distinct().count());
        }
    }

    @Test
    void aMissingPathIsReportedAndCancellingTheStaticEntryPointAddsNothing(@TempDir Path temp) throws Exception {
        Project project = ModelFactory.eINSTANCE.createProject();
        project.setName("Empty");
        ProjectStore.create(temp.resolve("p"), project).close();
        try (ProjectSession session = ProjectStore.open(temp.resolve("p"))) {
            NewTaskWizard wizard = new NewTaskWizard(session);
            WizardDialog dialog = new WizardDialog(parent, wizard);
            dialog.setBlockOnOpen(false);
            dialog.open();
            WizardRobot robot = new WizardRobot(dialog.getShell());
            robot.type(WizardIds.TASK_NAME, "t");
            robot.type(WizardIds.TASK_PATH, temp.resolve("nowhere").toString());
            robot.press(WizardIds.TASK_ADD_PATH);
            robot.until(() -> dialog.getCurrentPage().getErrorMessage() != null, Duration.ofSeconds(10), "the scan error");
            assertTrue(dialog.getCurrentPage().getErrorMessage().contains("does not exist"), dialog.getCurrentPage().getErrorMessage());
            assertTrue(dialog.getCurrentPage().getErrorMessage().contains("nowhere"), dialog.getCurrentPage().getErrorMessage());
            dialog.close();

            NewProjectWizardUiTest.pressCancelWhenOpen(parent.getDisplay(), "New Task", 100);
            Optional<Task> created = NewTaskWizard.open(parent, session);
            assertTrue(created.isEmpty());
            assertTrue(session.project().getTasks().isEmpty());
        }
    }
}
