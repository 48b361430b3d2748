package io.annolab.core.tests;

import io.annolab.model.AnnotationSource;
import io.annolab.model.AttributeInputType;
import io.annolab.model.AttributeSpec;
import io.annolab.model.AttributeValue;
import io.annolab.model.Caption;
import io.annolab.model.Job;
import io.annolab.model.JobStage;
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
import io.annolab.model.Track;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;
import io.annolab.model.values.PointVisibility;

/** A project that uses every part of the model, for round-trip tests. */
final class SampleProjects {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private SampleProjects() {
    }

    static Project everything() {
        Project project = F.createProject();
        project.setName("Street scenes");
        project.setGuide("# Guide\nBox every car.");
        Label car = label(1, "car", LabelType.RECTANGLE, "#ff0000");
        AttributeSpec color = F.createAttributeSpec();
        color.setId(1);
        color.setName("color");
        color.setInputType(AttributeInputType.SELECT);
        color.setDefaultValue("red");
        color.getValues().addAll(java.util.List.of("red", "blue", "__undefined__"));
        AttributeSpec parked = F.createAttributeSpec();
        parked.setId(2);
        parked.setName("parked");
        parked.setInputType(AttributeInputType.CHECKBOX);
        parked.setMutable(true);
        car.getAttributes().add(color);
        car.getAttributes().add(parked);
        Label person = label(2, "person", LabelType.SKELETON, "#00ff00");
        Label head = label(3, "head", LabelType.POINTS, "#0000ff");
        Label hand = label(4, "hand", LabelType.POINTS, "#0000aa");
        person.getSublabels().add(head);
        person.getSublabels().add(hand);
        SkeletonEdge edge = F.createSkeletonEdge();
        edge.setFrom(head);
        edge.setTo(hand);
        person.getEdges().add(edge);
        person.setSvg("<line x1=\"1\" y1=\"2\"/>");
        Label road = label(5, "road", LabelType.MASK, "#888888");
        road.setParent("surface");
        project.getLabels().addAll(java.util.List.of(car, person, road));

        Task task = F.createTask();
        task.setId(1);
        task.setName("Drive 1");
        task.setSubset("train");
        task.setSegmentSize(2);
        task.setOverlap(0);
        for (int i = 0; i < 4; i++) {
            Media media = F.createMedia();
            media.setType(MediaType.IMAGE);
            media.setPath("images/frame_" + i + ".jpg");
            media.setWidth(640);
            media.setHeight(480);
            task.getMedia().add(media);
        }
        task.getMedia().get(3).getRelatedImages().add("context/frame_3_left.jpg");
        project.getTasks().add(task);

        Job first = job(1, 0, 1);
        Shape box = shape(ShapeType.RECTANGLE, car, 0, 10.5f, 20f, 110f, 220.25f);
        box.setRotation(15f);
        box.setOccluded(true);
        box.setZOrder(2);
        box.setGroup(7);
        box.setScore(0.875f);
        box.setSource(AnnotationSource.AUTO);
        box.getAttributes().add(value("color", "blue", color));
        box.getAttributes().add(value("parked", Boolean.TRUE, parked));
        box.getAttributes().add(value("note", 3L, null));
        first.getAnnotations().add(box);
        Shape pose = shape(ShapeType.SKELETON, person, 1);
        Shape headPoint = shape(ShapeType.POINTS, head, 1, 50f, 60f);
        Shape handPoint = shape(ShapeType.POINTS, hand, 1, 70f, 80f);
        handPoint.setOutside(true);
        pose.getElements().add(headPoint);
        pose.getElements().add(handPoint);
        first.getAnnotations().add(pose);
        Shape mask = shape(ShapeType.MASK, road, 1, 0f, 400f, 2f, 401f);
        mask.setMask(MaskRle.of(3, 2, 1, 4, 1));
        first.getAnnotations().add(mask);
        Shape points = shape(ShapeType.POINTS, head, 0, 1f, 2f, 3f, 4f);
        points.setVisibility(PointVisibility.of((byte) 2, (byte) 1));
        first.getAnnotations().add(points);
        Tag tag = F.createTag();
        tag.setLabel(road);
        tag.setFrame(1);
        first.getAnnotations().add(tag);
        Caption caption = F.createCaption();
        caption.setText("a red car, \"parked\"");
        first.getAnnotations().add(caption);

        Job second = job(2, 2, 3);
        second.setStage(JobStage.VALIDATION);
        Track track = F.createTrack();
        track.setType(ShapeType.POLYGON);
        track.setLabel(car);
        track.setFrame(2);
        Shape key1 = shape(ShapeType.POLYGON, car, 2, 0f, 0f, 10f, 0f, 10f, 10f);
        key1.setKeyframe(true);
        Shape key2 = shape(ShapeType.POLYGON, car, 3, 5f, 0f, 15f, 0f, 15f, 10f);
        key2.setKeyframe(true);
        key2.setOutside(true);
        track.getShapes().add(key1);
        track.getShapes().add(key2);
        second.getAnnotations().add(track);
        task.getJobs().add(first);
        task.getJobs().add(second);
        return project;
    }

    static Label label(int id, String name, LabelType type, String color) {
        Label label = F.createLabel();
        label.setId(id);
        label.setName(name);
        label.setType(type);
        label.setColor(color);
        return label;
    }

    static Job job(int id, int start, int stop) {
        Job job = F.createJob();
        job.setId(id);
        job.setStartFrame(start);
        job.setStopFrame(stop);
        return job;
    }

    static Shape shape(ShapeType type, Label label, int frame, float... points) {
        Shape shape = F.createShape();
        shape.setType(type);
        shape.setLabel(label);
        shape.setFrame(frame);
        shape.setPoints(Coordinates.of(points));
        return shape;
    }

    static AttributeValue value(String name, Object value, AttributeSpec spec) {
        AttributeValue attribute = F.createAttributeValue();
        attribute.setName(name);
        attribute.setValue(value);
        attribute.setSpec(spec);
        return attribute;
    }
}
