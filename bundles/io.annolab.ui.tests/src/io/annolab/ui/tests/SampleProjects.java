package io.annolab.ui.tests;

import java.io.IOException;
import java.nio.file.Path;

import io.annolab.core.api.store.ProjectStore;
import io.annolab.model.AttributeInputType;
import io.annolab.model.AttributeSpec;
import io.annolab.model.Job;
import io.annolab.model.JobStage;
import io.annolab.model.JobState;
import io.annolab.model.JobType;
import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.model.Media;
import io.annolab.model.ModelFactory;
import io.annolab.model.Project;
import io.annolab.model.Task;
import io.annolab.model.TaskMode;

/** A small, fully known project: what the explorer must show is spelled out in the tests. */
final class SampleProjects {

    private static final ModelFactory MODEL = ModelFactory.eINSTANCE;

    private SampleProjects() {
    }

    static Project street() {
        Project project = MODEL.createProject();
        project.setName("Street scenes");
        Label car = label(1, "car", "#ff0000", LabelType.RECTANGLE);
        car.getAttributes().add(attribute(1, "model"));
        car.getAttributes().add(attribute(2, "parked"));
        Label person = label(2, "person", "#00aa00", LabelType.SKELETON);
        person.getSublabels().add(label(3, "head", "#0000ff", LabelType.POINTS));
        person.getSublabels().add(label(4, "hand", "#ffaa00", LabelType.POINTS));
        project.getLabels().add(car);
        project.getLabels().add(person);
        project.getLabels().add(label(5, "road", "#808080", LabelType.POLYGON));

        Task street = task(1, "street", TaskMode.ANNOTATION, "train", 20);
        street.getJobs().add(job(1, 0, 9, JobType.ANNOTATION, JobStage.ANNOTATION, JobState.NEW));
        street.getJobs().add(job(2, 10, 19, JobType.ANNOTATION, JobStage.VALIDATION, JobState.IN_PROGRESS));
        Task highway = task(2, "highway", TaskMode.INTERPOLATION, "val", 5);
        highway.getJobs().add(job(3, 0, 4, JobType.GROUND_TRUTH, JobStage.ACCEPTANCE, JobState.COMPLETED));
        project.getTasks().add(street);
        project.getTasks().add(highway);
        return project;
    }

    /** Writes {@code project} as a project folder the workbench can open. */
    static void write(Project project, Path folder) throws IOException {
        ProjectStore.create(folder, project).close();
    }

    private static Label label(int id, String name, String color, LabelType type) {
        Label label = MODEL.createLabel();
        label.setId(id);
        label.setName(name);
        label.setColor(color);
        label.setType(type);
        return label;
    }

    private static AttributeSpec attribute(int id, String name) {
        AttributeSpec spec = MODEL.createAttributeSpec();
        spec.setId(id);
        spec.setName(name);
        spec.setInputType(AttributeInputType.TEXT);
        return spec;
    }

    private static Task task(int id, String name, TaskMode mode, String subset, int frames) {
        Task task = MODEL.createTask();
        task.setId(id);
        task.setName(name);
        task.setMode(mode);
        task.setSubset(subset);
        for (int i = 0; i < frames; i++) {
            Media media = MODEL.createMedia();
            media.setPath(String.format("images/%s_%03d.jpg", name, i));
            task.getMedia().add(media);
        }
        return task;
    }

    private static Job job(int id, int start, int stop, JobType type, JobStage stage, JobState state) {
        Job job = MODEL.createJob();
        job.setId(id);
        job.setStartFrame(start);
        job.setStopFrame(stop);
        job.setType(type);
        job.setStage(stage);
        job.setState(state);
        return job;
    }
}
