package io.annolab.formats.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One line of {@code conformance/cases.txt}: a sample dataset and the Datumaro format that reads it. */
public record ConformanceCase(String name, Path dataset, String format, Path expected) {

    /** Every case, in file order; empty when the conformance folder is absent. */
    public static List<ConformanceCase> all() throws IOException {
        Path root = SharedData.folder().resolve("conformance");
        Path cases = root.resolve("cases.txt");
        if (!Files.isRegularFile(cases)) {
            return List.of();
        }
        return Files.readAllLines(cases).stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+")).map(f -> new ConformanceCase(f[0], root.resolve("assets").resolve(f[1]), f[2],
                        root.resolve("expected").resolve(f[0] + ".json")))
                .toList();
    }

    /** The named case, or a skipped test when the conformance data is absent. */
    public static ConformanceCase named(String name) throws IOException {
        SharedData.require("conformance/cases.txt");
        return all().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no conformance case " + name));
    }
}
