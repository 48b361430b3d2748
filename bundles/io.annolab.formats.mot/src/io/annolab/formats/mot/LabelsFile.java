package io.annolab.formats.mot;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.annolab.core.api.AnnolabException;
import io.annolab.model.Dataset;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;

/**
 * {@code labels.txt} of MOT and MOTS: one label name a line, its line number (from 1) being the
 * class id the annotations use. Blank lines at the end are ignored; anywhere else they would
 * shift every class after them, so they are an error, as is a name given twice.
 */
final class LabelsFile {

    /** More labels than this is not a label list but a damaged or hostile file. */
    static final int MAX_LABELS = 100_000;

    private LabelsFile() {
    }

    static List<String> read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new AnnolabException("the labels file is not UTF-8 text", file, "Save it as UTF-8, one label name a line", e);
        }
        int last = lines.size();
        while (last > 0 && lines.get(last - 1).isBlank()) {
            last--;
        }
        if (last > MAX_LABELS) {
            throw new AnnolabException("the labels file has " + last + " lines, more than a label list can have", file,
                    "The file is damaged; it should hold one label name a line");
        }
        List<String> names = new ArrayList<>(last);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < last; i++) {
            String name = lines.get(i).strip();
            if (name.isEmpty()) {
                throw new AnnolabException("line " + (i + 1) + " is empty, which would shift the class ids of every label after it",
                        file, i + 1, 1, "Remove the empty line, or give the class a name", null);
            }
            if (!seen.add(name)) {
                throw new AnnolabException("the label '" + name + "' is listed twice", file, i + 1, 1,
                        "Each label appears once; its line number is its class id", null);
            }
            names.add(name);
        }
        return names;
    }

    /** Writes the dataset's labels in order, one a line, as Datumaro does (no line break after the last). */
    static void write(Path file, Dataset header) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<Label> labels = header.getLabels();
            for (int i = 0; i < labels.size(); i++) {
                out.write((i > 0 ? "\n" : "") + labels.get(i).getName());
            }
        }
    }

    /** Declares the names as the header's labels, ids from 0 in order. */
    static void declare(Dataset header, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            Label label = ModelFactory.eINSTANCE.createLabel();
            label.setId(i);
            label.setName(names.get(i));
            header.getLabels().add(label);
        }
    }
}
