package io.annolab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A verb's arguments: options ({@code -i PATH}, {@code --name NAME}, flags), positional words,
 * and everything after {@code --}, which belongs to the format (Datumaro's convention).
 */
public final class Arguments {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final List<String> extra = new ArrayList<>();

    /**
     * @param valued options that take a value, with their aliases (e.g. "-i", "--input")
     * @param flags  options without a value
     */
    public static Arguments parse(List<String> words, Map<String, String> valued, Map<String, String> flags) throws UsageException {
        Arguments arguments = new Arguments();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("--")) {
                arguments.extra.addAll(words.subList(i + 1, words.size()));
                break;
            } else if (valued.containsKey(word)) {
                if (i + 1 >= words.size()) {
                    throw new UsageException(word + " needs a value");
                }
                arguments.options.put(valued.get(word), words.get(++i));
            } else if (flags.containsKey(word)) {
                arguments.options.put(flags.get(word), "true");
            } else if (word.startsWith("-") && word.length() > 1) {
                throw new UsageException("unknown option " + word);
            } else {
                arguments.positional.add(word);
            }
        }
        return arguments;
    }

    public String option(String key) {
        return options.get(key);
    }

    public String required(String key, String what) throws UsageException {
        String value = options.get(key);
        if (value == null) {
            throw new UsageException("missing " + what);
        }
        return value;
    }

    public Path path(String key) {
        String value = options.get(key);
        return value == null ? null : Path.of(value);
    }

    public boolean flag(String key) {
        return options.containsKey(key);
    }

    public List<String> positional() {
        return positional;
    }

    /** The words after {@code --}. */
    public List<String> extra() {
        return extra;
    }

    public void expectPositional(int min, int max, String what) throws UsageException {
        if (positional.size() < min || positional.size() > max) {
            throw new UsageException(positional.size() < min ? "missing " + what : "unexpected argument '" + positional.get(max) + "'");
        }
    }

    static Set<String> helpWords() {
        return Set.of("-h", "--help");
    }

    /** The words after {@code --} as options of a format; a wrong one is a usage error naming the known ones. */
    public io.annolab.core.api.format.FormatOptions formatOptions(java.util.List<io.annolab.core.api.format.FormatOption> declared)
            throws UsageException {
        try {
            return io.annolab.core.api.format.FormatOptions.parse(extra, declared);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
