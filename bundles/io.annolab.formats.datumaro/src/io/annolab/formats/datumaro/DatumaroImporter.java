package io.annolab.formats.datumaro;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.format.DatasetImporter;
import io.annolab.core.api.format.FormatOption;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.model.AttributeValue;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;

/**
 * Reads {@code annotations/<subset>.json} files, one subset each, streaming items with Jackson's
 * parser: a dataset of any size is read one item at a time. The subset files must declare the
 * same categories (Datumaro refuses to merge different ones as well).
 */
final class DatumaroImporter implements DatasetImporter {

    static final String KEEP_UNDECLARED = "keep-undeclared-labels";

    static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(512 * 1024 * 1024).build()).build();

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("info", "categories", "items", "dm_format_version", "media_type", "infos");

    @Override
    public List<FormatOption> options() {
        return List.of(FormatOption.flag(KEEP_UNDECLARED, "keep annotations whose label_id no category declares (Datumaro keeps them) "
                + "by declaring a label named after the id; without it they are an error"));
    }

    @Override
    public int detect(Path path) throws IOException {
        List<Path> files;
        try {
            files = annotationFiles(path);
        } catch (AnnolabException e) {
            return NONE;
        }
        return !files.isEmpty() && looksLikeDatumaro(files.get(0)) ? MEDIUM : NONE;
    }

    /** Reads the first top-level keys only: Datumaro's own (COCO shares "categories", but as an array). */
    private static boolean looksLikeDatumaro(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            for (int keys = 0; keys < 4 && p.nextToken() == JsonToken.FIELD_NAME; keys++) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!TOP_LEVEL_KEYS.contains(name)) {
                    return false;
                }
                if (name.equals("items") && value == JsonToken.START_ARRAY || name.equals("categories") && value == JsonToken.START_OBJECT
                        || name.equals("dm_format_version")) {
                    return true;
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** The subset files: {@code <dataset>/annotations/*.json}, or one such file given directly. */
    static List<Path> annotationFiles(Path path) throws IOException {
        if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".json")) {
            return List.of(path);
        }
        Path folder = path.resolve("annotations");
        if (!Files.isDirectory(folder)) {
            throw new AnnolabException("a Datumaro dataset has an 'annotations' folder, and this one has none", path,
                    "Give the dataset's root folder (the one holding annotations/ and images/)");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    static Path root(Path annotationFile) {
        Path folder = annotationFile.toAbsolutePath().normalize().getParent();
        return folder.getFileName() != null && folder.getFileName().toString().equals("annotations") ? folder.getParent() : folder;
    }

    static String subset(Path annotationFile) {
        String name = annotationFile.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    @Override
    public DatasetSource open(Path path, FormatOptions options) throws IOException {
        List<Path> files = annotationFiles(path);
        if (files.isEmpty()) {
            throw new AnnolabException("the 'annotations' folder holds no .json subset files", path.resolve("annotations"),
                    "Datumaro writes one annotations/<subset>.json per subset");
        }
        Dataset header = ModelFactory.eINSTANCE.createDataset();
        Path root = root(files.get(0));
        header.setName(root.getFileName() == null ? "dataset" : root.getFileName().toString());
        DatumaroCategories categories = null;
        Map<String, Object> info = new TreeMap<>();
        for (Path file : files) {
            DatumaroCategories own = readHeader(file, info);
            if (categories == null) {
                categories = own;
            } else if (!categories.signature.equals(own.signature)) {
                throw new AnnolabException("this subset file declares other categories than " + files.get(0).getFileName(), file,
                        "Datumaro's subsets share one set of labels; make the categories of every subset file the same");
            }
        }
        header.getLabels().addAll(categories.topLevel);
        info.forEach((name, value) -> header.getAttributes().add(value(name, value)));
        if (!categories.sharedAttributes.isEmpty()) {
            header.getAttributes().add(value(DatumaroCategories.SHARED_ATTRIBUTES, String.join("\n", categories.sharedAttributes)));
        }
        DatumaroItemReader.Labels labels = strictLabels(categories.byIndex);
        if (options.flag(KEEP_UNDECLARED)) {
            labels = declareUndeclared(files, categories.byIndex, header);
        }
        DatumaroItemReader.Labels resolved = labels;
        return new DatasetSource() {
            @Override
            public Dataset header() {
                return header;
            }

            @Override
            public ItemCursor items() {
                return new SubsetFilesCursor(files, resolved);
            }
        };
    }

    private static AttributeValue value(String name, Object value) {
        AttributeValue attribute = ModelFactory.eINSTANCE.createAttributeValue();
        attribute.setName(name);
        attribute.setValue(value);
        return attribute;
    }

    private static DatumaroItemReader.Labels strictLabels(List<Label> byIndex) {
        return (index, json) -> {
            if (index < 0 || index >= byIndex.size()) {
                throw json.error("label_id " + index + " is not declared: categories.label.labels has " + byIndex.size() + " labels (0.."
                        + (byIndex.size() - 1) + ")", "Declare the label, fix the label_id, or import with --" + KEEP_UNDECLARED);
            }
            return byIndex.get(index);
        };
    }

    /**
     * One extra pass over the items that declares a label for every undeclared label_id, so the
     * header is complete before the first item is handed out.
     */
    private static DatumaroItemReader.Labels declareUndeclared(List<Path> files, List<Label> declared, Dataset header) throws IOException {
        List<Label> extended = new ArrayList<>(declared);
        DatumaroItemReader.Labels declaring = (index, json) -> {
            if (index < 0) {
                throw json.error("label_id " + index + " is negative", "Fix the label_id");
            }
            if (index > declared.size() + 100_000) {
                throw json.error("label_id " + index + " is far beyond the " + declared.size() + " declared labels", "Fix the label_id");
            }
            while (extended.size() <= index) {
                extended.add(null);
            }
            if (extended.get(index) == null) {
                Label label = ModelFactory.eINSTANCE.createLabel();
                label.setId(index);
                label.setName(Integer.toString(index));
                extended.set(index, label);
                header.getLabels().add(label);
            }
            return extended.get(index);
        };
        try (ItemCursor cursor = new SubsetFilesCursor(files, declaring)) {
            while (cursor.next() != null) {
                // reading declares the labels
            }
        }
        return (index, json) -> index >= 0 && index < extended.size() && extended.get(index) != null ? extended.get(index)
                : declaring.get(index, json);
    }

    /** Reads "info" and "categories" of one file, skipping its items if they come first. */
    private static DatumaroCategories readHeader(Path file, Map<String, Object> info) throws IOException {
        DatumaroCategories categories = new DatumaroCategories();
        boolean found = false;
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            JsonReading json = new JsonReading(p, file);
            p.nextToken();
            json.expect(JsonToken.START_OBJECT, "a Datumaro annotation file");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("categories")) {
                    categories = DatumaroCategories.read(json);
                    found = true;
                } else if (name.equals("info")) {
                    info.putAll(json.attributes("\"info\""));
                } else {
                    p.skipChildren();
                }
                if (found) {
                    break; // Datumaro writes info before categories; never tokenize the items for the header
                }
            }
        } catch (JsonProcessingException e) {
            throw JsonReading.malformed(file, e);
        }
        return categories;
    }

    /** Streams the items of each subset file in turn, refusing an id that appears twice in a subset. */
    static final class SubsetFilesCursor implements ItemCursor {

        private final List<Path> files;
        private final DatumaroItemReader.Labels labels;
        private int nextFile;
        private Path file;
        private InputStream in;
        private JsonParser parser;
        private JsonReading json;
        private DatumaroItemReader reader;
        private final Set<String> ids = new HashSet<>();

        SubsetFilesCursor(List<Path> files, DatumaroItemReader.Labels labels) {
            this.files = files;
            this.labels = labels;
        }

        @Override
        public DatasetItem next() throws IOException {
            try {
                while (true) {
                    if (parser == null && !openNext()) {
                        return null;
                    }
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.END_ARRAY) {
                        if (!skipToItems()) {
                            closeFile();
                        }
                        continue;
                    }
                    DatasetItem item = reader.read();
                    if (!ids.add(item.getId())) {
                        throw json.error("the item id '" + item.getId() + "' appears twice in this subset",
                                "Item ids must be unique within a subset; rename or merge the items");
                    }
                    return item;
                }
            } catch (JsonProcessingException e) {
                throw JsonReading.malformed(file, e);
            }
        }

        private boolean openNext() throws IOException {
            if (nextFile >= files.size()) {
                return false;
            }
            file = files.get(nextFile++);
            ids.clear();
            in = Files.newInputStream(file);
            parser = JSON.createParser(in);
            json = new JsonReading(parser, file);
            reader = new DatumaroItemReader(json, root(file), subset(file), labels);
            parser.nextToken();
            json.expect(JsonToken.START_OBJECT, "a Datumaro annotation file");
            if (!skipToItems()) {
                closeFile();
                return openNext();
            }
            return true;
        }

        /** Moves to the first item of the "items" array; false when the file has (no more) items. */
        private boolean skipToItems() throws IOException {
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("items")) {
                    json.expect(JsonToken.START_ARRAY, "\"items\"");
                    return true;
                }
                parser.skipChildren();
            }
            if (token != JsonToken.END_OBJECT) {
                throw json.error("the file ends before its top-level object is closed", "The file is truncated; export it again");
            }
            return false;
        }

        private void closeFile() throws IOException {
            if (parser != null) {
                parser.close();
                in.close();
                parser = null;
            }
        }

        @Override
        public void close() throws IOException {
            closeFile();
            nextFile = files.size();
        }
    }
}
