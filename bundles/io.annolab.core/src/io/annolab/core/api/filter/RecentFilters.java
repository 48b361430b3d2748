package io.annolab.core.api.filter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The "Recently used" filters (CVAT-FEATURES FLT-04): the last {@value #LIMIT}, most recent first,
 * each once. Stored in preferences as one filter text per line (canonical filter text never holds
 * a line break: line breaks inside values are written {@code \n}). Use from one thread (the UI's).
 */
public final class RecentFilters {

    public static final int LIMIT = 10;

    private final List<String> texts = new ArrayList<>(LIMIT + 1);

    /** Puts the filter first, removing an earlier use of the same filter; the empty filter is not kept. */
    public void add(Filter filter) {
        if (filter == null || filter.matchesAll()) {
            return;
        }
        String text = filter.toText();
        texts.remove(text);
        texts.add(0, text);
        if (texts.size() > LIMIT) {
            texts.remove(texts.size() - 1);
        }
    }

    public void remove(String text) {
        texts.remove(text);
    }

    public void clear() {
        texts.clear();
    }

    /** The filter texts, most recent first. */
    public List<String> texts() {
        return Collections.unmodifiableList(texts);
    }

    /** The value to keep in preferences. */
    public String serialize() {
        return String.join("\n", texts);
    }

    /**
     * Reads a preference value back. Lines that no longer parse (a property renamed in a later
     * version) are dropped rather than offered to the user as broken filters.
     */
    public static RecentFilters deserialize(String stored) {
        RecentFilters recent = new RecentFilters();
        if (stored == null) {
            return recent;
        }
        List<String> lines = stored.lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            try {
                recent.add(Filter.parse(lines.get(i)));
            } catch (FilterSyntaxException stale) {
                // dropped: see above
            }
        }
        return recent;
    }
}
