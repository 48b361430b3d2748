package io.annolab.releng.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import io.annolab.core.api.store.ProjectSession;
import io.annolab.core.api.store.ProjectStore;
import io.annolab.model.AnnotationSource;
import io.annolab.model.AttributeInputType;
import io.annolab.model.AttributeSpec;
import io.annolab.model.AttributeValue;
import io.annolab.model.Job;
import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;
import io.annolab.model.Project;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Task;
import io.annolab.model.values.Coordinates;

/**
 * Project store benchmark: writes a project of {@code N} annotations (default 1,000,000: 70%
 * polygons of 12 vertices, 25% boxes, 5% points, a third with an attribute) in 100 jobs, then
 * (in a fresh JVM, see run-store-benchmark.sh) opens it and reports the time and retained heap.
 * <p>
 * Usage: {@code generate DIR [N]} or {@code load DIR}.
 */
public final class StoreBenchmark {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        switch (args[0]) {
            case "generate" -> generate(folder, args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000);
            case "load" -> load(folder);
            default -> throw new IllegalArgumentException("generate DIR [N] | load DIR");
        }
    }

    private static void generate(Path folder, int annotations) throws Exception {
        Project project = F.createProject();
        project.setName("store benchmark");
        Label[] labels = new Label[10];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = F.createLabel();
            labels[i].setName("class_" + i);
            labels[i].setType(LabelType.ANY);
            labels[i].setColor(String.format("#%06x", i * 0x151515));
            project.getLabels().add(labels[i]);
        }
        AttributeSpec occlusion = F.createAttributeSpec();
        occlusion.setName("quality");
        occlusion.setInputType(AttributeInputType.SELECT);
        occlusion.getValues().addAll(java.util.List.of("good", "blurred"));
        labels[0].getAttributes().add(occlusion);
        Task task = F.createTask();
        task.setName("benchmark task");
        int frames = 10_000;
        for (int i = 0; i < frames; i++) {
            Media media = F.createMedia();
            media.setType(MediaType.IMAGE);
            media.setPath("images/" + i + ".jpg");
            media.setWidth(1920);
            media.setHeight(1080);
            task.getMedia().add(media);
        }
        project.getTasks().add(task);
        Random random = new Random(42);
        int jobs = 100;
        for (int j = 0; j < jobs; j++) {
            Job job = F.createJob();
            job.setStartFrame(j * frames / jobs);
            job.setStopFrame((j + 1) * frames / jobs - 1);
            for (int a = 0; a < annotations / jobs; a++) {
                job.getAnnotations().add(shape(random, labels, occlusion, job.getStartFrame() + random.nextInt(frames / jobs), a));
            }
            task.getJobs().add(job);
        }
        long start = System.nanoTime();
        ProjectStore.create(folder, project).close();
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes;
        try (Stream<Path> files = Files.walk(folder)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("generate: %,d annotations in %d jobs saved in %.2f s, %.1f MB on disk%n", annotations, jobs, seconds,
                bytes / 1e6);
    }

    private static Shape shape(Random random, Label[] labels, AttributeSpec quality, int frame, int index) {
        Shape shape = F.createShape();
        shape.setFrame(frame);
        shape.setLabel(labels[random.nextInt(labels.length)]);
        shape.setSource(AnnotationSource.MANUAL);
        shape.setId(index);
        int kind = random.nextInt(100);
        float x = random.nextInt(1800), y = random.nextInt(1000);
        if (kind < 70) {
            shape.setType(ShapeType.POLYGON);
            float[] points = new float[24];
            for (int p = 0; p < 12; p++) {
                double angle = 2 * Math.PI * p / 12;
                points[2 * p] = Math.round((x + 40 * Math.cos(angle)) * 100) / 100f;
                points[2 * p + 1] = Math.round((y + 40 * Math.sin(angle)) * 100) / 100f;
            }
            shape.setPoints(Coordinates.wrap(points));
        } else if (kind < 95) {
            shape.setType(ShapeType.RECTANGLE);
            shape.setPoints(Coordinates.of(x, y, x + 10 + random.nextInt(100), y + 10 + random.nextInt(80)));
        } else {
            shape.setType(ShapeType.POINTS);
            shape.setPoints(Coordinates.of(x, y, x + 5, y + 7, x + 9, y + 3));
        }
        if (index % 3 == 0 && shape.getLabel() == labels[0]) {
            AttributeValue value = F.createAttributeValue();
            value.setName("quality");
            value.setSpec(quality);
            value.setValue(random.nextBoolean() ? "good" : "blurred");
            shape.getAttributes().add(value);
        }
        return shape;
    }

    private static void load(Path folder) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long start = System.nanoTime();
        try (ProjectSession session = ProjectStore.open(folder)) {
            double seconds = (System.nanoTime() - start) / 1e9;
            long count = session.project().getTasks().stream().flatMap(t -> t.getJobs().stream())
                    .mapToLong(j -> j.getAnnotations().size()).sum();
            System.gc();
            long retained = memory.getHeapMemoryUsage().getUsed() - before;
            System.out.printf("load: %,d annotations opened in %.2f s; retained heap %.0f MB (%.0f bytes per annotation); %d unavailable jobs%n",
                    count, seconds, retained / 1e6, (double) retained / count, session.unavailableJobs().size());
        }
    }
}
