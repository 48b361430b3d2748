package io.annolab.core.tests.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.annolab.core.api.filter.Filter;
import io.annolab.core.api.filter.FilterSyntaxException;

/** CVAT's JSON Logic form, both ways. */
class JsonLogicTest {

    @Test
    void textWritesCvatJsonLogic() throws FilterSyntaxException {
        assertJson("label == \"car\" and (width > 50 or attr[\"color\"] in [\"red\",\"blue\"]) and not (occluded == true)",
                "{\"and\":[{\"==\":[{\"var\":\"label\"},\"car\"]},{\"or\":[{\">\":[{\"var\":\"width\"},50]},"
                        + "{\"in\":[{\"var\":\"attr.color\"},[\"red\",\"blue\"]]}]},"
                        + "{\"!\":{\"==\":[{\"var\":\"occluded\"},true]}}]}");
        assertJson("width between 10 and 20.5", "{\"<=\":[10,{\"var\":\"width\"},20.5]}");
        assertJson("width not between 10 and 20", "{\"!\":{\"<=\":[10,{\"var\":\"width\"},20]}}");
        assertJson("label not in [\"a\", \"b\"]", "{\"!\":{\"in\":[{\"var\":\"label\"},[\"a\",\"b\"]]}}");
        assertJson("attr.plate is empty", "{\"!\":{\"var\":\"attr.plate\"}}");
        assertJson("attr.car.plate is not empty", "{\"!!\":{\"var\":\"attr.car.plate\"}}");
        assertJson("label like \"ar\"", "{\"in\":[\"ar\",{\"var\":\"label\"}]}");
        assertJson("label starts with \"c\"", "{\"startsWith\":[{\"var\":\"label\"},\"c\"]}");
        assertJson("label ends with \"r\"", "{\"endsWith\":[{\"var\":\"label\"},\"r\"]}");
        assertJson("width > height", "{\">\":[{\"var\":\"width\"},{\"var\":\"height\"}]}");
        assertJson("serverID != 3", "{\"!=\":[{\"var\":\"serverID\"},3]}");
        assertEquals("true", Filter.ALL.toJsonLogic());
    }

    @Test
    void cvatJsonLogicReadsAsText() throws FilterSyntaxException {
        // CVAT keeps a list of filters and shows what any of them matches
        assertText("[{\"and\":[{\"==\":[{\"var\":\"label\"},\"car\"]},{\"==\":[{\"var\":\"attr.car.parked\"},true]}]}]",
                "label == \"car\" and attr[\"car\"][\"parked\"] == true");
        assertText("[{\"==\":[{\"var\":\"label\"},\"car\"]},{\"==\":[{\"var\":\"type\"},\"tag\"]}]",
                "label == \"car\" or type == \"tag\"");
        assertText("{\"<\":[5,{\"var\":\"width\"}]}", "width > 5");
        assertText("{\"===\":[{\"var\":[\"label\",null]},\"car\"]}", "label == \"car\"");
        assertText("{\"and\":[{\"!\":{\"or\":[{\"==\":[{\"var\":\"shape\"},\"polygon\"]},{\">=\":[{\"var\":\"height\"},2.5]}]}}]}",
                "not (shape == \"polygon\" or height >= 2.5)");
        assertText("{\"!\":{\"!\":{\"var\":\"attr.plate\"}}}", "not (attr[\"plate\"] is empty)");
        for (String all : new String[] { "true", "[]", "{}", "null", " " }) {
            assertSame(Filter.ALL, Filter.fromJsonLogic(all), all);
        }
    }

    @Test
    void textToJsonLogicToTextRoundTrips() throws FilterSyntaxException {
        for (String[] pair : FilterTextTest.CANONICAL) {
            Filter filter = Filter.parse(pair[0]);
            Filter back = Filter.fromJsonLogic(filter.toJsonLogic());
            assertEquals(filter.toText(), back.toText(), filter.toJsonLogic());
            assertEquals(filter.toJsonLogic(), back.toJsonLogic());
        }
    }

    @Test
    void unreadableJsonSaysWhy() {
        assertJsonError("{\"==\":[{\"var\":\"label\"},\"car\"]", "Filter JSON: not valid JSON at line 1");
        assertJsonError("{\"regex\":[{\"var\":\"label\"},\"c.*\"]}", "Filter JSON: unsupported operator \"regex\"");
        assertJsonError("{\"==\":[{\"var\":\"colour\"},\"red\"]}", "Filter JSON: unknown property \"colour\"");
        assertJsonError("{\"==\":[1,2]}", "Filter JSON: \"==\" compares no property");
        assertJsonError("{\"==\":[{\"var\":\"label\"}]}", "Filter JSON: \"==\" takes 2 arguments, found 1");
        // values the text form would refuse are refused here too, so what reads also reads back as text
        assertJsonError("{\"==\":[{\"var\":\"type\"},\"box\"]}", "Filter JSON: type is one of shape, track, tag, not \"box\"");
        assertJsonError("{\"<=\":[1,{\"var\":\"width\"},\"wide\"]}", "Filter JSON: width is a number, not \"wide\"");
        assertJsonError("{\"and\":[]}", "Filter JSON: \"and\" has no rules");
        assertJsonError("{\"==\":[{\"var\":\"label\"},\"car\"]} x", "Filter JSON:");
    }

    private static void assertJson(String text, String json) throws FilterSyntaxException {
        assertEquals(json, Filter.parse(text).toJsonLogic(), text);
        assertEquals(Filter.parse(text), Filter.fromJsonLogic(json), json);
    }

    private static void assertText(String json, String text) throws FilterSyntaxException {
        assertEquals(text, Filter.fromJsonLogic(json).toText(), json);
    }

    private static void assertJsonError(String json, String messageStart) {
        FilterSyntaxException error = assertThrows(FilterSyntaxException.class, () -> Filter.fromJsonLogic(json), json);
        assertTrue(error.getMessage().startsWith(messageStart), error.getMessage());
    }
}
