package io.annolab.formats.datumaro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.format.Conversion;
import io.annolab.core.api.format.ExportReport;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;
import io.annolab.model.ShapeType;

/**
 * Datumaro's own size for its 3.0 s figure: 5,000 images with 50,000 polygons, written and then
 * converted datumaro → datumaro (a streaming read and write). The bound is loose, for a busy
 * shared machine; the time is printed.
 */
class DatumaroThroughputTest {

    @Test
    void fiveThousandItemsWithFiftyThousandPolygonsConvertQuickly(@TempDir Path root) throws Exception {
        Dataset dataset = ModelFactory.eINSTANCE.createDataset();
        Label label = DatumaroFormatTest.label("thing", null);
        dataset.getLabels().add(label);
        for (int i = 0; i < 5_000; i++) {
            DatasetItem item = ModelFactory.eINSTANCE.createDatasetItem();
            item.setId("img_" + i);
            item.setSubset(i % 5 == 0 ? "val" : "train");
            for (int j = 0; j < 10; j++) {
                item.getAnnotations().add(DatumaroFormatTest.shape(ShapeType.POLYGON, label, 1.5f + j, 2, 30, 4.25f, 28, 40, 3, 38, 10, 20));
            }
            dataset.getItems().add(item);
        }
        DatumaroFormatTest.export(dataset, root.resolve("source"), FormatOptions.NONE);
        long start = System.nanoTime();
        ExportReport report = new Conversion().convert("datumaro", root.resolve("source"), FormatOptions.NONE, "datumaro",
                root.resolve("copy"), FormatOptions.NONE, new NullProgressMonitor());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("datumaro -> datumaro: 5000 items, 50000 polygons in %.2f s%n", seconds);
        assertEquals(5_000, report.items());
        assertEquals(50_000L, report.writtenCounts().get("polygon"));
        assertTrue(seconds < 10, "took " + seconds + " s");
    }
}
