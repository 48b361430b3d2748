package io.annolab.inference.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.launch.LoadedModel;
import io.annolab.core.api.launch.Prediction;
import io.annolab.inference.api.StagedModel;
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
    private final AtomicLong predictions = new AtomicLong();

    public PredictionPipeline(LoadedModel model, LabelMapping labels, boolean keepAnnotations) {
        this.model = model;
        this.labels = labels;
        this.keepAnnotations = keepAnnotations;
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
                    DecodedImage image = frames.decode(item);
                    Object pixels = model instanceof StagedModel staged
                            ? staged.prepare(image.bgr(), image.width(), image.height())
                            : image;
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
                    List<Prediction> found = work.pixels() instanceof StagedModel.Prepared prepared
                            ? ((StagedModel) model).run(prepared)
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
            } else if (failure instanceof IOException io) {
                throw io;
            } else if (failure instanceof RuntimeException runtime) {
                throw runtime;
            } else if (failure instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new IOException(failure));
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
    private void attach(DatasetItem item, List<Prediction> found) {
        if (!keepAnnotations) {
            item.getAnnotations().clear();
        }
        int frame = item.getMedia() != null ? item.getMedia().getFrame() : 0;
        for (Prediction prediction : found) {
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
