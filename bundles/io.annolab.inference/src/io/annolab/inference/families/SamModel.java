package io.annolab.inference.families;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.launch.LoadedModel;
import io.annolab.core.api.launch.Prediction;
import io.annolab.inference.api.Embedding;
import io.annolab.inference.api.InteractiveSegmenter;
import io.annolab.inference.api.ModelDescriptor;
import io.annolab.inference.api.OnnxEnvironment;
import io.annolab.inference.api.SegmentResult;
import io.annolab.inference.internal.ImageTensors;
import io.annolab.inference.internal.OutputTensor;
import io.annolab.inference.internal.PreparedImage;
import io.annolab.model.values.MaskRle;

/** A loaded SAM-style model: encoder and decoder sessions. */
public final class SamModel implements InteractiveSegmenter, LoadedModel {

    private final ModelDescriptor descriptor;
    private final OrtSession encoder;
    private final String imageInput;
    private final String embeddingOutput;
    private final OrtSession decoder;
    /**
     * The last embedding's tensor, kept for the next click: every prompt on a frame decodes against
     * the same 4 MB embedding, and copying it into native memory again cost each click time.
     */
    private Embedding tensorOf;
    private OnnxTensor embeddingTensor;
    private OnnxTensor noMask;
    private OnnxTensor noMaskFlag;

    SamModel(ModelDescriptor descriptor, OrtSession encoder, String imageInput, String embeddingOutput, OrtSession decoder) {
        this.descriptor = descriptor;
        this.encoder = encoder;
        this.imageInput = imageInput;
        this.embeddingOutput = embeddingOutput;
        this.decoder = decoder;
    }

    @Override
    public List<String> labels() {
        return descriptor.labels();
    }

    /** SAM needs a prompt; whole-image inference has none to give it. */
    @Override
    public List<Prediction> predict(byte[] bgr, int width, int height) throws IOException {
        throw new AnnolabException("'" + descriptor.name() + "' is an interactive segmenter: it needs clicks or a box",
                descriptor.file(), "Use it from the editor, or use a detector descriptor for automatic annotation");
    }

    @Override
    public Embedding encode(byte[] bgr, int width, int height) throws IOException {
        PreparedImage image = ImageTensors.prepare(bgr, width, height, descriptor.input());
        try (OnnxTensor input = OnnxTensor.createTensor(OnnxEnvironment.get(), image.chw(), image.shape());
                OrtSession.Result result = encoder.run(Map.of(imageInput, input))) {
            OutputTensor embedding = OutputTensor.of(result, embeddingOutput);
            return new Embedding(embedding.data(), embedding.shape(), width, height, image.geometry().scaleX());
        } catch (OrtException e) {
            throw new IOException("encoding the image with " + descriptor.model() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized SegmentResult decode(Embedding embedding, float[] points, int[] labels, float[] box) throws IOException {
        if (points.length != 2 * labels.length) {
            throw new IllegalArgumentException(points.length / 2 + " points but " + labels.length + " labels");
        }
        // SAM's prompt: clicks, then the box as two corner points (labels 2 and 3), or a padding point (label -1)
        int count = labels.length + (box != null ? 2 : 1);
        float[] coords = new float[count * 2];
        float[] kinds = new float[count];
        float s = embedding.scale();
        for (int i = 0; i < labels.length; i++) {
            coords[2 * i] = points[2 * i] * s;
            coords[2 * i + 1] = points[2 * i + 1] * s;
            kinds[i] = labels[i];
        }
        int n = labels.length;
        if (box != null) {
            coords[2 * n] = box[0] * s;
            coords[2 * n + 1] = box[1] * s;
            coords[2 * n + 2] = box[2] * s;
            coords[2 * n + 3] = box[3] * s;
            kinds[n] = 2;
            kinds[n + 1] = 3;
        } else {
            kinds[n] = -1;
        }
        OrtEnvironment env = OnnxEnvironment.get();
        Map<String, OnnxTensor> inputs = new HashMap<>();
        Map<String, OnnxTensor> perPrompt = new HashMap<>();
        try {
            // synchronized: the cached embedding tensor is replaced only between runs
            inputs.put("image_embeddings", embeddingTensor(env, embedding));
            inputs.put("mask_input", noMask);
            inputs.put("has_mask_input", noMaskFlag);
            perPrompt.put("point_coords", OnnxTensor.createTensor(env, FloatBuffer.wrap(coords), new long[] { 1, count, 2 }));
            perPrompt.put("point_labels", OnnxTensor.createTensor(env, FloatBuffer.wrap(kinds), new long[] { 1, count }));
            perPrompt.put("orig_im_size", OnnxTensor.createTensor(env,
                    FloatBuffer.wrap(new float[] { embedding.imageHeight(), embedding.imageWidth() }), new long[] { 2 }));
            inputs.putAll(perPrompt);
            try (OrtSession.Result result = decoder.run(inputs)) {
                return bestMask(OutputTensor.of(result, "masks"), OutputTensor.of(result, "iou_predictions"));
            }
        } catch (OrtException e) {
            throw new IOException("decoding the prompt with " + descriptor.file("decoder") + " failed: " + e.getMessage(), e);
        } finally {
            perPrompt.values().forEach(OnnxTensor::close);
        }
    }

    /** The embedding as a native tensor, made once per embedding (and the constant "no previous mask" inputs once). */
    private OnnxTensor embeddingTensor(OrtEnvironment env, Embedding embedding) throws OrtException {
        if (noMask == null) {
            noMask = OnnxTensor.createTensor(env, FloatBuffer.allocate(256 * 256), new long[] { 1, 1, 256, 256 });
            noMaskFlag = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] { 0 }), new long[] { 1 });
        }
        if (tensorOf != embedding) {
            if (embeddingTensor != null) {
                embeddingTensor.close();
            }
            embeddingTensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(embedding.data()), embedding.shape());
            tensorOf = embedding;
        }
        return embeddingTensor;
    }

    /** The mask the model trusts most (mask logits > 0), cut to the box of its pixels. */
    private static SegmentResult bestMask(OutputTensor masks, OutputTensor ious) {
        int candidates = masks.dim(1), height = masks.dim(2), width = masks.dim(3);
        int best = 0;
        for (int i = 1; i < candidates; i++) {
            if (ious.data()[i] > ious.data()[best]) {
                best = i;
            }
        }
        int offset = best * width * height;
        float[] logits = masks.data();
        int left = width, top = height, right = -1, bottom = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (logits[offset + y * width + x] > 0) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        if (right < 0) {
            return null;
        }
        int w = right - left + 1, h = bottom - top + 1;
        boolean[] pixels = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = logits[offset + (top + y) * width + left + x] > 0;
            }
        }
        return new SegmentResult(left, top, MaskRle.encode(w, h, pixels), ious.data()[best]);
    }

    @Override
    public synchronized void close() {
        DetectorFamily.closeQuietly(encoder);
        DetectorFamily.closeQuietly(decoder);
        for (OnnxTensor tensor : new OnnxTensor[] { embeddingTensor, noMask, noMaskFlag }) {
            if (tensor != null) {
                tensor.close();
            }
        }
    }
}
