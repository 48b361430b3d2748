package io.annolab.core.api.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Option values given to an importer or exporter. */
public final class FormatOptions {

    public static final FormatOptions NONE = new FormatOptions(Map.of());

    private final Map<String, String> values;

    public FormatOptions(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * Parses {@code --name value} and {@code --flag} words, checked against the declared
     * options; an unknown option is an error that lists the known ones.
     */
    public static FormatOptions parse(List<String> words, List<FormatOption> declared) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String name = word.startsWith("--") ? word.substring(2) : word.startsWith("-") ? word.substring(1) : null;
            if (name == null) {
                throw new IllegalArgumentException("unexpected format option value '" + word + "'");
            }
            String inline = null;
            int equals = name.indexOf('=');
            if (equals > 0) {
                inline = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            String key = name.replace('-', '_');
            FormatOption option = declared.stream().filter(o -> o.name().replace('-', '_').equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown format option '" + word + "'; known: "
                            + (declared.isEmpty() ? "none" : declared.stream().map(o -> "--" + o.name()).toList())));
            if (option.flag()) {
                values.put(option.name(), inline == null ? "true" : inline);
            } else if (inline != null) {
                values.put(option.name(), inline);
            } else if (i + 1 < words.size()) {
                values.put(option.name(), words.get(++i));
            } else {
                throw new IllegalArgumentException("format option --" + option.name() + " needs a value");
            }
        }
        return new FormatOptions(values);
    }

    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }

    public Map<String, String> asMap() {
        return values;
    }
}
