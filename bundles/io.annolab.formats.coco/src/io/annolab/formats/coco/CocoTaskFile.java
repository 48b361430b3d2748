package io.annolab.formats.coco;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * One output file {@code annotations/<task>_<subset>.json}, written while items stream by: its
 * {@code images} and {@code annotations} lists go to two fragment files (comma-separated JSON
 * values), which are joined behind the header when the export ends. Nothing is held in memory.
 */
final class CocoTaskFile implements AutoCloseable {

    final CocoTask task;
    final String subset;
    private final Path imagesPart;
    private final Path annotationsPart;
    final JsonGenerator images;
    final JsonGenerator annotations;
    int annotationCount;
    private long nextId = 1;

    CocoTaskFile(CocoTask task, String subset, Path fragments) throws IOException {
        this.task = task;
        this.subset = subset;
        String stem = task.prefix() + "_" + Integer.toHexString(subset.hashCode()) + "_" + System.identityHashCode(this);
        imagesPart = fragments.resolve(stem + ".images");
        annotationsPart = fragments.resolve(stem + ".annotations");
        images = fragment(imagesPart);
        annotations = fragment(annotationsPart);
    }

    private static JsonGenerator fragment(Path file) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator generator = CocoFileReader.JSON.createGenerator(out, JsonEncoding.UTF8);
        generator.setRootValueSeparator(new SerializedString(","));
        return generator;
    }

    /** The annotation's own id, or the next free one when it has none (or when reindexing). */
    long idFor(long own, boolean reindex) {
        long id = own > 0 && !reindex ? own : nextId;
        nextId = Math.max(nextId, id + 1);
        return id;
    }

    /** Joins header, images and annotations into {@code target}. */
    void finish(byte[] headerWithoutClosingBrace, Path target) throws IOException {
        images.close();
        annotations.close();
        Files.createDirectories(target.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            out.write(headerWithoutClosingBrace);
            out.write(",\"images\":[".getBytes(StandardCharsets.US_ASCII));
            Files.copy(imagesPart, out);
            out.write("],\"annotations\":[".getBytes(StandardCharsets.US_ASCII));
            Files.copy(annotationsPart, out);
            out.write("]}".getBytes(StandardCharsets.US_ASCII));
        }
        discard();
    }

    void discard() throws IOException {
        images.close();
        annotations.close();
        Files.deleteIfExists(imagesPart);
        Files.deleteIfExists(annotationsPart);
    }

    @Override
    public void close() throws IOException {
        images.close();
        annotations.close();
    }

    /** Serializes a complete JSON object and drops its closing brace, so lists can follow. */
    static byte[] openObject(HeaderWriter writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = CocoFileReader.JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            writer.write(generator);
            generator.writeEndObject();
        }
        byte[] all = bytes.toByteArray();
        return java.util.Arrays.copyOf(all, all.length - 1);
    }

    interface HeaderWriter {
        void write(JsonGenerator generator) throws IOException;
    }
}
