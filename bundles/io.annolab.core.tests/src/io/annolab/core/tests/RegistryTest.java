package io.annolab.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import io.annolab.core.api.format.DatasetFormat;
import io.annolab.core.api.format.FormatDetection;
import io.annolab.core.api.registry.Contribution;
import io.annolab.core.api.registry.Registries;
import io.annolab.core.api.registry.Registry;
import io.annolab.core.internal.registry.RegistryBackends;
import io.annolab.core.tests.dynamic.DynamicTestFormat;

class RegistryTest {

    private static final String DYNAMIC_CLASS = DynamicTestFormat.class.getName().replace('.', '/') + ".class";

    @Test
    void aFormatBundleInstalledAtRuntimeAppearsAndDisappearsOnUninstall(@TempDir Path folder) throws Exception {
        Registry<DatasetFormat> formats = Registries.formats();
        assertFalse(formats.find("dynamic_test").isPresent(), "not installed yet");
        AtomicInteger changes = new AtomicInteger();
        formats.addChangeListener(r -> changes.incrementAndGet());

        BundleContext context = FrameworkUtil.getBundle(Registries.class).getBundleContext();
        Bundle bundle = context.installBundle("file:dynamic-test-format", Files.newInputStream(writeFormatBundle(folder)));
        bundle.start();
        waitUntil(() -> formats.find("dynamic_test").isPresent(), "the installed format to be registered");

        Contribution<DatasetFormat> contribution = formats.find("dynamic_test").orElseThrow();
        assertEquals("Dynamic test format", contribution.name(), "name comes from plugin.xml, before the class loads");
        assertEquals("io.annolab.test.dynamicformat", contribution.contributor());
        DatasetFormat format = contribution.get();
        assertNotSame(DynamicTestFormat.class, format.getClass(), "the class comes from the installed bundle");
        assertEquals(bundle, FrameworkUtil.getBundle(format.getClass()));
        Path sample = Files.writeString(folder.resolve("a.dynamic"), "x");
        assertEquals("dynamic_test", new FormatDetection().detect(sample));
        assertTrue(changes.get() >= 1, "listeners hear of the new contribution");

        bundle.uninstall();
        waitUntil(() -> formats.find("dynamic_test").isEmpty(), "the uninstalled format to be dropped");
        assertTrue(changes.get() >= 2, "listeners hear of the removal");
    }

    @Test
    void outsideOsgiContributionsComeFromServiceLoader() {
        // The ServiceLoader backend is what plain-JVM users get; META-INF/services of this fragment lists one format.
        Registry<DatasetFormat> formats = RegistryBackends.createServiceLoaderRegistry(DatasetFormat.class);
        Contribution<DatasetFormat> found = formats.find("dynamic_test").orElseThrow();
        assertEquals(DynamicTestFormat.class, found.get().getClass());
    }

    private static Path writeFormatBundle(Path folder) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "io.annolab.test.dynamicformat;singleton:=true");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "io.annolab.core.api.dataset,io.annolab.core.api.format,io.annolab.core.api.registry");
        Path jar = folder.resolve("dynamic-format.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            zip.putNextEntry(new JarEntry("plugin.xml"));
            zip.write(("<?xml version=\"1.0\"?><?eclipse version=\"3.4\"?><plugin>"
                    + "<extension point=\"io.annolab.core.formats\"><format id=\"dynamic_test\" name=\"Dynamic test format\" "
                    + "class=\"" + DynamicTestFormat.class.getName() + "\" canImport=\"true\" canExport=\"false\"/></extension>"
                    + "</plugin>").getBytes(StandardCharsets.UTF_8));
            for (String name : new String[] { DYNAMIC_CLASS, DYNAMIC_CLASS.replace(".class", "$1.class") }) {
                zip.putNextEntry(new JarEntry(name));
                try (InputStream in = DynamicTestFormat.class.getClassLoader().getResourceAsStream(name)) {
                    in.transferTo(zip);
                }
            }
        }
        return jar;
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
