package io.annolab.inference.run;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.dataset.ReadAhead;
import io.annolab.core.api.launch.LoadedModel;
import io.annolab.core.api.launch.Prediction;
import io.annolab.inference.api.StagedModel;
import io.annolab.inference.internal.MaskOutlines;
import io.annolab.media.api.DecodedImage;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.Shape;

/**
 * A dataset whose items come back with the model's predictions, computed in three overlapping
 * stages: one thread reads items and decodes and prepares their pixels, one runs the model, and
 * the caller (an exporter) writes. Queues between stages are short, so memory stays flat and a
 * slow writer holds the model back instead of piling up results. Closing the cursor (on a
 * failure or a cancel) stops both threads.
 */
public final class PredictionPipeline {

    /** Items held between two stages at most: enough to absorb jitter, little memory. */
    static final int QUEUE = 4;

    private final LoadedModel model;
    private final LabelMapping labels;
    private final boolean keepAnnotations;
    private boolean masksToPolygons;
    private final AtomicLong predictions = new AtomicLong();

    public PredictionPipeline(LoadedModel model, LabelMapping labels, boolean keepAnnotations) {
        this.model = model;
        this.labels = labels;
        this.keepAnnotations = keepAnnotations;
    }

    /** Writes masks as the polygons of their outlines (for formats and tools that take polygons). */
    public PredictionPipeline masksToPolygons(boolean polygons) {
        this.masksToPolygons = polygons;
        return this;
    }

    /** How many predictions have been attached so far. */
    public long predictions() {
        return predictions.get();
    }

    /** The source with predictions; its header already holds the labels the mapping added. */
    public DatasetSource over(DatasetSource source) {
        Dataset header = source.header();
        return DatasetSource.of(header, () -> new Cursor(source.items()), source.sizeHint());
    }

    /** An item on its way through the stages, or the end (item null), or what went wrong. */
    private record Work(DatasetItem item, Object pixels, Throwable failure) {
        static final Work END = new Work(null, null, null);
    }

    /** A tensor prepared from a decode fx, fy times smaller than the image (1 when full size). */
    private record Scaled(StagedModel.Prepared prepared, float fx, float fy) {
        List<Prediction> run(StagedModel model) throws IOException {
            List<Prediction> found = model.run(prepared);
            return fx == 1 && fy == 1 ? found : found.stream().map(p -> ScaledPredictions.scaled(p, fx, fy)).toList();
        }
    }

    private static double scaleFor(StagedModel model, DatasetItem item) {
        var media = item.getMedia();
        return media != null && media.getWidth() > 0 && media.getHeight() > 0
                ? model.inputScale(media.getWidth(), media.getHeight())
                : 1;
    }

    /** Image pixels per decoded pixel along one axis; 1 when the decode is full size or its size is unknown. */
    private static float factor(DatasetItem item, DecodedImage image, boolean horizontal) {
        var media = item.getMedia();
        int full = media == null ? 0 : horizontal ? media.getWidth() : media.getHeight();
        int decoded = horizontal ? image.width() : image.height();
        return full > 0 && decoded < full ? full / (float) decoded : 1;
    }

    private final class Cursor implements ItemCursor {

        private final BlockingQueue<Work> decoded = new ArrayBlockingQueue<>(QUEUE);
        private final BlockingQueue<Work> predicted = new ArrayBlockingQueue<>(QUEUE);
        private final Thread decoder;
        private final Thread runner;
        private boolean finished;

        Cursor(ItemCursor items) {
            decoder = Thread.ofPlatform().daemon().name("annolab-infer-decode").unstarted(() -> decode(items));
            runner = Thread.ofPlatform().daemon().name("annolab-infer-run").unstarted(this::run);
            decoder.start();
            runner.start();
        }

        private void decode(ItemCursor items) {
            Work last = Work.END;
            try (items; MediaFrames frames = new MediaFrames()) {
                for (DatasetItem item = items.next(); item != null; item = items.next()) {
                    Object pixels;
                    if (model instanceof StagedModel staged) {
                        DecodedImage image = frames.decode(item, scaleFor(staged, item));
                        float fx = factor(item, image, true), fy = factor(item, image, false);
                        if (Math.abs(fx - fy) > 0.05f * fx) {
                            // the item's size disagrees with the file's (e.g. turned by EXIF): decode it whole
                            image = frames.decode(item);
                            fx = 1;
                            fy = 1;
                        }
                        pixels = new Scaled(staged.prepare(image.bgr(), image.width(), image.height()), fx, fy);
                    } else {
                        pixels = frames.decode(item);
                    }
                    decoded.put(new Work(item, pixels, null));
                }
            } catch (InterruptedException e) {
                return; // closed: nobody waits
            } catch (Throwable e) {
                last = new Work(null, null, e);
            }
            putQuietly(decoded, last);
        }

        private void run() {
            try {
                for (Work work = decoded.take(); ; work = decoded.take()) {
                    if (work.item() == null) {
                        predicted.put(work);
                        return;
                    }
                    List<Prediction> found = work.pixels() instanceof Scaled scaled ? scaled.run((StagedModel) model)
                            : predict((DecodedImage) work.pixels());
                    attach(work.item(), found);
                    predicted.put(new Work(work.item(), null, null));
                }
            } catch (InterruptedException e) {
                return;
            } catch (Throwable e) {
                putQuietly(predicted, new Work(null, null, e));
            }
        }

        private List<Prediction> predict(DecodedImage image) throws IOException {
            return model.predict(image.bgr(), image.width(), image.height());
        }

        private void putQuietly(BlockingQueue<Work> queue, Work work) {
            try {
                queue.put(work);
            } catch (InterruptedException e) {
                // closed meanwhile
            }
        }

        @Override
        public DatasetItem next() throws IOException {
            if (finished) {
                return null;
            }
            Work work;
            try {
                work = predicted.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the model", e);
            }
            if (work.item() != null) {
                return work.item();
            }
            finished = true;
            Throwable failure = work.failure();
            if (failure == null) {
                return null;
            }
            throw ReadAhead.rethrown(failure); // on the exporter's thread, as without the pipeline
        }

        @Override
        public void close() {
            finished = true;
            decoder.interrupt();
            runner.interrupt();
            decoded.clear();
            predicted.clear();
            try {
                decoder.join(10_000);
                runner.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Replaces (or joins) the item's annotations with the predictions, on the dataset's labels. */
    private void attach(DatasetItem item, List<Prediction> found) throws IOException {
        if (!keepAnnotations) {
            item.getAnnotations().clear();
        }
        int frame = item.getMedia() != null ? item.getMedia().getFrame() : 0;
        for (Prediction prediction : found) {
            if (masksToPolygons && prediction.kind() == Prediction.Kind.MASK) {
                prediction = MaskOutlines.polygon(prediction, 1.0);
                if (prediction == null) {
                    continue;
                }
            }
            Label label = labels.label(prediction.labelIndex());
            if (label == null) {
                continue;
            }
            Shape shape = prediction.toShape();
            shape.getAttributes().clear(); // the label attribute only stood in for the label now set
            shape.setLabel(label);
            shape.setFrame(frame);
            shape.setId(predictions.incrementAndGet());
            item.getAnnotations().add(shape);
        }
    }
}
