package io.annolab.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.annolab.core.api.store.ProjectStore;
import io.annolab.media.api.DemoMedia;
import io.annolab.media.api.DemoMediaSet;
import io.annolab.media.api.ShapeTrack;
import io.annolab.model.AttributeInputType;
import io.annolab.model.AttributeSpec;
import io.annolab.model.AttributeValue;
import io.annolab.model.Job;
import io.annolab.model.JobStage;
import io.annolab.model.JobState;
import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;
import io.annolab.model.Project;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.SkeletonEdge;
import io.annolab.model.Tag;
import io.annolab.model.Task;
import io.annolab.model.TaskMode;
import io.annolab.model.Track;
import io.annolab.model.values.Coordinates;

/**
 * The demo project the workbench opens on first start: media generated here (images of shapes
 * and a video of shapes moving on known paths), labels of several kinds, an image task split
 * into two jobs, and a video task whose tracks follow the moving shapes.
 */
public final class DemoProject {

    private static final ModelFactory F = ModelFactory.eINSTANCE;
    static final int VIDEO_KEYFRAME_STEP = 10;

    private DemoProject() {
    }

    /** Creates the demo project in {@code folder}, which must not hold a project yet. */
    public static Project create(Path folder) throws IOException {
        DemoMediaSet media = DemoMedia.generate(folder.resolve("media"));
        Project project = F.createProject();
        project.setName("Annolab demo");
        project.setGuide("# Demo guide\nBox every shape; track the moving ones in the video task.");

        Label car = label("car", LabelType.RECTANGLE, "#e6194b");
        car.getAttributes().add(spec("color", AttributeInputType.SELECT, false, "red", "red", "blue", "white"));
        car.getAttributes().add(spec("parked", AttributeInputType.CHECKBOX, true, "false", "true", "false"));
        Label person = label("person", LabelType.SKELETON, "#3cb44b");
        Label head = label("head", LabelType.POINTS, "#ffe119");
        Label leftHand = label("left hand", LabelType.POINTS, "#4363d8");
        Label rightHand = label("right hand", LabelType.POINTS, "#f58231");
        person.getSublabels().addAll(List.of(head, leftHand, rightHand));
        person.getEdges().add(edge(head, leftHand));
        person.getEdges().add(edge(head, rightHand));
        Label road = label("road", LabelType.POLYGON, "#911eb4");
        Label sunny = label("sunny", LabelType.TAG, "#f0e442");
        project.getLabels().addAll(List.of(car, person, road, sunny));
        for (ShapeTrack track : media.tracks()) {
            project.getLabels().add(label(track.label(), LabelType.ANY, String.format("#%06x", track.rgb() & 0xFFFFFF)));
        }

        project.getTasks().add(imageTask(folder, media, car, road, person, sunny));
        project.getTasks().add(videoTask(folder, media, project));
        ProjectStore.create(folder, project).close();
        return project;
    }

    private static Task imageTask(Path folder, DemoMediaSet media, Label car, Label road, Label person, Label sunny) {
        Task task = F.createTask();
        task.setName("Street images");
        task.setMode(TaskMode.ANNOTATION);
        task.setSubset("train");
        task.setSegmentSize(2);
        for (Path image : media.images()) {
            Media frame = F.createMedia();
            frame.setType(MediaType.IMAGE);
            frame.setPath(folder.relativize(image).toString().replace('\\', '/'));
            frame.setWidth(640);
            frame.setHeight(480);
            task.getMedia().add(frame);
        }
        Job first = job(0, 1, JobStage.ANNOTATION, JobState.IN_PROGRESS);
        Shape box = shape(ShapeType.RECTANGLE, car, 0, 60, 80, 220, 200);
        AttributeValue color = F.createAttributeValue();
        color.setName("color");
        color.setValue("blue");
        color.setSpec(car.getAttributes().get(0));
        box.getAttributes().add(color);
        first.getAnnotations().add(box);
        first.getAnnotations().add(shape(ShapeType.POLYGON, road, 0, 0, 420, 640, 400, 640, 480, 0, 480));
        Shape pose = shape(ShapeType.SKELETON, person, 1);
        pose.getElements().add(shape(ShapeType.POINTS, person.getSublabels().get(0), 1, 400, 120));
        pose.getElements().add(shape(ShapeType.POINTS, person.getSublabels().get(1), 1, 370, 200));
        pose.getElements().add(shape(ShapeType.POINTS, person.getSublabels().get(2), 1, 430, 200));
        first.getAnnotations().add(pose);
        Tag tag = F.createTag();
        tag.setLabel(sunny);
        tag.setFrame(1);
        first.getAnnotations().add(tag);
        task.getJobs().add(first);
        task.getJobs().add(job(2, 3, JobStage.ANNOTATION, JobState.NEW));
        return task;
    }

    private static Task videoTask(Path folder, DemoMediaSet media, Project project) {
        Task task = F.createTask();
        task.setName("Moving shapes (video)");
        task.setMode(TaskMode.INTERPOLATION);
        task.setSegmentSize(30);
        String video = folder.relativize(media.video()).toString().replace('\\', '/');
        for (int i = 0; i < media.videoFrameCount(); i++) {
            Media frame = F.createMedia();
            frame.setType(MediaType.VIDEO_FRAME);
            frame.setPath(video);
            frame.setFrame(i);
            frame.setWidth(640);
            frame.setHeight(360);
            task.getMedia().add(frame);
        }
        Job first = job(0, 29, JobStage.VALIDATION, JobState.COMPLETED);
        Job second = job(30, media.videoFrameCount() - 1, JobStage.ANNOTATION, JobState.NEW);
        // Each moving shape is one object (one id) cut by the two jobs, as CVAT keeps a track per
        // job: keyframes every 10 frames and on each job's last frame, the frames between
        // interpolated (the motion is linear, so they match the ground truth within a pixel).
        long id = 1;
        for (ShapeTrack moving : media.tracks()) {
            Label label = project.getLabels().stream().filter(l -> l.getName().equals(moving.label())).findFirst().orElseThrow();
            for (Job job : List.of(first, second)) {
                Track track = F.createTrack();
                track.setId(id);
                track.setType(ShapeType.RECTANGLE);
                track.setLabel(label);
                track.setFrame(job.getStartFrame());
                for (int frame = job.getStartFrame(); frame <= job.getStopFrame(); frame = nextKeyframe(frame, job.getStopFrame())) {
                    ShapeTrack.Box box = moving.boxAt(frame);
                    Shape key = shape(ShapeType.RECTANGLE, label, frame, box.x(), box.y(), box.x() + box.width(), box.y() + box.height());
                    key.setKeyframe(true);
                    track.getShapes().add(key);
                }
                job.getAnnotations().add(track);
            }
            id++;
        }
        task.getJobs().add(first);
        task.getJobs().add(second);
        return task;
    }

    /** The keyframe after {@code frame}: the next multiple of {@link #VIDEO_KEYFRAME_STEP}, or the job's last frame. */
    private static int nextKeyframe(int frame, int stop) {
        if (frame == stop) {
            return stop + 1;
        }
        return Math.min(stop, (frame / VIDEO_KEYFRAME_STEP + 1) * VIDEO_KEYFRAME_STEP);
    }

    private static Label label(String name, LabelType type, String color) {
        Label label = F.createLabel();
        label.setName(name);
        label.setType(type);
        label.setColor(color);
        return label;
    }

    private static AttributeSpec spec(String name, AttributeInputType type, boolean mutable, String defaultValue, String... values) {
        AttributeSpec spec = F.createAttributeSpec();
        spec.setName(name);
        spec.setInputType(type);
        spec.setMutable(mutable);
        spec.setDefaultValue(defaultValue);
        spec.getValues().addAll(List.of(values));
        return spec;
    }

    private static SkeletonEdge edge(Label from, Label to) {
        SkeletonEdge edge = F.createSkeletonEdge();
        edge.setFrom(from);
        edge.setTo(to);
        return edge;
    }

    private static Job job(int start, int stop, JobStage stage, JobState state) {
        Job job = F.createJob();
        job.setStartFrame(start);
        job.setStopFrame(stop);
        job.setStage(stage);
        job.setState(state);
        return job;
    }

    private static Shape shape(ShapeType type, Label label, int frame, float... points) {
        Shape shape = F.createShape();
        shape.setType(type);
        shape.setLabel(label);
        shape.setFrame(frame);
        shape.setPoints(Coordinates.of(points));
        return shape;
    }
}
