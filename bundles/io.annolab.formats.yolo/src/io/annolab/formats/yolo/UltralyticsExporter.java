package io.annolab.formats.yolo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.annolab.model.Label;

/**
 * Writes the Ultralytics layout as CVAT and Datumaro do: {@code data.yaml} (path, one
 * {@code <subset>: <subset>.txt} per subset, kpt_shape for pose, names), the image lists,
 * {@code labels/<subset>/<id>.txt} and, with --save-media, {@code images/<subset>/<id>.<ext>}.
 */
final class UltralyticsExporter extends LabelFileExporter {

    private static final Set<String> YAML_WORDS = Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n", "~");

    private final YoloTask task;

    UltralyticsExporter(YoloTask task) {
        super(task);
        this.task = task;
    }

    @Override
    String labelFile(String subset, String id) {
        return "labels/" + subset + "/" + id + ".txt";
    }

    @Override
    String imageFile(String subset, String id, String extension) {
        return "images/" + subset + "/" + id + extension;
    }

    @Override
    String listLine(String subset, String imageFile) {
        return imageFile;
    }

    @Override
    Set<String> reservedSubsetNames() {
        return UltralyticsLayout.RESERVED_KEYS;
    }

    @Override
    void finish(Path folder, List<Label> labels, Set<String> subsets) throws IOException {
        StringBuilder yaml = new StringBuilder("path: .\n");
        for (String subset : subsets) {
            yaml.append(subset).append(": ").append(subset).append(".txt\n");
        }
        if (task == YoloTask.POSE) {
            int points = 1;
            for (Label label : labels) {
                points = Math.max(points, label.getSublabels().size());
            }
            yaml.append("\nkpt_shape: [").append(points).append(", 3]\n");
        }
        yaml.append("\nnames:\n");
        for (int i = 0; i < labels.size(); i++) {
            yaml.append("  ").append(i).append(": ").append(yamlScalar(labels.get(i).getName())).append('\n');
        }
        Files.writeString(folder.resolve("data.yaml"), yaml, StandardCharsets.UTF_8);
    }

    /** Plain when YAML would read it back as the same text, else single-quoted. */
    static String yamlScalar(String text) {
        boolean plain = text.matches("[A-Za-z_][A-Za-z0-9_./()-]*( [A-Za-z0-9_./()-]+)*")
                && !YAML_WORDS.contains(text.toLowerCase(Locale.ROOT));
        return plain ? text : "'" + text.replace("'", "''") + "'";
    }
}
