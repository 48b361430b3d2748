package io.annolab.inference.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.annolab.media.api.DecodedImage;
import io.annolab.media.api.ImageDecoder;

/**
 * Real images and models: photos and UltraFace in the shared folder (-Dannolab.shared), models the
 * build fetched from registries in -Dannolab.models. Tests skip, saying what is missing, without them.
 */
final class Fixtures {

    private Fixtures() {
    }

    static Path shared(String relative) {
        String shared = System.getProperty("annolab.shared");
        assumeTrue(shared != null, "System property annolab.shared is not set; real-model test skipped");
        Path file = Path.of(shared, relative);
        assumeTrue(Files.isRegularFile(file), file + " is absent; real-model test skipped");
        return file;
    }

    static Path fixture(String relative) {
        return shared("fixtures/" + relative);
    }

    /** A model fetched by the build (releng/scripts/fetch-models.sh, the Maven dependency on rapidocr). */
    static Path fetchedModel(String relative) {
        String models = System.getProperty("annolab.models");
        assumeTrue(models != null, "System property annolab.models is not set; real-model test skipped");
        Path file = Path.of(models, relative);
        assumeTrue(Files.isRegularFile(file), file + " is absent (fetched at build time by releng/scripts/fetch-models.sh "
                + "or the rapidocr Maven dependency); real-model test skipped");
        return file;
    }

    static DecodedImage decode(Path image) throws IOException {
        return ImageDecoder.create().decode(image);
    }

    /** Writes a descriptor (JSON text) beside nothing else, in a test's temporary folder. */
    static Path descriptor(Path folder, String json) throws IOException {
        return Files.writeString(folder.resolve("model.json"), json);
    }

    /** JSON string literal of a path. */
    static String quoted(Path path) {
        return "\"" + path.toAbsolutePath().toString().replace("\\", "\\\\") + "\"";
    }
}
