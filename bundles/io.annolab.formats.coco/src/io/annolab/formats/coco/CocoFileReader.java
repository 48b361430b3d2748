package io.annolab.formats.coco;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.image.ImageHeaders;

/**
 * Reads one COCO annotation file with Jackson's streaming parser: no tree is built, numbers go
 * straight into primitive arrays, and the top-level keys may come in any order (official COCO
 * puts {@code categories} last, Datumaro first). Every error names the file, line and column.
 */
final class CocoFileReader {

    static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER).build();

    /** Files from this size on are read by two threads (see {@link SecondHalfParse}). */
    static final long SPLIT_BYTES = 32L << 20;

    private static final String HINT = "Check that the file is a complete COCO annotation file";

    private final Path file;
    private final JsonParser parser;
    private float[] numbers = new float[256];

    private CocoFileReader(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** Reads the whole file. */
    static CocoFileData read(Path file, CocoTask task, String subset) throws IOException {
        return read(file, task, subset, SPLIT_BYTES);
    }

    /** Reads the whole file, on two threads when it has at least {@code splitBytes} (tests lower it). */
    static CocoFileData read(Path file, CocoTask task, String subset, long splitBytes) throws IOException {
        if (Files.size(file) >= splitBytes) {
            CocoFileData data = readSplit(file, task, subset);
            if (data != null) {
                return data;
            }
        }
        try {
            return readFromTop(file, task, subset, null);
        } catch (JsonProcessingException e) {
            throw malformed(file, e);
        }
    }

    /**
     * Reads the file with a {@link SecondHalfParse} taking the second half of the annotations;
     * null when that cannot help or anything fails, so the file is read again in one piece and
     * an error names the right line and column.
     */
    private static CocoFileData readSplit(Path file, CocoTask task, String subset) throws IOException {
        try (SecondHalfParse second = SecondHalfParse.start(file)) {
            return second == null ? null : readFromTop(file, task, subset, second);
        } catch (InterruptedIOException e) {
            throw e; // cancelled: not a reason to read the file again
        } catch (IOException e) {
            return null;
        }
    }

    private static CocoFileData readFromTop(Path file, CocoTask task, String subset, SecondHalfParse second) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            Contents contents = new Contents();
            new CocoFileReader(file, parser).readAll(contents, second);
            return contents.bucket(file, task, subset);
        }
    }

    /**
     * Reads {@code [{annotation}, ...]} from {@code parser} until its closing bracket, or until
     * {@code stop} says so (checked between annotations). Returns the parser's byte offset just
     * after the bracket, or -1 when stopped.
     */
    static long readAnnotationList(Path file, JsonParser parser, List<RawAnnotation> out, BooleanSupplier stop) throws IOException {
        CocoFileReader reader = new CocoFileReader(file, parser);
        reader.expect(parser.nextToken(), JsonToken.START_ARRAY, "an annotation list must start with '['");
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            if (stop.getAsBoolean()) {
                return -1;
            }
            reader.annotation(out);
        }
        reader.expect(parser.currentToken(), JsonToken.END_ARRAY, "'annotations' must hold objects");
        return parser.currentTokenLocation().getByteOffset() + 1;
    }

    /** Reads only the categories, skipping the other top-level values without storing them. */
    static List<CocoCategory> readCategories(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            CocoFileReader reader = new CocoFileReader(file, parser);
            reader.expect(parser.nextToken(), JsonToken.START_OBJECT, "a COCO file must hold one JSON object");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("categories")) {
                    return reader.categories();
                }
                parser.skipChildren();
            }
            return List.of();
        } catch (JsonProcessingException e) {
            throw malformed(file, e);
        }
    }

    static AnnolabException malformed(Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return new AnnolabException("malformed JSON: " + e.getOriginalMessage(), file, at == null ? 0 : at.getLineNr(),
                at == null ? 0 : at.getColumnNr(), HINT + " (it may be truncated)", e);
    }

    private void readAll(Contents into, SecondHalfParse second) throws IOException {
        expect(parser.nextToken(), JsonToken.START_OBJECT, "a COCO file must hold one JSON object");
        readFields(into, second);
    }

    /** The top-level fields up to the closing brace. */
    private void readFields(Contents into, SecondHalfParse second) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "categories" -> into.categories = categories();
                case "images" -> images(into.images);
                case "annotations" -> {
                    expect(value, JsonToken.START_ARRAY, "'annotations' must be a list");
                    if (annotations(into.annotations, second)) {
                        // The second thread read the rest of the list: go on with the fields after it.
                        try (InputStream rest = second.restOfFile(); JsonParser restParser = JSON.createParser(rest)) {
                            CocoFileReader reader = new CocoFileReader(file, restParser);
                            reader.expect(restParser.nextToken(), JsonToken.START_OBJECT, "unexpected content");
                            reader.readFields(into, null);
                        }
                        return;
                    }
                }
                default -> parser.skipChildren();
            }
        }
        expect(parser.currentToken(), JsonToken.END_OBJECT, "unexpected content");
    }

    /**
     * The annotation list; true when {@code second} took over from one of its objects (its
     * annotations are added, and this parser is left there).
     */
    private boolean annotations(List<RawAnnotation> out, SecondHalfParse second) throws IOException {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            if (second != null && second.isPending()) {
                long at = parser.currentTokenLocation().getByteOffset();
                if (at == second.start() && second.handOver(out)) {
                    return true;
                } else if (at >= second.start()) {
                    second.abandon(); // its guess was not where an annotation starts, or it failed
                }
            }
            annotation(out);
        }
        expect(parser.currentToken(), JsonToken.END_ARRAY, "'annotations' must hold objects");
        if (second != null) {
            second.abandon(); // its guess was not in this list
        }
        return false;
    }

    /** What the top-level fields hold, gathered as they come. */
    private static final class Contents {
        List<CocoCategory> categories = List.of();
        final Images images = new Images();
        final List<RawAnnotation> annotations = new ArrayList<>();

        CocoFileData bucket(Path file, CocoTask task, String subset) throws AnnolabException {
            int n = images.size;
            LongIndex index = new LongIndex(n);
            for (int i = 0; i < n; i++) {
                if (index.put(images.ids[i], i) >= 0) {
                    throw new AnnolabException("image id " + images.ids[i] + " is declared twice", file,
                            "Image ids must be unique within a file");
                }
            }
            int[] imageOf = new int[annotations.size()];
            int[] start = new int[n + 1];
            for (int a = 0; a < imageOf.length; a++) {
                RawAnnotation annotation = annotations.get(a);
                int image = index.get(annotation.imageId);
                if (image < 0) {
                    throw new AnnolabException("annotation " + annotation.id + " refers to image " + annotation.imageId
                            + ", which 'images' does not declare", file, "Add the image or remove the annotation");
                }
                imageOf[a] = image;
                start[image + 1]++;
            }
            for (int i = 0; i < n; i++) {
                start[i + 1] += start[i];
            }
            RawAnnotation[] ordered = new RawAnnotation[imageOf.length];
            int[] next = Arrays.copyOf(start, n);
            for (int a = 0; a < imageOf.length; a++) {
                ordered[next[imageOf[a]]++] = annotations.get(a);
            }
            return new CocoFileData(file, task, subset, categories, Arrays.copyOf(images.ids, n), Arrays.copyOf(images.names, n),
                    Arrays.copyOf(images.widths, n), Arrays.copyOf(images.heights, n), ordered, start);
        }
    }

    private List<CocoCategory> categories() throws IOException {
        expect(parser.currentToken(), JsonToken.START_ARRAY, "'categories' must be a list");
        List<CocoCategory> categories = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            int id = 0;
            boolean hasId = false;
            String name = null, supercategory = "";
            List<String> keypoints = List.of();
            int[][] skeleton = new int[0][];
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "id" -> {
                        id = intValue("category id");
                        hasId = true;
                    }
                    case "name" -> name = parser.getValueAsString();
                    case "supercategory" -> supercategory = value == JsonToken.VALUE_NULL ? "" : parser.getValueAsString();
                    case "keypoints" -> keypoints = strings();
                    case "skeleton" -> skeleton = edges();
                    default -> parser.skipChildren();
                }
            }
            if (!hasId || name == null) {
                throw error("a category needs an 'id' and a 'name'");
            }
            categories.add(new CocoCategory(id, name, supercategory, keypoints, skeleton));
        }
        expect(parser.currentToken(), JsonToken.END_ARRAY, "'categories' must hold objects");
        return categories;
    }

    private void images(Images images) throws IOException {
        expect(parser.currentToken(), JsonToken.START_ARRAY, "'images' must be a list");
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            long id = 0;
            boolean hasId = false;
            String name = null;
            int width = 0, height = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "id" -> {
                        id = longValue("image id");
                        hasId = true;
                    }
                    case "file_name" -> name = parser.getValueAsString();
                    case "width" -> width = side("width");
                    case "height" -> height = side("height");
                    default -> parser.skipChildren();
                }
            }
            if (!hasId || name == null || name.isEmpty()) {
                throw error("an image needs an 'id' and a 'file_name'");
            }
            images.add(id, name, width, height);
        }
        expect(parser.currentToken(), JsonToken.END_ARRAY, "'images' must hold objects");
    }

    private int side(String what) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return 0;
        }
        int value = intValue("image " + what);
        if (value < 0 || value > ImageHeaders.MAX_SIDE) {
            throw error("image " + what + " " + value + " is out of range (0.." + ImageHeaders.MAX_SIDE + ")");
        }
        return value;
    }

    private void annotation(List<RawAnnotation> out) throws IOException {
        RawAnnotation annotation = new RawAnnotation();
        List<RawAnnotation> segments = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "id" -> annotation.id = longValue("annotation id");
                case "image_id" -> annotation.imageId = longValue("image_id");
                case "category_id" -> annotation.categoryId = value == JsonToken.VALUE_NULL ? 0 : intValue("category_id");
                case "iscrowd" -> annotation.crowd = value == JsonToken.VALUE_TRUE
                        || (value.isNumeric() && parser.getValueAsInt() != 0);
                case "score" -> {
                    if (value.isNumeric()) {
                        annotation.hasScore = true;
                        annotation.score = parser.getFloatValue();
                    }
                }
                case "bbox" -> annotation.bbox = value == JsonToken.START_ARRAY ? floats("bbox", 4) : null;
                case "segmentation" -> segmentation(annotation, value);
                case "keypoints" -> {
                    float[] keypoints = floats("keypoints", -1);
                    if (keypoints.length % 3 != 0) {
                        throw error("'keypoints' must hold x, y, v triplets, found " + keypoints.length + " numbers");
                    }
                    annotation.keypoints = keypoints.length == 0 ? null : keypoints;
                }
                case "caption" -> annotation.caption = parser.getValueAsString();
                case "attributes" -> annotation.attributes = attributes();
                case "file_name" -> annotation.pngName = parser.getValueAsString();
                case "segments_info" -> segments = segments();
                default -> parser.skipChildren();
            }
        }
        if (segments == null) {
            out.add(annotation);
            return;
        }
        for (RawAnnotation segment : segments) {
            segment.imageId = annotation.imageId;
            segment.pngName = annotation.pngName;
            out.add(segment);
        }
    }

    private List<RawAnnotation> segments() throws IOException {
        expect(parser.currentToken(), JsonToken.START_ARRAY, "'segments_info' must be a list");
        List<RawAnnotation> segments = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            RawAnnotation segment = new RawAnnotation();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "id" -> segment.id = longValue("segment id");
                    case "category_id" -> segment.categoryId = value == JsonToken.VALUE_NULL ? 0 : intValue("category_id");
                    case "iscrowd" -> segment.crowd = value == JsonToken.VALUE_TRUE || (value.isNumeric() && parser.getValueAsInt() != 0);
                    case "attributes" -> segment.attributes = attributes();
                    case "score" -> {
                        if (value.isNumeric()) {
                            segment.hasScore = true;
                            segment.score = parser.getFloatValue();
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            segments.add(segment);
        }
        return segments;
    }

    private void segmentation(RawAnnotation annotation, JsonToken value) throws IOException {
        if (value == JsonToken.START_ARRAY) {
            List<float[]> parts = new ArrayList<>(1);
            JsonToken token = parser.nextToken();
            if (token != null && token.isNumeric()) {
                // A single polygon written flat, without the outer list.
                int count = 0;
                while (token != null && token.isNumeric()) {
                    push(count++, parser.getFloatValue());
                    token = parser.nextToken();
                }
                parts.add(Arrays.copyOf(numbers, count));
            } else {
                while (token == JsonToken.START_ARRAY) {
                    parts.add(floats("segmentation polygon", -1));
                    token = parser.nextToken();
                }
            }
            expect(parser.currentToken(), JsonToken.END_ARRAY, "'segmentation' must be polygons or an RLE object");
            for (float[] part : parts) {
                if (part.length % 2 != 0) {
                    throw error("a segmentation polygon must hold x, y pairs, found " + part.length + " numbers");
                }
            }
            annotation.polygons = parts.isEmpty() ? null : parts.toArray(float[][]::new);
        } else if (value == JsonToken.START_OBJECT) {
            int[] counts = null;
            int height = -1, width = -1;
            JsonLocation where = parser.currentTokenLocation();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                if (field.equals("counts")) {
                    counts = token == JsonToken.VALUE_STRING ? compressed(parser.getText()) : ints();
                } else if (field.equals("size")) {
                    float[] size = floats("RLE size", 2);
                    height = (int) size[0];
                    width = (int) size[1];
                } else {
                    parser.skipChildren();
                }
            }
            if (counts == null || height < 0 || width < 0) {
                throw error(where, "an RLE segmentation needs 'counts' and 'size'");
            }
            if ((long) height * width > Integer.MAX_VALUE || height > ImageHeaders.MAX_SIDE || width > ImageHeaders.MAX_SIDE) {
                throw error(where, "RLE size " + height + "x" + width + " is out of range");
            }
            if (!CocoRle.covers(counts, height, width)) {
                throw error(where, "RLE counts do not cover the " + height + "x" + width + " image they declare");
            }
            annotation.rleCounts = counts;
            annotation.rleHeight = height;
            annotation.rleWidth = width;
        } else if (value != JsonToken.VALUE_NULL) {
            throw error("'segmentation' must be polygons or an RLE object");
        }
    }

    private int[] compressed(String text) throws AnnolabException {
        try {
            return CocoRle.decodeString(text);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    private Map<String, Object> attributes() throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (value) {
                case VALUE_STRING -> attributes.put(name, parser.getText());
                case VALUE_TRUE, VALUE_FALSE -> attributes.put(name, value == JsonToken.VALUE_TRUE);
                case VALUE_NUMBER_INT -> attributes.put(name, parser.getLongValue());
                case VALUE_NUMBER_FLOAT -> attributes.put(name, parser.getDoubleValue());
                case VALUE_NULL -> {
                }
                default -> parser.skipChildren(); // nested values have no place in Datumaro's attributes
            }
        }
        return attributes;
    }

    /** A list of numbers; {@code exact} > 0 demands that many. */
    private float[] floats(String what, int exact) throws IOException {
        expect(parser.currentToken(), JsonToken.START_ARRAY, "'" + what + "' must be a list of numbers");
        int count = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null || !token.isNumeric()) {
                throw error("'" + what + "' must hold numbers only");
            }
            push(count++, parser.getFloatValue());
        }
        if (exact > 0 && count != exact) {
            throw error("'" + what + "' must hold " + exact + " numbers, found " + count);
        }
        return Arrays.copyOf(numbers, count);
    }

    private void push(int at, float value) {
        if (at == numbers.length) {
            numbers = Arrays.copyOf(numbers, at * 2);
        }
        numbers[at] = value;
    }

    private int[] ints() throws IOException {
        expect(parser.currentToken(), JsonToken.START_ARRAY, "RLE 'counts' must be a list or a string");
        int[] values = new int[64];
        int count = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.VALUE_NUMBER_INT) {
                throw error("RLE 'counts' must hold whole numbers");
            }
            long value = parser.getLongValue();
            if (value < 0 || value > Integer.MAX_VALUE) {
                throw error("RLE run " + value + " is out of range");
            }
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = (int) value;
        }
        return Arrays.copyOf(values, count);
    }

    private List<String> strings() throws IOException {
        expect(parser.currentToken(), JsonToken.START_ARRAY, "'keypoints' must be a list of names");
        List<String> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            values.add(parser.getValueAsString());
        }
        return values;
    }

    private int[][] edges() throws IOException {
        expect(parser.currentToken(), JsonToken.START_ARRAY, "'skeleton' must be a list of pairs");
        List<int[]> edges = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            float[] pair = floats("skeleton edge", 2);
            edges.add(new int[] { (int) pair[0], (int) pair[1] });
        }
        return edges.toArray(int[][]::new);
    }

    private long longValue(String what) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT && parser.getDoubleValue() == Math.rint(parser.getDoubleValue())) {
            return (long) parser.getDoubleValue();
        }
        throw error(what + " must be a whole number, found " + parser.getText());
    }

    private int intValue(String what) throws IOException {
        long value = longValue(what);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw error(what + " " + value + " is out of range");
        }
        return (int) value;
    }

    private void expect(JsonToken actual, JsonToken expected, String what) throws AnnolabException {
        if (actual != expected) {
            throw error(what);
        }
    }

    private AnnolabException error(String what) {
        return error(parser.currentTokenLocation(), what);
    }

    private AnnolabException error(JsonLocation at, String what) {
        return new AnnolabException(what, file, at.getLineNr(), at.getColumnNr(), HINT, null);
    }

    /** Images in file order, as growable parallel arrays. */
    private static final class Images {
        long[] ids = new long[64];
        String[] names = new String[64];
        int[] widths = new int[64];
        int[] heights = new int[64];
        int size;

        void add(long id, String name, int width, int height) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                names = Arrays.copyOf(names, size * 2);
                widths = Arrays.copyOf(widths, size * 2);
                heights = Arrays.copyOf(heights, size * 2);
            }
            ids[size] = id;
            names[size] = name;
            widths[size] = width;
            heights[size] = height;
            size++;
        }
    }
}
