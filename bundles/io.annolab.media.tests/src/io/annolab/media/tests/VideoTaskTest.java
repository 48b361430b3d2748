package io.annolab.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.registry.Registries;
import io.annolab.core.api.store.ProjectSession;
import io.annolab.core.api.store.ProjectStore;
import io.annolab.core.api.task.MediaSource;
import io.annolab.core.api.task.MediaSources;
import io.annolab.core.api.task.TaskCreation;
import io.annolab.core.api.task.TaskPlan;
import io.annolab.media.api.VideoReader;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;
import io.annolab.model.Project;
import io.annolab.model.Task;
import io.annolab.model.TaskMode;

/** A task made from a real video through the core's task API, with this bundle's video probe found in the registry. */
class VideoTaskTest {

    @Test
    void theMediaBundleContributesTheVideoProbe() {
        assertEquals(List.of("ffmpeg"), Registries.videoProbes().contributions().stream().map(c -> c.id()).toList());
    }

    @Test
    void aTaskFromVtestWithStartStopAndStepHoldsThoseFrames(@TempDir Path temp) throws IOException {
        Path video = SharedFixtures.file("debian-opencv-doc/vtest.avi");
        List<MediaSource> frames = MediaSources.scan(video);
        assertEquals(795, frames.size(), "one source per frame");

        Path projectFolder = temp.resolve("project");
        Project project = ModelFactory.eINSTANCE.createProject();
        project.setName("walkers");
        ProjectStore.create(projectFolder, project).close();
        try (ProjectSession session = ProjectStore.open(projectFolder)) {
            TaskPlan plan = TaskPlan.of(frames).withFrames(10, 100, 5).withSegments(10, 0);
            TaskCreation.create(session, plan, "vtest", "", new NullProgressMonitor());
        }

        try (ProjectSession reopened = ProjectStore.open(projectFolder)) {
            Task task = reopened.project().getTasks().get(0);
            assertEquals(TaskMode.INTERPOLATION, task.getMode());
            assertEquals(10, task.getStartFrame());
            assertEquals(100, task.getStopFrame());
            assertEquals(5, task.getFrameStep());
            assertEquals(19, task.getMedia().size());
            assertEquals(2, task.getJobs().size(), "19 frames in jobs of 10");
            String copy = task.getMedia().get(0).getPath();
            for (int i = 0; i < 19; i++) {
                Media media = task.getMedia().get(i);
                assertEquals(MediaType.VIDEO_FRAME, media.getType());
                assertEquals(10 + 5 * i, media.getFrame());
                assertEquals(copy, media.getPath(), "all frames name the one copy of the video");
                assertEquals(768, media.getWidth());
                assertEquals(576, media.getHeight());
            }
            Path copied = projectFolder.resolve(copy);
            assertTrue(copy.startsWith("media/vtest/") && Files.isRegularFile(copied), copy);
            assertEquals(-1L, Files.mismatch(video, copied), "the project holds the video itself, not re-encoded");
            try (VideoReader original = VideoReader.open(video); VideoReader inProject = VideoReader.open(copied)) {
                assertEquals(original.frame(55), inProject.frame(task.getMedia().get(9).getFrame()));
            }
        }
    }
}
