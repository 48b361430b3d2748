package io.annolab.formats.mot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.model.DatasetItem;

/**
 * A MOT17-sized sequence (200,000 rows sorted by object, as MOT ground truth is) streams from
 * reader to writer: items are built frame by frame, never all at once.
 */
class MotVolumeTest {

    @Test
    void twoHundredThousandRowsConvertFrameByFrame(@TempDir Path temp) throws IOException {
        int frames = 1000, objects = 200;
        Path root = temp.resolve("seq");
        Files.createDirectories(root.resolve("gt"));
        Files.writeString(root.resolve("gt/labels.txt"), "pedestrian\ncar");
        try (BufferedWriter out = Files.newBufferedWriter(root.resolve("gt/gt.txt"))) {
            for (int object = 1; object <= objects; object++) {
                for (int frame = 1; frame <= frames; frame++) {
                    out.write(frame + "," + object + "," + (frame % 300) + ".5,20,30,60,1," + (1 + object % 2) + ",0.75\n");
                }
            }
        }
        long start = System.nanoTime();
        try (DatasetSource source = new MotSeqImporter().open(root, FormatOptions.NONE)) {
            int items = 0;
            try (ItemCursor cursor = source.items()) {
                for (DatasetItem item = cursor.next(); item != null; item = cursor.next()) {
                    assertEquals(objects, item.getAnnotations().size());
                    items++;
                }
            }
            assertEquals(frames, items);
            ExportReport report = new ExportReport();
            new MotSeqExporter().export(source, temp.resolve("out"), FormatOptions.NONE, report, new NullProgressMonitor());
            assertEquals((long) frames * objects, report.writtenCounts().get("rectangle"));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 20_000, "took " + millis + " ms");
        List<String> first = Files.readAllLines(temp.resolve("out/gt/gt.txt")).subList(0, 2);
        assertEquals(List.of("1,1,1.5,20,30,60,1,2,0.75", "1,2,1.5,20,30,60,1,1,0.75"), first);
    }
}
