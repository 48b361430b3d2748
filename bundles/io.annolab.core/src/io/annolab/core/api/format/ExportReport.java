package io.annolab.core.api.format;

import java.util.Map;
import java.util.TreeMap;

/**
 * What an export wrote and what it could not, with why: the summary users read after a
 * conversion, so nothing is dropped silently.
 */
public final class ExportReport {

    private final Map<String, Long> written = new TreeMap<>();
    private final Map<String, Long> leftOut = new TreeMap<>();
    private long items;

    public synchronized void item() {
        items++;
    }

    /** Counts one annotation of {@code kind} (for example "polygon") that was written. */
    public synchronized void written(String kind) {
        written.merge(kind, 1L, Long::sum);
    }

    /** Counts one thing that was not written, with the reason (for example "track: COCO has no tracks"). */
    public synchronized void leftOut(String what, String why) {
        leftOut.merge(what + " (" + why + ")", 1L, Long::sum);
    }

    public synchronized long items() {
        return items;
    }

    public synchronized Map<String, Long> writtenCounts() {
        return Map.copyOf(written);
    }

    public synchronized Map<String, Long> leftOutCounts() {
        return Map.copyOf(leftOut);
    }

    /** One line, for example {@code 12 items; written: 40 polygon, 3 rectangle; left out: 2 mask (no masks in YOLO)}. */
    public synchronized String summaryLine() {
        StringBuilder text = new StringBuilder().append(items).append(items == 1 ? " item" : " items");
        text.append("; written: ").append(written.isEmpty() ? "no annotations" : join(written));
        if (!leftOut.isEmpty()) {
            text.append("; left out: ").append(join(leftOut));
        }
        return text.toString();
    }

    private static String join(Map<String, Long> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((kind, count) -> text.append(text.length() == 0 ? "" : ", ").append(count).append(' ').append(kind));
        return text.toString();
    }
}
