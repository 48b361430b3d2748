package io.annolab.formats.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared test data beside the checkout ({@code ../shared}, or the {@code annolab.shared}
 * system property the build sets). Tests that need it skip, naming the folder, where it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path folder() {
        return Path.of(System.getProperty("annolab.shared", "../shared")).toAbsolutePath().normalize();
    }

    /** The sub-folder, or a skipped test saying which folder is missing. */
    public static Path require(String relative) {
        Path path = folder().resolve(relative);
        assumeTrue(Files.exists(path), "skipped: " + path + " is absent (the shared test data lives beside the checkout)");
        return path;
    }
}
