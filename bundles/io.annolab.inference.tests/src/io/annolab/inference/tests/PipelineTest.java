package io.annolab.inference.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.launch.LoadedModel;
import io.annolab.inference.api.Models;
import io.annolab.inference.run.AutoAnnotation;
import io.annolab.inference.run.LabelMapping;
import io.annolab.inference.run.PredictionPipeline;
import io.annolab.inference.run.VideoSource;
import io.annolab.model.DatasetItem;
import io.annolab.model.MediaType;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;

/** The three-stage pipeline over a real video, and stopping it half-way. */
class PipelineTest {

    @TempDir
    Path folder;

    @Test
    void everyFrameOfAVideoComesBackInOrderWithItsPredictions() throws Exception {
        Path video = Fixtures.fixture("debian-opencv-doc/Megamind.avi");
        try (LoadedModel faces = Models.load(RealModels.ultraFace(folder)); DatasetSource frames = VideoSource.open(video)) {
            assertEquals(270, frames.sizeHint());
            LabelMapping labels = new LabelMapping(faces.labels(), frames.header(), AutoAnnotation.BACKGROUND);
            assertNull(labels.label(0), "background is never a label");
            assertEquals(List.of("face"), frames.header().getLabels().stream().map(l -> l.getName()).toList());
            PredictionPipeline pipeline = new PredictionPipeline(faces, labels, false);
            int count = 0, framesWithFaces = 0;
            try (ItemCursor items = pipeline.over(frames).items()) {
                for (DatasetItem item = items.next(); item != null; item = items.next()) {
                    assertEquals(MediaType.VIDEO_FRAME, item.getMedia().getType());
                    assertEquals(count, item.getMedia().getFrame(), "frames come back in order");
                    for (var annotation : item.getAnnotations()) {
                        Shape face = (Shape) annotation;
                        assertEquals(ShapeType.RECTANGLE, face.getType());
                        assertEquals("face", face.getLabel().getName());
                        assertEquals(count, face.getFrame());
                    }
                    framesWithFaces += item.getAnnotations().isEmpty() ? 0 : 1;
                    count++;
                }
            }
            assertEquals(270, count);
            System.out.println("UltraFace on Megamind.avi: faces on " + framesWithFaces + " of 270 frames, "
                    + pipeline.predictions() + " in all");
            // Megamind's face is on screen for most of the clip
            assertTrue(framesWithFaces > 100, framesWithFaces + " frames with a face");
        }
    }

    @Test
    void closingTheCursorHalfWayStopsTheThreads() throws Exception {
        Path video = Fixtures.fixture("debian-opencv-doc/vtest.avi");
        try (LoadedModel faces = Models.load(RealModels.ultraFace(folder)); DatasetSource frames = VideoSource.open(video)) {
            PredictionPipeline pipeline = new PredictionPipeline(faces,
                    new LabelMapping(faces.labels(), frames.header(), AutoAnnotation.BACKGROUND), false);
            try (ItemCursor items = pipeline.over(frames).items()) {
                for (int i = 0; i < 5; i++) {
                    items.next();
                }
            }
            Thread.sleep(200);
            assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("annolab-infer")),
                    "pipeline threads end when the cursor closes");
        }
    }
}
