package io.annolab.inference.families;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.annolab.core.api.launch.Prediction;
import io.annolab.inference.api.ModelDescriptor;
import io.annolab.inference.api.OnnxEnvironment;
import io.annolab.inference.api.StagedModel;
import io.annolab.inference.internal.Geometry;
import io.annolab.inference.internal.ImageTensors;
import io.annolab.inference.internal.PreparedImage;

/** A loaded single-image model: prepares the tensor, runs the session, lets its family decode. */
final class OnnxDetector implements StagedModel {

    private final ModelDescriptor descriptor;
    private final OrtSession session;
    private final String inputName;
    private final DetectorFamily.Decoder decoder;

    OnnxDetector(ModelDescriptor descriptor, OrtSession session, String inputName, DetectorFamily.Decoder decoder) {
        this.descriptor = descriptor;
        this.session = session;
        this.inputName = inputName;
        this.decoder = decoder;
    }

    @Override
    public List<String> labels() {
        return descriptor.labels();
    }

    public ModelDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Prepared prepare(byte[] bgr, int width, int height) throws IOException {
        return ImageTensors.prepare(bgr, width, height, descriptor.input());
    }

    @Override
    public double inputScale(int width, int height) {
        Geometry geometry = ImageTensors.geometry(width, height, descriptor.input());
        return Math.max(geometry.scaleX(), geometry.scaleY());
    }

    @Override
    public List<Prediction> run(Prepared prepared) throws IOException {
        PreparedImage image = (PreparedImage) prepared;
        try (OnnxTensor input = OnnxTensor.createTensor(OnnxEnvironment.get(), image.chw(), image.shape());
                OrtSession.Result outputs = session.run(Map.of(inputName, input))) {
            return decoder.decode(outputs, image);
        } catch (OrtException e) {
            throw new IOException("running " + descriptor.name() + " (" + descriptor.model() + ") failed: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // closing releases native memory; a failure here leaves nothing for the caller to do
        }
    }
}
