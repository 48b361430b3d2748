package io.annolab.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.io.SafeArchive;
import io.annolab.core.api.io.SafeXml;

class SafeInputTest {

    @Test
    void externalEntitiesAreRefusedAndNeverRead(@TempDir Path folder) throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP SECRET");
        Path xml = Files.writeString(folder.resolve("evil.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<a>&x;</a>");
        AnnolabException error = assertThrows(AnnolabException.class, () -> readAll(xml));
        assertEquals(xml, error.file());
        assertTrue(error.getMessage().contains("DTD"), error.getMessage());
        assertTrue(error.line() >= 1);
    }

    @Test
    void malformedXmlNamesFileLineAndColumn(@TempDir Path folder) throws Exception {
        Path xml = Files.writeString(folder.resolve("broken.xml"), "<a>\n  <b>\n</a>");
        AnnolabException error = assertThrows(AnnolabException.class, () -> readAll(xml));
        assertEquals(3, error.line());
        assertTrue(error.getMessage().startsWith(xml + ":3:"), error.getMessage());
    }

    @Test
    void archiveEntriesThatClimbOutAreRefused(@TempDir Path folder) throws Exception {
        Path zip = folder.resolve("slip.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("ok.txt"));
            z.write(1);
            z.putNextEntry(new ZipEntry("../../evil.sh"));
            z.write(2);
        }
        AnnolabException error = assertThrows(AnnolabException.class, () -> SafeArchive.open(zip));
        assertTrue(error.getMessage().contains("'../../evil.sh' would be extracted outside"), error.getMessage());
    }

    @Test
    void aTruncatedArchiveIsReportedNotCrashedOn(@TempDir Path folder) throws Exception {
        Path zip = folder.resolve("whole.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write("hello annolab".repeat(100).getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = Files.readAllBytes(zip);
        Path truncated = Files.write(folder.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        AnnolabException error = assertThrows(AnnolabException.class, () -> SafeArchive.open(truncated));
        assertTrue(error.getMessage().contains("damaged or truncated"), error.getMessage());
        try (SafeArchive archive = SafeArchive.open(zip); InputStream in = archive.open("a.txt")) {
            assertEquals(1300, in.readAllBytes().length);
        }
    }

    private static void readAll(Path xml) throws Exception {
        try (InputStream in = Files.newInputStream(xml)) {
            XMLStreamReader reader = SafeXml.open(in, xml);
            try {
                while (reader.hasNext()) {
                    reader.next();
                }
            } catch (XMLStreamException e) {
                throw SafeXml.error(xml, e);
            }
        }
    }
}
