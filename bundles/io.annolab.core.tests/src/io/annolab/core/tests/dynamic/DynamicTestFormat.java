package io.annolab.core.tests.dynamic;

import java.nio.file.Files;
import java.nio.file.Path;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.format.DatasetFormat;
import io.annolab.core.api.format.DatasetImporter;
import io.annolab.core.api.format.FormatOptions;

/**
 * A tiny format used to prove that contributions come and go with their bundles: the test
 * packs this class into a bundle it installs at runtime, and lists it for ServiceLoader.
 */
public class DynamicTestFormat implements DatasetFormat {

    @Override
    public String id() {
        return "dynamic_test";
    }

    @Override
    public DatasetImporter importer() {
        return new DatasetImporter() {
            @Override
            public int detect(Path path) {
                return Files.isRegularFile(path) && path.toString().endsWith(".dynamic") ? HIGH : NONE;
            }

            @Override
            public DatasetSource open(Path path, FormatOptions options) {
                throw new UnsupportedOperationException("the test format has no items");
            }
        };
    }
}
