package io.annolab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.ui.WidgetIds;
import io.annolab.ui.testing.OsEvents;
import io.annolab.ui.testing.ProductBranding;
import io.annolab.ui.testing.Spin;
import io.annolab.ui.testing.WorkbenchRun;
import io.annolab.ui.testing.Widgets;

/**
 * Starts the real e4 workbench from the product's Application.e4xmi with {@code -project
 * <folder>} and checks what the "Projects" part shows, driving the tree with OS-level input.
 */
class ProjectExplorerUiTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Map<String, String> PRODUCT = ProductBranding.of("io.annolab.ui.product");

    @TempDir
    Path temp;

    @Test
    void explorerShowsLabelsTasksAndJobs() throws Exception {
        Path folder = temp.resolve("street");
        java.nio.file.Files.createDirectories(folder);
        SampleProjects.write(SampleProjects.street(), folder);
        Path damagedJob = folder.resolve("jobs/job-3.json");
        assertTrue(java.nio.file.Files.isRegularFile(damagedJob), "the store writes one file per job");
        java.nio.file.Files.writeString(damagedJob, "{ \"annotations\": [ {");

        WorkbenchRun.run(new String[] { "-project", folder.toString() }, PRODUCT, LIMIT, workbench -> {
            Display display = Display.getCurrent();
            MPart part = (MPart) workbench.getContext().get(EModelService.class)
                    .find("io.annolab.ui.part.projects", workbench.getApplication());
            assertEquals("Projects", part.getLabel());

            Tree tree = Widgets.require(display, WidgetIds.EXPLORER_TREE, Tree.class);
            Spin.until(display, () -> tree.isVisible() && tree.getItemCount() > 0, Duration.ofSeconds(20), "the project to load");
            assertEquals("Annolab", tree.getShell().getText());

            TreeItem project = tree.getItem(0);
            assertEquals("Street scenes  2 tasks, 3 labels", project.getText());
            TreeItem labels = Widgets.requireChild(tree, project, "Labels");
            assertEquals(List.of("car  rectangle \u00b7 2 attributes", "person  skeleton \u00b7 0 attributes \u00b7 2 points",
                    "road  polygon \u00b7 0 attributes"), Widgets.texts(tree, labels));
            assertNotNull(labels.getItem(0).getImage(), "labels show their colour swatch");
            assertEquals(new org.eclipse.swt.graphics.RGB(255, 0, 0), labels.getItem(0).getImage().getImageData().palette
                    .getRGB(labels.getItem(0).getImage().getImageData().getPixel(5, 5)));

            TreeItem tasks = Widgets.requireChild(tree, project, "Tasks");
            assertEquals(List.of("Task 1: street  annotation \u00b7 train \u00b7 20 frames", "Task 2: highway  interpolation \u00b7 val \u00b7 5 frames"),
                    Widgets.texts(tree, tasks));

            TreeItem street = tasks.getItem(0);
            assertFalse(street.getExpanded(), "jobs are shown on demand");
            expandWithOsInput(display, street);
            assertEquals(List.of("Job 1: frames 0\u20139, annotation, new", "Job 2: frames 10\u201319, validation, in progress"),
                    Widgets.texts(tree, street));

            // a damaged job file does not stop the project from opening: that job is marked, with the reason
            TreeItem highway = tasks.getItem(1);
            expandWithOsInput(display, highway);
            String damaged = highway.getItem(0).getText();
            assertTrue(damaged.startsWith("Job 3: frames 0\u20134, ground truth, acceptance, completed  unavailable: "), damaged);
            assertTrue(damaged.contains("job-3.json"), damaged);
        });
    }

    @Test
    void missingFolderShowsAMessageInsteadOfFailing() {
        assertMessage(temp.resolve("no-such-project"), "The folder does not exist.");
    }

    @Test
    void brokenProjectFileShowsWhereItIsBroken() throws Exception {
        Path folder = temp.resolve("broken");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.writeString(folder.resolve("annolab-project.json"), "{ \"format\": \"annolab-project\", \"project\": [");
        assertMessage(folder, "annolab-project.json");
    }

    private void assertMessage(Path folder, String expected) {
        WorkbenchRun.run(new String[] { "-project", folder.toString() }, PRODUCT, LIMIT, workbench -> {
            Display display = Display.getCurrent();
            Label message = Widgets.require(display, WidgetIds.EXPLORER_MESSAGE, Label.class);
            Spin.until(display, () -> message.getText().startsWith("Could not open"), Duration.ofSeconds(20), "the error message");
            assertTrue(message.isVisible(), "the message replaces the tree");
            assertTrue(message.getText().contains(expected), message.getText());
            assertFalse(Widgets.require(display, WidgetIds.EXPLORER_TREE, Tree.class).isVisible(), "no half-filled tree");
        });
    }

    /** Selects the item with a posted click, then expands it with the keyboard (keypad +, GTK's expand key). */
    private static void expandWithOsInput(Display display, TreeItem item) {
        Tree tree = item.getParent();
        OsEvents.click(item);
        Spin.until(display, () -> tree.getSelectionCount() == 1 && tree.getSelection()[0] == item, Duration.ofSeconds(5),
                "the posted click to select '" + item.getText() + "' at " + item.getBounds() + ", pointer at " + display.getCursorLocation());
        OsEvents.key(display, SWT.KEYPAD_ADD);
        boolean byKey = Spin.tryUntil(display, item::getExpanded, Duration.ofSeconds(3));
        if (!byKey) {
            OsEvents.doubleClick(item); // the explorer also toggles on double-click
        }
        System.out.println("ProjectExplorerUiTest: task expanded by posted " + (byKey ? "keypad +" : "double-click"));
        Spin.until(display, () -> item.getExpanded() && item.getItemCount() > 0 && !item.getItem(0).getText().isEmpty(),
                Duration.ofSeconds(5), "posted input to expand " + item.getText());
    }
}
