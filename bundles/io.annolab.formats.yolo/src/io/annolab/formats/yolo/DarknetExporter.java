package io.annolab.formats.yolo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.annolab.model.Label;

/**
 * Writes Datumaro's {@code yolo} layout: {@code obj.names}, {@code obj.data},
 * {@code <subset>.txt} and {@code obj_<subset>_data/<id>.txt} (+ the image with --save-media).
 */
final class DarknetExporter extends LabelFileExporter {

    DarknetExporter() {
        super(YoloTask.DETECTION);
    }

    @Override
    String labelFile(String subset, String id) {
        return "obj_" + subset + "_data/" + id + ".txt";
    }

    @Override
    String imageFile(String subset, String id, String extension) {
        return "obj_" + subset + "_data/" + id + extension;
    }

    @Override
    String listLine(String subset, String imageFile) {
        return "data/" + imageFile;
    }

    @Override
    Set<String> reservedSubsetNames() {
        return DarknetImporter.RESERVED_KEYS;
    }

    @Override
    void finish(Path folder, List<Label> labels, Set<String> subsets) throws IOException {
        StringBuilder names = new StringBuilder();
        for (Label label : labels) {
            names.append(label.getName()).append('\n');
        }
        Files.writeString(folder.resolve("obj.names"), names, StandardCharsets.UTF_8);
        StringBuilder data = new StringBuilder().append("classes = ").append(labels.size()).append('\n');
        for (String subset : subsets) {
            data.append(subset).append(" = data/").append(subset).append(".txt\n");
        }
        data.append("names = data/obj.names\nbackup = backup/\n");
        Files.writeString(folder.resolve("obj.data"), data, StandardCharsets.UTF_8);
    }
}
