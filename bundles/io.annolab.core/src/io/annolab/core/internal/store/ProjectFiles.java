package io.annolab.core.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.store.AtomicFiles;
import io.annolab.core.api.store.ProjectStore;
import io.annolab.model.Annotation;
import io.annolab.model.Job;
import io.annolab.model.ModelPackage;
import io.annolab.model.Project;
import io.annolab.model.ReviewIssue;

/**
 * The two file kinds of a project folder: the project file (everything but annotations and
 * review issues) and one job file per job. Both are JSON, streamed with Jackson.
 */
public final class ProjectFiles {

    private static final String PROJECT_KIND = "annolab-project";
    private static final String JOB_KIND = "annolab-job";
    private static final int VERSION = 1;

    // AtomicFiles flushes and closes the stream itself, after the generator is done with it.
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(64 * 1024 * 1024).build()).build();
    private static final ModelPackage MODEL = ModelPackage.eINSTANCE;

    /** What {@link #load} read: the project and the jobs whose files failed, with why. */
    public record Loaded(Project project, Map<Job, AnnolabException> unavailableJobs) {
    }

    private ProjectFiles() {
    }

    public static Path projectFile(Path folder) {
        return folder.resolve(ProjectStore.PROJECT_FILE);
    }

    public static Path projectLockFile(Path folder) {
        return folder.resolve(".annolab-project.lock");
    }

    public static Path jobFile(Path folder, Job job) {
        return folder.resolve(ProjectStore.JOBS_FOLDER).resolve("job-" + job.getId() + ".json");
    }

    public static Path lockFile(Path folder, Job job) {
        return folder.resolve(ProjectStore.JOBS_FOLDER).resolve(".job-" + job.getId() + ".lock");
    }

    public static Path writeProject(Path folder, Project project) throws IOException {
        Path file = projectFile(folder);
        AtomicFiles.write(file, out -> {
            try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter(); // small, and read by people in diffs
                json.writeStartObject();
                json.writeStringField("format", PROJECT_KIND);
                json.writeNumberField("version", VERSION);
                json.writeFieldName("project");
                new ModelJsonWriter(json, Set.of(MODEL.getJob_Annotations(), MODEL.getJob_Issues()))
                        .writeObject(project, MODEL.getProject());
                json.writeEndObject();
            }
        });
        return file;
    }

    public static Path writeJob(Path folder, Job job) throws IOException {
        Path file = jobFile(folder, job);
        AtomicFiles.write(file, out -> {
            try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                ModelJsonWriter writer = new ModelJsonWriter(json, Set.of());
                json.writeStartObject();
                json.writeStringField("format", JOB_KIND);
                json.writeNumberField("version", VERSION);
                json.writeNumberField("job", job.getId());
                json.writeArrayFieldStart("annotations");
                for (Annotation annotation : job.getAnnotations()) {
                    json.writeRaw('\n'); // one annotation a line: readable diffs, cheap
                    writer.writeObject(annotation, MODEL.getAnnotation());
                }
                json.writeEndArray();
                json.writeArrayFieldStart("issues");
                for (ReviewIssue issue : job.getIssues()) {
                    writer.writeObject(issue, MODEL.getReviewIssue());
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        });
        return file;
    }

    public static Loaded load(Path folder) throws IOException {
        Map<EClass, Map<Long, EObject>> index = ModelJsonReader.newIndex(MODEL.getLabel(), MODEL.getAttributeSpec());
        Project project = readProject(projectFile(folder), index);
        List<Job> jobs = project.getTasks().stream().flatMap(t -> t.getJobs().stream()).toList();
        Map<Job, AnnolabException> failures = new LinkedHashMap<>();
        // Jobs are independent files: read them in parallel, each into its own lists.
        jobs.parallelStream().forEach(job -> {
            try {
                readJob(jobFile(folder, job), job, index);
            } catch (AnnolabException e) {
                synchronized (failures) {
                    failures.put(job, e);
                }
            } catch (IOException e) {
                synchronized (failures) {
                    failures.put(job, new AnnolabException("cannot read the job file: " + e.getMessage(),
                            jobFile(folder, job), "Check the file's permissions", e));
                }
            }
        });
        return new Loaded(project, failures);
    }

    private static Project readProject(Path file, Map<EClass, Map<Long, EObject>> index) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser json = JSON.createParser(in)) {
            ModelJsonReader reader = new ModelJsonReader(json, file, MODEL, index);
            Project project = null;
            readHeader(json, reader, PROJECT_KIND);
            for (JsonToken token = json.nextToken(); token == JsonToken.FIELD_NAME; token = json.nextToken()) {
                String field = json.currentName();
                json.nextToken();
                if (field.equals("project")) {
                    project = (Project) reader.readObject(MODEL.getProject());
                } else {
                    json.skipChildren();
                }
            }
            if (project == null) {
                throw reader.error("the project file has no \"project\"");
            }
            return project;
        } catch (JsonProcessingException e) {
            throw syntaxError(file, e);
        }
    }

    private static void readJob(Path file, Job job, Map<EClass, Map<Long, EObject>> index) throws IOException {
        List<Annotation> annotations = new java.util.ArrayList<>();
        List<ReviewIssue> issues = new java.util.ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser json = JSON.createParser(in)) {
            ModelJsonReader reader = new ModelJsonReader(json, file, MODEL, index);
            readHeader(json, reader, JOB_KIND);
            for (JsonToken token = json.nextToken(); token == JsonToken.FIELD_NAME; token = json.nextToken()) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "job" -> {
                        if (json.getIntValue() != job.getId()) {
                            throw reader.error("this file belongs to job " + json.getIntValue() + ", not job " + job.getId());
                        }
                    }
                    case "annotations" -> {
                        for (JsonToken element = json.nextToken(); element != JsonToken.END_ARRAY; element = json.nextToken()) {
                            annotations.add((Annotation) reader.readObject(MODEL.getAnnotation()));
                        }
                    }
                    case "issues" -> {
                        for (JsonToken element = json.nextToken(); element != JsonToken.END_ARRAY; element = json.nextToken()) {
                            issues.add((ReviewIssue) reader.readObject(MODEL.getReviewIssue()));
                        }
                    }
                    default -> {
                        if (value.isStructStart()) {
                            json.skipChildren();
                        }
                    }
                }
            }
        } catch (NoSuchFileException e) {
            throw new AnnolabException("the annotation file of job " + job.getId() + " is missing", file,
                    "Restore it from a backup; the other jobs are open");
        } catch (JsonProcessingException e) {
            throw syntaxError(file, e);
        }
        // Adding in bulk after parsing keeps the EMF lists' notifications out of the parse loop.
        job.getAnnotations().addAll(annotations);
        job.getIssues().addAll(issues);
    }

    private static void readHeader(JsonParser json, ModelJsonReader reader, String kind) throws IOException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            throw reader.error("not an Annolab " + kind + " file (it does not start with '{')");
        }
        if (json.nextToken() != JsonToken.FIELD_NAME || !"format".equals(json.currentName())
                || json.nextToken() != JsonToken.VALUE_STRING || !kind.equals(json.getText())) {
            throw reader.error("not an Annolab " + kind + " file (\"format\": \"" + kind + "\" must come first)");
        }
        if (json.nextToken() != JsonToken.FIELD_NAME || !"version".equals(json.currentName())
                || json.nextToken() != JsonToken.VALUE_NUMBER_INT) {
            throw reader.error("the file has no \"version\"");
        }
        if (json.getIntValue() > VERSION) {
            throw reader.error("the file was written by a newer Annolab (format version " + json.getIntValue()
                    + "); update Annolab to open it");
        }
    }

    private static AnnolabException syntaxError(Path file, JsonProcessingException e) {
        var location = e.getLocation();
        return new AnnolabException("the JSON is malformed: " + e.getOriginalMessage(), file,
                location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr(),
                "The file is damaged or was edited by hand; restore it from a backup or fix it there", e);
    }

}
