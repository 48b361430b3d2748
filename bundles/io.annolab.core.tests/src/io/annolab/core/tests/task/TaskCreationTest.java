package io.annolab.core.tests.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.store.ProjectSession;
import io.annolab.core.api.store.ProjectStore;
import io.annolab.core.api.task.MediaSources;
import io.annolab.core.api.task.TaskCreation;
import io.annolab.core.api.task.TaskPlan;
import io.annolab.model.Job;
import io.annolab.model.Media;
import io.annolab.model.ModelFactory;
import io.annolab.model.Project;
import io.annolab.model.SortingMethod;
import io.annolab.model.Task;

class TaskCreationTest {

    @Test
    void aTaskFromAFolderAndAnArchiveGetsCopiedMediaSizesAndJobs(@TempDir Path temp) throws IOException {
        Path images = Files.createDirectories(temp.resolve("images"));
        for (int i = 1; i <= 4; i++) {
            Files.write(images.resolve(i * 5 + ".png"), png(10 * i, 7 * i)); // 5, 10, 15, 20
        }
        Path zip = temp.resolve("more.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream archive = new ZipOutputStream(out)) {
            archive.putNextEntry(new ZipEntry("inner/7.png"));
            archive.write(png(33, 44));
            archive.closeEntry();
        }
        Path projectFolder = temp.resolve("project");
        ProjectStore.create(projectFolder, project()).close();

        try (ProjectSession session = ProjectStore.open(projectFolder)) {
            TaskPlan plan = TaskPlan.of(MediaSources.scan(List.of(images, zip))).withSorting(SortingMethod.NATURAL, 0)
                    .withSegments(3, 1);
            Task task = TaskCreation.create(session, plan, "street day", "Train", new NullProgressMonitor());
            assertEquals(5, task.getMedia().size());
        }

        try (ProjectSession reopened = ProjectStore.open(projectFolder)) {
            assertTrue(reopened.unavailableJobs().isEmpty(), "every job has its file");
            Task task = reopened.project().getTasks().get(0);
            assertEquals("street day", task.getName());
            assertEquals("Train", task.getSubset());
            assertEquals(SortingMethod.NATURAL, task.getSorting());
            assertEquals(3, task.getSegmentSize());
            assertEquals(1, task.getOverlap());
            // natural order of the names: 5, 10, 15, 20 (folder) and inner/7 (archive)
            List<int[]> sizes = new ArrayList<>();
            for (Media media : task.getMedia()) {
                assertTrue(Files.isRegularFile(projectFolder.resolve(media.getPath())), media.getPath() + " is copied into the project");
                assertTrue(media.getPath().startsWith("media/street_day/"), media.getPath());
                sizes.add(new int[] { media.getWidth(), media.getHeight() });
            }
            assertEquals("10x7 20x14 30x21 40x28 33x44", String.join(" ", sizes.stream().map(s -> s[0] + "x" + s[1]).toList()));
            List<String> ranges = task.getJobs().stream().map(j -> j.getStartFrame() + "-" + j.getStopFrame()).toList();
            assertEquals(List.of("0-2", "2-4"), ranges);
            Set<Integer> ids = new HashSet<>();
            for (Job job : task.getJobs()) {
                assertTrue(job.getId() > 0 && ids.add(job.getId()), "job ids are fresh and distinct");
            }
        }
    }

    @Test
    void aCancelledCreationLeavesNoTaskAndNoCopiedMedia(@TempDir Path temp) throws IOException {
        Path images = Files.createDirectories(temp.resolve("images"));
        for (int i = 0; i < 3; i++) {
            Files.write(images.resolve(i + ".png"), png(8, 8));
        }
        Path projectFolder = temp.resolve("project");
        ProjectStore.create(projectFolder, project()).close();
        try (ProjectSession session = ProjectStore.open(projectFolder)) {
            TaskPlan plan = TaskPlan.of(MediaSources.scan(images));
            NullProgressMonitor cancelAfterFirst = new NullProgressMonitor() {
                @Override
                public void subTask(String name) {
                    setCanceled(true); // the user presses Cancel while the first image is copied
                }
            };
            assertThrows(OperationCanceledException.class, () -> TaskCreation.create(session, plan, "t", "", cancelAfterFirst));
            assertTrue(session.project().getTasks().isEmpty());
            try (Stream<Path> media = Files.list(projectFolder.resolve("media"))) {
                assertEquals(0, media.count(), "the task's media folder is removed");
            }
        }
        try (ProjectSession reopened = ProjectStore.open(projectFolder)) {
            assertTrue(reopened.project().getTasks().isEmpty());
        }
    }

    @Test
    void aSecondTaskGetsJobIdsAfterTheFirstOnes(@TempDir Path temp) throws IOException {
        Path images = Files.createDirectories(temp.resolve("images"));
        for (int i = 0; i < 4; i++) {
            Files.write(images.resolve(i + ".png"), png(8, 8));
        }
        Path projectFolder = temp.resolve("project");
        ProjectStore.create(projectFolder, project()).close();
        try (ProjectSession session = ProjectStore.open(projectFolder)) {
            TaskPlan plan = TaskPlan.of(MediaSources.scan(images)).withSegments(2, 0);
            Task first = TaskCreation.create(session, plan, "one", "", null);
            Task second = TaskCreation.create(session, plan, "one", "", null);
            assertEquals(List.of(1, 2), first.getJobs().stream().map(Job::getId).toList());
            assertEquals(List.of(3, 4), second.getJobs().stream().map(Job::getId).toList());
            assertFalse(first.getMedia().get(0).getPath().equals(second.getMedia().get(0).getPath()), "each task its own media folder");
            assertTrue(Files.isRegularFile(projectFolder.resolve("jobs/job-4.json")));
        }
    }

    private static Project project() {
        Project project = ModelFactory.eINSTANCE.createProject();
        project.setName("p");
        return project;
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }
}
