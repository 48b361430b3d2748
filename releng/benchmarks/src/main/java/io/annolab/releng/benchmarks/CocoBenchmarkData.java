package io.annolab.releng.benchmarks;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes the deterministic COCO instances datasets of the conversion benchmark (issue 3):
 * {@code small}: 5,000 images and 50,000 polygons; {@code large}: 118,000 images and 860,000
 * annotations (85% polygons, 10% boxes, 5% crowd RLE masks), the scale of COCO train2017.
 * Only annotations/instances_default.json is written: the conversions read sizes from it.
 * <p>
 * Usage: {@code small|large DIR}
 */
public final class CocoBenchmarkData {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;

    public static void main(String[] args) throws Exception {
        boolean large = args[0].equals("large");
        int images = large ? 118_000 : 5_000;
        int annotations = large ? 860_000 : 50_000;
        Path file = Path.of(args[1]).resolve("annotations/instances_default.json");
        Files.createDirectories(file.getParent());
        Random random = new Random(2017);
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeObjectFieldStart("info");
            json.writeStringField("description", "Annolab conversion benchmark (" + args[0] + ")");
            json.writeEndObject();
            json.writeArrayFieldStart("licenses");
            json.writeEndArray();
            json.writeArrayFieldStart("categories");
            for (int c = 1; c <= 80; c++) {
                json.writeStartObject();
                json.writeNumberField("id", c + (c > 11 ? 1 : 0)); // COCO's ids are not contiguous
                json.writeStringField("name", "class_" + c);
                json.writeStringField("supercategory", "group_" + (c % 12));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("images");
            for (int i = 1; i <= images; i++) {
                json.writeStartObject();
                json.writeNumberField("id", i);
                json.writeNumberField("width", WIDTH);
                json.writeNumberField("height", HEIGHT);
                json.writeStringField("file_name", String.format("%012d.jpg", i));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("annotations");
            for (int a = 1; a <= annotations; a++) {
                writeAnnotation(json, a, 1 + (int) ((long) (a - 1) * images / annotations), large ? random.nextInt(100) : 0, random);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        System.out.printf("wrote %s: %,d images, %,d annotations, %.1f MB%n", file, images, annotations, Files.size(file) / 1e6);
    }

    /** kind 0-84 polygon, 85-94 box, 95-99 crowd RLE. */
    private static void writeAnnotation(JsonGenerator json, int id, int imageId, int kind, Random random) throws Exception {
        int w = 20 + random.nextInt(200), h = 20 + random.nextInt(200);
        int x = random.nextInt(WIDTH - w), y = random.nextInt(HEIGHT - h);
        json.writeStartObject();
        json.writeNumberField("id", id);
        json.writeNumberField("image_id", imageId);
        int category = 1 + random.nextInt(80);
        json.writeNumberField("category_id", category + (category > 11 ? 1 : 0));
        json.writeArrayFieldStart("bbox");
        json.writeNumber(x);
        json.writeNumber(y);
        json.writeNumber(w);
        json.writeNumber(h);
        json.writeEndArray();
        if (kind < 85) {
            json.writeNumberField("iscrowd", 0);
            json.writeArrayFieldStart("segmentation");
            json.writeStartArray();
            int vertices = 6 + random.nextInt(15);
            for (int v = 0; v < vertices; v++) {
                double angle = 2 * Math.PI * v / vertices;
                json.writeNumber(Math.round((x + w / 2.0 + w / 2.0 * Math.cos(angle)) * 100) / 100.0);
                json.writeNumber(Math.round((y + h / 2.0 + h / 2.0 * Math.sin(angle)) * 100) / 100.0);
            }
            json.writeEndArray();
            json.writeEndArray();
            json.writeNumberField("area", Math.PI * w * h / 4);
        } else if (kind < 95) {
            json.writeNumberField("iscrowd", 0);
            json.writeArrayFieldStart("segmentation");
            json.writeStartArray();
            json.writeNumber(x);
            json.writeNumber(y);
            json.writeNumber(x + w);
            json.writeNumber(y);
            json.writeNumber(x + w);
            json.writeNumber(y + h);
            json.writeNumber(x);
            json.writeNumber(y + h);
            json.writeEndArray();
            json.writeEndArray();
            json.writeNumberField("area", w * h);
        } else {
            // crowd: an uncompressed column-major RLE of the box, as COCO stores iscrowd regions
            json.writeNumberField("iscrowd", 1);
            json.writeObjectFieldStart("segmentation");
            json.writeArrayFieldStart("size");
            json.writeNumber(HEIGHT);
            json.writeNumber(WIDTH);
            json.writeEndArray();
            json.writeArrayFieldStart("counts");
            json.writeNumber(x * HEIGHT + y);
            for (int column = 0; column < w; column++) {
                json.writeNumber(h);
                json.writeNumber(column + 1 < w ? HEIGHT - h : HEIGHT * WIDTH - (x + w - 1) * HEIGHT - y - h);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeNumberField("area", w * h);
        }
        json.writeEndObject();
    }
}
