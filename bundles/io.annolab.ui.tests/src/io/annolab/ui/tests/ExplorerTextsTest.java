package io.annolab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.annolab.model.Project;
import io.annolab.ui.explorer.ExplorerGroup;
import io.annolab.ui.explorer.ExplorerTexts;

class ExplorerTextsTest {

    private final Project project = SampleProjects.street();

    @Test
    void jobsSayFramesStageAndState() {
        assertEquals("Job 1: frames 0\u20139, annotation, new", ExplorerTexts.name(project.getTasks().get(0).getJobs().get(0)));
        assertEquals("Job 3: frames 0\u20134, ground truth, acceptance, completed", ExplorerTexts.name(project.getTasks().get(1).getJobs().get(0)));
    }

    @Test
    void tasksSayModeSubsetAndFrames() {
        assertEquals("Task 1: street", ExplorerTexts.name(project.getTasks().get(0)));
        assertEquals("annotation \u00b7 train \u00b7 20 frames", ExplorerTexts.details(project.getTasks().get(0)));
    }

    @Test
    void labelsSayTypeAttributesAndPoints() {
        assertEquals("rectangle \u00b7 2 attributes", ExplorerTexts.details(project.getLabels().get(0)));
        assertEquals("skeleton \u00b7 0 attributes \u00b7 2 points", ExplorerTexts.details(project.getLabels().get(1)));
        assertEquals("Labels", ExplorerTexts.name(new ExplorerGroup(project, ExplorerGroup.Kind.LABELS)));
    }
}
