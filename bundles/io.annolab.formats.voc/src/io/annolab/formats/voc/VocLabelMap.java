package io.annolab.formats.voc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.annolab.core.api.AnnolabException;

/**
 * VOC's label map ({@code labelmap.txt}: {@code name:R,G,B:part1,part2:action1,action2}). Its
 * labels, followed by the parts it names, are the dataset's labels in Datumaro's index order;
 * the index is the value painted into class masks.
 */
final class VocLabelMap {

    static final String FILE = "labelmap.txt";
    static final String BACKGROUND = "background";
    /** No colour given. */
    static final int NO_COLOR = -1;

    /** One line of the map; {@code color} is 0xRRGGBB or {@link #NO_COLOR}. */
    record Entry(String name, int color, List<String> parts, List<String> actions) {
    }

    static final List<String> DEFAULT_LABELS = List.of(BACKGROUND, "aeroplane", "bicycle", "bird", "boat", "bottle", "bus",
            "car", "cat", "chair", "cow", "diningtable", "dog", "horse", "motorbike", "person", "pottedplant", "sheep", "sofa",
            "train", "tvmonitor", "ignored");
    /** Person parts and actions in the order Datumaro lists them (its sets, sorted). */
    static final List<String> DEFAULT_PARTS = List.of("foot", "hand", "head");
    static final List<String> DEFAULT_ACTIONS = List.of("jumping", "other", "phoning", "playinginstrument", "reading",
            "ridingbike", "ridinghorse", "running", "takingphoto", "usingcomputer", "walking");

    private final List<Entry> entries;
    private final List<String> labelNames;
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final int[] colors;
    private final Set<String> partNames = new HashSet<>();

    VocLabelMap(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Set<String> names = new LinkedHashSet<>();
        entries.forEach(e -> names.add(e.name()));
        for (Entry entry : entries) {
            partNames.addAll(entry.parts());
            names.addAll(entry.parts());
        }
        labelNames = List.copyOf(names);
        for (int i = 0; i < labelNames.size(); i++) {
            indexByName.put(labelNames.get(i), i);
        }
        colors = new int[labelNames.size()];
        Arrays.fill(colors, NO_COLOR);
        boolean anyColor = entries.stream().anyMatch(e -> e.color() != NO_COLOR);
        for (int i = 0; i < entries.size(); i++) {
            // Datumaro: with no colour anywhere the VOC palette is generated; otherwise only given colours count
            colors[i] = anyColor ? entries.get(i).color() : VocPalette.color(i);
        }
    }

    /** Datumaro's default map: background, the 20 VOC classes and ignored, person with its parts and actions. */
    static VocLabelMap defaults() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < DEFAULT_LABELS.size(); i++) {
            String name = DEFAULT_LABELS.get(i);
            int color = VocPalette.color(name.equals("ignored") ? 255 : i);
            boolean person = name.equals("person");
            entries.add(new Entry(name, color, person ? DEFAULT_PARTS : List.of(), person ? DEFAULT_ACTIONS : List.of()));
        }
        return new VocLabelMap(entries);
    }

    /**
     * The map for exporting {@code labels} with {@code --label-map source}: their names, their
     * colours where they have distinct ones (the VOC palette otherwise), head/hand/foot as parts
     * of person, boolean (checkbox) attributes as actions, and background first, black.
     */
    static VocLabelMap fromLabels(List<io.annolab.model.Label> labels) {
        Set<String> names = new HashSet<>();
        labels.forEach(l -> names.add(l.getName()));
        boolean person = names.contains("person");
        List<Entry> entries = new ArrayList<>();
        for (io.annolab.model.Label label : labels) {
            String name = label.getName();
            if (person && DEFAULT_PARTS.contains(name)) {
                continue;
            }
            List<String> parts = name.equals("person") ? DEFAULT_PARTS.stream().filter(names::contains).toList() : List.of();
            List<String> actions = label.getAttributes().stream()
                    .filter(a -> a.getInputType() == io.annolab.model.AttributeInputType.CHECKBOX).map(a -> a.getName()).toList();
            entries.add(new Entry(name, parseColor(label.getColor()), parts, actions));
        }
        int background = -1;
        for (int i = 0; i < entries.size() && background < 0; i++) {
            background = entries.get(i).color() == 0 ? i : -1;
        }
        for (int i = 0; i < entries.size() && background < 0; i++) {
            background = entries.get(i).name().equals(BACKGROUND) ? i : -1;
        }
        Entry first = background >= 0 ? entries.remove(background) : new Entry(BACKGROUND, 0, List.of(), List.of());
        entries.add(0, new Entry(first.name(), 0, first.parts(), first.actions()));
        return new VocLabelMap(withDistinctColors(entries));
    }

    /** Keeps the first use of each colour; labels without one get the VOC palette's next unused colour. */
    private static List<Entry> withDistinctColors(List<Entry> entries) {
        Set<Integer> used = new HashSet<>();
        List<Entry> result = new ArrayList<>(entries);
        boolean[] missing = new boolean[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            int color = entries.get(i).color();
            missing[i] = color == NO_COLOR || !used.add(color);
        }
        for (int i = 0; i < entries.size(); i++) {
            if (missing[i]) {
                int candidate = i;
                while (used.contains(VocPalette.color(candidate))) {
                    candidate++;
                }
                used.add(VocPalette.color(candidate));
                Entry entry = entries.get(i);
                result.set(i, new Entry(entry.name(), VocPalette.color(candidate), entry.parts(), entry.actions()));
            }
        }
        return result;
    }

    /** "#rrggbb" → 0xRRGGBB, or {@link #NO_COLOR}. */
    private static int parseColor(String color) {
        if (color == null || !color.matches("#[0-9a-fA-F]{6}")) {
            return NO_COLOR;
        }
        return Integer.parseInt(color.substring(1), 16);
    }

    /** Reads a label map file; '#' lines are comments, fields may be empty. */
    static VocLabelMap read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            int comment = line.indexOf(" #");
            line = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(":", -1);
            if (fields.length > 4) {
                throw error(file, n, "a label map line has at most 4 fields (name:color:parts:actions), this one has " + fields.length);
            }
            String name = fields[0].strip();
            if (name.isEmpty()) {
                throw error(file, n, "a label map line has no label name");
            }
            if (!seen.add(name)) {
                throw error(file, n, "label '" + name + "' is defined twice");
            }
            int color = fields.length > 1 && !fields[1].isBlank() ? color(file, n, fields[1]) : NO_COLOR;
            entries.add(new Entry(name, color, list(fields, 2), list(fields, 3)));
        }
        if (entries.isEmpty()) {
            throw new AnnolabException("the label map defines no labels", file, "Add one line per label: name:R,G,B:parts:actions");
        }
        return new VocLabelMap(entries);
    }

    private static int color(Path file, int n, String text) throws AnnolabException {
        String[] parts = text.split(",");
        if (parts.length != 3) {
            throw error(file, n, "a colour must be R,G,B, not '" + text + "'");
        }
        int rgb = 0;
        for (String part : parts) {
            int value;
            try {
                value = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                value = -1;
            }
            if (value < 0 || value > 255) {
                throw error(file, n, "a colour channel must be 0..255, not '" + part.strip() + "'");
            }
            rgb = rgb << 8 | value;
        }
        return rgb;
    }

    private static List<String> list(String[] fields, int index) {
        if (fields.length <= index || fields[index].isBlank()) {
            return List.of();
        }
        return Arrays.stream(fields[index].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static AnnolabException error(Path file, int n, String what) {
        return new AnnolabException(what, file, n + 1, 0, "Fix the label map: one 'name:R,G,B:parts:actions' line per label", null);
    }

    /** Writes the map the way Datumaro does, header first. */
    void write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# label:color_rgb:parts:actions\n");
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                int color = colors[i];
                out.write(entry.name());
                out.write(':');
                if (color != NO_COLOR) {
                    out.write((color >> 16 & 0xFF) + "," + (color >> 8 & 0xFF) + "," + (color & 0xFF));
                }
                out.write(':');
                out.write(String.join(",", entry.parts()));
                out.write(':');
                out.write(String.join(",", entry.actions()));
                out.write('\n');
            }
        }
    }

    List<Entry> entries() {
        return entries;
    }

    /** Every label in index order: the entries, then the parts they name. */
    List<String> labelNames() {
        return labelNames;
    }

    /** The label's index, or -1. */
    int indexOf(String name) {
        Integer index = indexByName.get(name);
        return index == null ? -1 : index;
    }

    boolean isPart(String name) {
        return partNames.contains(name) && entries.stream().noneMatch(e -> e.name().equals(name));
    }

    /** The colour of label {@code index}, or {@link #NO_COLOR}. */
    int color(int index) {
        return index < colors.length ? colors[index] : NO_COLOR;
    }

    /** The actions of the entry named {@code name} (empty for parts and unknown labels). */
    List<String> actions(String name) {
        int index = indexOf(name);
        return index >= 0 && index < entries.size() ? entries.get(index).actions() : List.of();
    }

    /** Label index by colour, for reading painted class masks. */
    Map<Integer, Integer> inverseColors() {
        Map<Integer, Integer> inverse = new HashMap<>();
        for (int i = colors.length - 1; i >= 0; i--) {
            if (colors[i] != NO_COLOR) {
                inverse.put(colors[i], i);
            }
        }
        return inverse;
    }
}
