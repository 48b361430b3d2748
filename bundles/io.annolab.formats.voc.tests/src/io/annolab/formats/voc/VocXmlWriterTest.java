package io.annolab.formats.voc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.annolab.formats.voc.VocXmlWriter.Flag;
import io.annolab.formats.voc.VocXmlWriter.VocObject;

/** The annotation file's bytes: UTF-8 for any text, XML escapes, characters XML 1.0 cannot hold replaced. */
class VocXmlWriterTest {

    @Test
    void textOfAnyScriptIsUtf8AndMarkupIsEscaped() {
        String name = "Ärger 漢字 😀 a&b <c>";
        String note = "x\u0001y\uD800z"; // a control character and a lone surrogate
        byte[] bytes = new VocXmlWriter().write("2007_1", "2007_1.jpg", 4, 3, false,
                List.of(new VocObject(name, new float[] { 1, 2, 3.5f, 4 }, null, null, null, false, List.of(), List.of(),
                        List.of(new Flag("note", note)))));
        String xml = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<name>Ärger 漢字 😀 a&amp;b &lt;c&gt;</name>"), xml);
        assertTrue(xml.contains("<value>x y?z</value>"), xml);
        assertTrue(xml.contains("<folder>2007</folder>") && xml.contains("<xmax>3.5</xmax>") && xml.contains("<ymax>4.0</ymax>"), xml);
        assertEquals(xml, new String(xml.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertEquals(bytes.length, xml.getBytes(StandardCharsets.UTF_8).length);
    }
}
