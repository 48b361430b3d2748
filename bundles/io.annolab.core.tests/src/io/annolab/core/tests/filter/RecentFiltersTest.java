package io.annolab.core.tests.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.annolab.core.api.filter.Filter;
import io.annolab.core.api.filter.FilterSyntaxException;
import io.annolab.core.api.filter.RecentFilters;

class RecentFiltersTest {

    @Test
    void keepsTheLastTenMostRecentFirstEachOnce() throws FilterSyntaxException {
        RecentFilters recent = new RecentFilters();
        for (int i = 1; i <= 12; i++) {
            recent.add(Filter.parse("width > " + i));
        }
        assertEquals(10, recent.texts().size());
        assertEquals("width > 12", recent.texts().get(0));
        assertEquals("width > 3", recent.texts().get(9));
        recent.add(Filter.parse("WIDTH>5")); // the same filter spelled differently moves to the front
        assertEquals("width > 5", recent.texts().get(0));
        assertEquals(10, recent.texts().size());
        assertEquals(1, recent.texts().stream().filter("width > 5"::equals).count());
        recent.add(Filter.ALL);
        assertEquals("width > 5", recent.texts().get(0));
    }

    @Test
    void survivesPreferences() throws FilterSyntaxException {
        RecentFilters recent = new RecentFilters();
        recent.add(Filter.parse("label == \"two\nlines\""));
        recent.add(Filter.parse("label == \"car\" and (width > 5 or occluded == true)"));
        String stored = recent.serialize();
        assertEquals(2, stored.lines().count());
        assertEquals(recent.texts(), RecentFilters.deserialize(stored).texts());
        // a line that no longer parses is dropped, the rest keeps its order
        RecentFilters read = RecentFilters.deserialize("width > 1\ncolour == \"red\"\n\nheight < 2");
        assertEquals(List.of("width > 1", "height < 2"), read.texts());
        assertEquals(List.of(), RecentFilters.deserialize(null).texts());
    }
}
