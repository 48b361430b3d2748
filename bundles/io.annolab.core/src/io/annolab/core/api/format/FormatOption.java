package io.annolab.core.api.format;

/**
 * An option of an importer or exporter, given on the command line after {@code --} as
 * {@code --name value} (or {@code --name} alone for a flag).
 */
public record FormatOption(String name, boolean flag, String defaultValue, String description) {

    public static FormatOption flag(String name, String description) {
        return new FormatOption(name, true, "false", description);
    }

    public static FormatOption value(String name, String defaultValue, String description) {
        return new FormatOption(name, false, defaultValue, description);
    }
}
