package io.annolab.formats.yolo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.annolab.core.api.AnnolabException;

class YamlSubsetTest {

    private static final Path FILE = Path.of("data.yaml");

    @Test
    void readsTheShapesDataYamlUses() throws Exception {
        Map<String, Object> yaml = YamlSubset.parse("""
                # comment
                path: ../datasets/coco8  # root
                train: images/train
                val: [a.jpg, 'b c.jpg', "d\\"e.jpg"]
                test:
                kpt_shape: [17, 3]
                names:
                  0: person
                  1: 'it''s'
                  2: "traffic light"
                list:
                - x
                - y
                """, FILE);
        assertEquals("../datasets/coco8", yaml.get("path"));
        assertEquals(List.of("a.jpg", "b c.jpg", "d\"e.jpg"), yaml.get("val"));
        assertNull(yaml.get("test"));
        assertEquals(List.of("17", "3"), yaml.get("kpt_shape"));
        assertEquals(Map.of("0", "person", "1", "it's", "2", "traffic light"), yaml.get("names"));
        assertEquals(List.of("x", "y"), yaml.get("list"));
    }

    @Test
    void refusesWhatItDoesNotUnderstandWithTheLine() {
        for (String[] bad : new String[][] { { "a: 1\n\tb: 2\n", "2" }, { "a: 1\nnames: {0: x}\n", "2" }, { "a: 1\na: 2\n", "2" },
                { "names:\n  0: x\n   1: y\n", "3" }, { "a: [1, 2\n", "1" }, { "just text\n", "1" } }) {
            AnnolabException e = assertThrows(AnnolabException.class, () -> YamlSubset.parse(bad[0], FILE), bad[0]);
            assertEquals(Integer.parseInt(bad[1]), e.line(), e.getMessage());
            assertTrue(e.getMessage().startsWith("data.yaml:" + bad[1]), e.getMessage());
        }
    }

    @Test
    void namesThatYamlWouldRetypeAreQuotedOnExport() throws Exception {
        for (String name : new String[] { "person", "traffic light", "yes", "null", "42", "a: b", "it's", " padded", "#tag" }) {
            String written = UltralyticsExporter.yamlScalar(name);
            assertEquals(name, ((Map<?, ?>) YamlSubset.parse("names:\n  0: " + written + "\n", FILE).get("names")).get("0"), written);
        }
        assertEquals("'yes'", UltralyticsExporter.yamlScalar("yes"));
    }
}
