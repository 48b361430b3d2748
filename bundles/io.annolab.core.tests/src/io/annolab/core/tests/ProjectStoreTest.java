package io.annolab.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.store.ProjectSession;
import io.annolab.core.api.store.ProjectStore;
import io.annolab.model.Job;
import io.annolab.model.Label;
import io.annolab.model.Project;
import io.annolab.model.Shape;
import io.annolab.model.Track;
import io.annolab.model.values.Coordinates;

class ProjectStoreTest {

    @Test
    void aProjectWithEveryKindOfAnnotationReadsBackEqual(@TempDir Path folder) throws Exception {
        Project original = SampleProjects.everything();
        Project expected = EcoreUtil.copy(original);
        ProjectStore.create(folder, original).close();

        try (ProjectSession session = ProjectStore.open(folder)) {
            assertTrue(session.unavailableJobs().isEmpty());
            assertTrue(EcoreUtil.equals(expected, session.project()), "reopened project equals the saved one");
            Project read = session.project();
            Label car = read.getLabels().get(0);
            Shape box = (Shape) read.getTasks().get(0).getJobs().get(0).getAnnotations().get(0);
            assertSame(car, box.getLabel(), "references resolve to the project's own label objects");
            assertSame(car.getAttributes().get(0), box.getAttributes().get(0).getSpec());
            assertEquals(0.875f, box.getScore());
            assertFalse(((Shape) read.getTasks().get(0).getJobs().get(0).getAnnotations().get(1)).isSetScore());
        }
    }

    @Test
    void savingWritesOnlyWhatChangedAndLeavesNoTemporaryFiles(@TempDir Path folder) throws Exception {
        ProjectStore.create(folder, SampleProjects.everything()).close();
        try (ProjectSession session = ProjectStore.open(folder)) {
            Job second = session.project().getTasks().get(0).getJobs().get(1);
            session.watch(second);
            Track track = (Track) second.getAnnotations().get(0);
            track.getShapes().get(0).setPoints(Coordinates.of(1f, 1f, 11f, 1f, 11f, 11f));
            List<Path> written = session.save();
            assertEquals(List.of(folder.resolve("jobs/job-2.json")), written);
            assertTrue(session.save().isEmpty(), "nothing changed since");
        }
        try (Stream<Path> files = Files.walk(folder)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
        try (ProjectSession session = ProjectStore.open(folder)) {
            Track track = (Track) session.project().getTasks().get(0).getJobs().get(1).getAnnotations().get(0);
            assertEquals(Coordinates.of(1f, 1f, 11f, 1f, 11f, 11f), track.getShapes().get(0).getPoints());
        }
    }

    @Test
    void aDamagedJobFileIsNamedWithItsLineAndTheOtherJobsStillOpen(@TempDir Path folder) throws Exception {
        ProjectStore.create(folder, SampleProjects.everything()).close();
        Path jobFile = folder.resolve("jobs/job-1.json");
        Files.writeString(jobFile, "{\"format\":\"annolab-job\",\"version\":1,\n\"job\":1,\n\"annotations\":[{\"$type\":\"Shape\",\"points\":[1,2,}]}");
        try (ProjectSession session = ProjectStore.open(folder)) {
            Job damaged = session.project().getTasks().get(0).getJobs().get(0);
            Job intact = session.project().getTasks().get(0).getJobs().get(1);
            AnnolabException error = session.unavailableJobs().get(damaged);
            assertEquals(jobFile, error.file());
            assertEquals(3, error.line());
            assertTrue(error.getMessage().startsWith(jobFile + ":3:"), error.getMessage());
            assertEquals(1, intact.getAnnotations().size(), "the other job opened");
            session.markDirty(damaged);
            assertThrows(AnnolabException.class, session::save, "a job that failed to load is never overwritten");
        }
    }

    @Test
    void aMissingJobFileAndAnUndeclaredLabelAreReportedClearly(@TempDir Path folder) throws Exception {
        ProjectStore.create(folder, SampleProjects.everything()).close();
        Files.delete(folder.resolve("jobs/job-2.json"));
        Files.writeString(folder.resolve("jobs/job-1.json"),
                "{\"format\":\"annolab-job\",\"version\":1,\"job\":1,\"annotations\":[{\"$type\":\"Tag\",\"label\":99}]}");
        try (ProjectSession session = ProjectStore.open(folder)) {
            List<String> messages = session.unavailableJobs().values().stream().map(Exception::getMessage).sorted().toList();
            assertTrue(messages.get(0).contains("label 99 is referenced but not declared"), messages.get(0));
            assertTrue(messages.get(1).contains("the annotation file of job 2 is missing"), messages.get(1));
        }
    }

    @Test
    void aMalformedOrMissingProjectFileGivesAnErrorNamingIt(@TempDir Path folder) throws Exception {
        AnnolabException missing = assertThrows(AnnolabException.class, () -> ProjectStore.open(folder));
        assertTrue(missing.getMessage().contains("holds no Annolab project"), missing.getMessage());
        Files.writeString(folder.resolve(ProjectStore.PROJECT_FILE), "{\"format\":\"annolab-project\",\n\"version\":1,\n\"project\":{\"name\":\"x\",,}}");
        AnnolabException malformed = assertThrows(AnnolabException.class, () -> ProjectStore.open(folder));
        assertEquals(3, malformed.line());
        assertTrue(malformed.getMessage().contains("malformed"), malformed.getMessage());
    }

    @Test
    void aLockedJobCannotBeSavedBySomeoneElse(@TempDir Path folder) throws Exception {
        ProjectStore.create(folder, SampleProjects.everything()).close();
        try (ProjectSession first = ProjectStore.open(folder); ProjectSession second = ProjectStore.open(folder)) {
            Job job = first.project().getTasks().get(0).getJobs().get(0);
            first.lock(job);
            Job sameJob = second.project().getTasks().get(0).getJobs().get(0);
            second.markDirty(sameJob);
            AnnolabException refused = assertThrows(AnnolabException.class, second::save);
            assertTrue(refused.getMessage().contains("job 1 is being edited elsewhere (process "), refused.getMessage());
        }
        try (ProjectSession again = ProjectStore.open(folder)) {
            again.lock(again.project().getTasks().get(0).getJobs().get(0)); // released on close
        }
    }
}
