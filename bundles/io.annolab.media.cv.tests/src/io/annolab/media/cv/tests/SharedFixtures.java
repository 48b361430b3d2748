package io.annolab.media.cv.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Media samples live outside the repository in the shared folder named by -Dannolab.shared; tests skip without it. */
final class SharedFixtures {

    private SharedFixtures() {
    }

    static Path file(String relative) {
        String shared = System.getProperty("annolab.shared");
        assumeTrue(shared != null, "System property annolab.shared is not set; OpenCV tool tests skipped");
        Path folder = Path.of(shared, "fixtures");
        assumeTrue(Files.isDirectory(folder), "Shared fixtures folder " + folder + " is absent; test skipped");
        Path file = folder.resolve(relative);
        assumeTrue(Files.isRegularFile(file), "Fixture " + file + " is absent; test skipped");
        return file;
    }
}
